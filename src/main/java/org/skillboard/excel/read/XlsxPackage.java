package org.skillboard.excel.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The zip package of an .xlsx upload, checked before any part is read, and its parts found through the
 * package's relationships as the Open Packaging Conventions describe.
 *
 * <p>We find the parts ourselves rather than through POI's {@code OPCPackage}: that one parses the content
 * types, relationships and document properties into DOM trees as it opens, and its zip bomb limits
 * ({@code ZipSecureFile}) are static settings shared by the whole JVM. Here every byte unpacked, of any
 * part, goes through the same per-upload {@link Unpacking} limits, and every XML part through
 * {@link SafeXml}.
 */
final class XlsxPackage implements AutoCloseable {

    /** Far more parts than a workbook has (a sheet, its relationships, drawings, images, comments). */
    static final int MAX_PARTS = 1_000;

    /**
     * A part may unpack to at most 100 times its packed size: sheet XML packs 5 to 20 times, very
     * repetitive XML rarely beyond 50, while a zip bomb packs hundreds to millions of times. POI's default.
     */
    static final double MIN_PACKED_RATIO = 0.01;

    /** Parts that unpack to less than this are never taken for a bomb, whatever their ratio. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            // a workbook with macros: its cells are read, its macros never run
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.template.macroEnabled.main+xml");

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final Map<String, String> contentTypeOverrides = new HashMap<>();
    private final Map<String, String> contentTypeDefaults = new HashMap<>();

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /**
     * Opens the package and checks its zip directory: entry count, duplicate names, encryption, compression
     * methods and the sizes the directory declares. The declared sizes may lie; {@link Unpacking} checks
     * the real ones while a part is read.
     */
    static XlsxPackage open(byte[] data, Unpacking unpacking) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(data)).get();
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefusal("spreadsheet.error.damaged").because(e);
        }
        try {
            XlsxPackage opened = new XlsxPackage(zip, checkedEntries(zip, unpacking.limits()));
            opened.readContentTypes(unpacking);
            return opened;
        } catch (SpreadsheetRefusal refusal) {
            close(zip);
            throw refusal;
        } catch (RuntimeException e) {
            close(zip);
            throw new SpreadsheetRefusal("spreadsheet.error.damaged").because(e);
        }
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ZipArchiveEntry> checkedEntries(ZipFile zip, XlsxReader.Limits limits) {
        Map<String, ZipArchiveEntry> byName = new HashMap<>();
        List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
        if (all.size() > MAX_PARTS) {
            throw new SpreadsheetRefusal("spreadsheet.error.zip-bomb");
        }
        long declared = 0;
        for (ZipArchiveEntry entry : all) {
            if (entry.isDirectory()) {
                continue;
            }
            // part names ignore case (OPC), and Excel never writes two entries for one part
            if (byName.putIfAbsent(key(entry.getName()), entry) != null) {
                throw new SpreadsheetRefusal("spreadsheet.error.duplicate-entry", entry.getName());
            }
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                throw new SpreadsheetRefusal("spreadsheet.error.encrypted");
            }
            if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
                // spreadsheet programs only store or deflate; anything else is not theirs
                throw new SpreadsheetRefusal("spreadsheet.error.damaged");
            }
            if (entry.getSize() > 0) {
                declared += entry.getSize();
                if (declared > limits.maxUnpackedBytes() || tooPacked(entry.getCompressedSize(), entry.getSize())) {
                    throw new SpreadsheetRefusal("spreadsheet.error.zip-bomb");
                }
            }
        }
        return byName;
    }

    static boolean tooPacked(long packed, long unpacked) {
        return unpacked > RATIO_GRACE_BYTES && (double) packed / unpacked < MIN_PACKED_RATIO;
    }

    /** The lookup key of a part name or zip entry name: without a leading slash, in lower case. */
    private static String key(String name) {
        String slashes = name.replace('\\', '/');
        return (slashes.startsWith("/") ? slashes.substring(1) : slashes).toLowerCase(Locale.ROOT);
    }

    private void readContentTypes(Unpacking unpacking) {
        if (!exists("[Content_Types].xml")) {
            // some other zip: an OpenDocument spreadsheet, an archive of files
            throw new SpreadsheetRefusal("spreadsheet.error.not-xlsx");
        }
        parse("[Content_Types].xml", unpacking, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String type = attributes.getValue("ContentType");
                if (type == null) {
                    return;
                }
                if (localName.equals("Override") && attributes.getValue("PartName") != null) {
                    contentTypeOverrides.put(key(attributes.getValue("PartName")), type.strip());
                } else if (localName.equals("Default") && attributes.getValue("Extension") != null) {
                    contentTypeDefaults.put(attributes.getValue("Extension").toLowerCase(Locale.ROOT), type.strip());
                }
            }
        });
    }

    /**
     * The workbook part named by the package's main relationship, if it is a workbook that stores its cells
     * as XML (.xlsx, .xlsm, .xltx, .xltm).
     *
     * @throws SpreadsheetRefusal {@code not-xlsx} for any other Office document (.docx, .pptx, .xlsb)
     */
    String workbookPart(Unpacking unpacking) {
        List<Relationship> main = relationships("", unpacking).stream()
                .filter(relationship -> relationship.is("officeDocument")).toList();
        if (main.isEmpty()) {
            throw new SpreadsheetRefusal("spreadsheet.error.not-xlsx");
        }
        String workbook = main.getFirst().target();
        if (!WORKBOOK_CONTENT_TYPES.contains(contentType(workbook))) {
            throw new SpreadsheetRefusal("spreadsheet.error.not-xlsx");
        }
        if (!exists(workbook)) {
            throw new SpreadsheetRefusal("spreadsheet.error.damaged");
        }
        return workbook;
    }

    private String contentType(String part) {
        String override = contentTypeOverrides.get(key(part));
        if (override != null) {
            return override;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? "" : contentTypeDefaults.getOrDefault(part.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }

    /** A relationship of a part, its target resolved to a part name; external targets are left out. */
    record Relationship(String id, String type, String target) {

        /** Whether the type is this one, in the transitional or the strict namespace. */
        boolean is(String typeName) {
            return type.endsWith("/" + typeName);
        }
    }

    /** The relationships of a part ({@code ""} for the package itself); none if it has no relationship part. */
    List<Relationship> relationships(String source, Unpacking unpacking) {
        int slash = source.lastIndexOf('/');
        String relationshipPart = source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
        List<Relationship> found = new ArrayList<>();
        if (!exists(relationshipPart)) {
            return found;
        }
        parse(relationshipPart, unpacking, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String id = attributes.getValue("Id");
                String type = attributes.getValue("Type");
                String target = attributes.getValue("Target");
                if (localName.equals("Relationship") && id != null && type != null && target != null
                        && !"External".equals(attributes.getValue("TargetMode"))) {
                    found.add(new Relationship(id, type.strip(), resolve(source, target.strip())));
                }
            }
        });
        return found;
    }

    /** A relationship target, relative to its source part's folder or absolute, as a part name. */
    private static String resolve(String source, String target) {
        try {
            URI base = new URI(null, null, "/" + source, null);
            String path = base.resolve(new URI(target)).getPath();
            return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SpreadsheetRefusal("spreadsheet.error.damaged").because(e);
        }
    }

    boolean exists(String part) {
        return entries.containsKey(key(part));
    }

    /** Parses a part with {@link SafeXml}, its unpacking checked. */
    void parse(String part, Unpacking unpacking, DefaultHandler handler) {
        try (InputStream in = open(part, unpacking)) {
            SafeXml.parse(in, handler);
        } catch (IOException e) {
            throw Refusals.of(e);
        }
    }

    private InputStream open(String part, Unpacking unpacking) throws IOException {
        ZipArchiveEntry entry = entries.get(key(part));
        if (entry == null) {
            throw new SpreadsheetRefusal("spreadsheet.error.damaged");
        }
        return unpacking.guard(zip.getInputStream(entry), entry.getCompressedSize());
    }

    @Override
    public void close() {
        close(zip);
    }

    /**
     * The unpacking of one pass over an upload: the bytes of all parts together stay within
     * {@link XlsxReader.Limits#maxUnpackedBytes()}, and each part within {@link #MIN_PACKED_RATIO} of its
     * packed size, counted as the bytes come out of the inflater, whatever the zip directory declared.
     */
    static final class Unpacking {

        private final XlsxReader.Limits limits;
        private long unpacked;

        Unpacking(XlsxReader.Limits limits) {
            this.limits = limits;
        }

        XlsxReader.Limits limits() {
            return limits;
        }

        InputStream guard(InputStream part, long packed) {
            return new FilterInputStream(part) {
                private long partUnpacked;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    // skipping inflates as well; read, so that every byte is counted
                    return n <= 0 ? 0 : Math.max(read(new byte[(int) Math.min(n, 8192)]), 0);
                }

                private void count(int n) throws IOException {
                    partUnpacked += n;
                    unpacked += n;
                    if (unpacked > limits.maxUnpackedBytes() || tooPacked(packed, partUnpacked)) {
                        throw new Refusals.Unpack(new SpreadsheetRefusal("spreadsheet.error.zip-bomb"));
                    }
                }
            };
        }
    }
}
