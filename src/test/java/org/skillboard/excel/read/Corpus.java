package org.skillboard.excel.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds the files the tests upload: real workbooks written by POI, and workbooks, zips and XML parts made
 * by hand, the way other programs (or attackers) write them.
 */
final class Corpus {

    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Corpus() {
    }

    /** Writes something that produces part of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** The workbook as POI writes it; a streaming workbook's temporary files are removed. */
    static byte[] written(Workbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (workbook instanceof SXSSFWorkbook streaming) {
                streaming.dispose();
            }
        }
    }

    /** A worksheet part holding these rows ({@code <row>} elements). */
    static String sheetXml(String rows) {
        return XML_DECLARATION + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A shared strings part holding these items ({@code <si>} elements). */
    static String sharedStringsXml(String items) {
        return XML_DECLARATION + "<sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>";
    }

    /** An .xlsx workbook made by hand, part by part. */
    static final class HandMade {

        private record Sheet(String name, String state, Content xml) {
        }

        private final List<Sheet> sheets = new ArrayList<>();
        private String sharedStrings;
        private String styles;
        private boolean date1904;
        private String workbookType = XLSX_TYPE;
        private String namespaceOfRelationships = RELATIONSHIPS;
        private final Map<String, String> doctypes = new HashMap<>();
        private final Map<String, byte[]> extra = new LinkedHashMap<>();
        private final Map<String, Charset> encodings = new HashMap<>();

        HandMade sheet(String name, String xml) {
            return sheet(name, null, out -> out.write(xml));
        }

        HandMade sheet(String name, String state, Content xml) {
            sheets.add(new Sheet(name, state, xml));
            return this;
        }

        HandMade sharedStrings(String xml) {
            sharedStrings = xml;
            return this;
        }

        HandMade styles(String xml) {
            styles = xml;
            return this;
        }

        HandMade date1904() {
            date1904 = true;
            return this;
        }

        HandMade workbookType(String contentType) {
            workbookType = contentType;
            return this;
        }

        /** Relationship types in the namespace of strict OOXML instead of the transitional one. */
        HandMade strict() {
            namespaceOfRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";
            return this;
        }

        /** Puts a document type declaration at the start of a part. */
        HandMade doctype(String part, String doctype) {
            doctypes.put(part, doctype);
            return this;
        }

        /** Writes a part in another encoding than UTF-8 (its XML declaration should say so). */
        HandMade encoded(String part, Charset encoding) {
            encodings.put(part, encoding);
            return this;
        }

        /** Adds an entry to the zip, after the workbook's own. */
        HandMade entry(String name, byte[] content) {
            extra.put(name, content);
            return this;
        }

        byte[] bytes() {
            Map<String, Content> parts = new LinkedHashMap<>();
            StringBuilder types = new StringBuilder(XML_DECLARATION
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookType + "\"/>");
            StringBuilder workbook = new StringBuilder(XML_DECLARATION + "<workbook xmlns=\"" + MAIN_NS
                    + "\" xmlns:r=\"" + namespaceOfRelationships + "\"><workbookPr date1904=\"" + date1904
                    + "\"/><sheets>");
            StringBuilder relationships = new StringBuilder(XML_DECLARATION
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheets.size(); i++) {
                Sheet sheet = sheets.get(i - 1);
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                workbook.append("<sheet name=\"").append(sheet.name()).append("\" sheetId=\"").append(i)
                        .append(sheet.state() == null ? "" : "\" state=\"" + sheet.state())
                        .append("\" r:id=\"rId").append(i).append("\"/>");
                relationships.append(relationship("rId" + i, "worksheet", "worksheets/sheet" + i + ".xml"));
            }
            if (sharedStrings != null) {
                relationships.append(relationship("rIdStrings", "sharedStrings", "sharedStrings.xml"));
            }
            if (styles != null) {
                relationships.append(relationship("rIdStyles", "styles", "styles.xml"));
            }
            parts.put("[Content_Types].xml", text(types + "</Types>"));
            parts.put("_rels/.rels", text(XML_DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats."
                    + "org/package/2006/relationships\">" + relationship("rId1", "officeDocument", "xl/workbook.xml")
                    + "</Relationships>"));
            parts.put("xl/workbook.xml", text(workbook + "</sheets></workbook>"));
            parts.put("xl/_rels/workbook.xml.rels", text(relationships + "</Relationships>"));
            if (sharedStrings != null) {
                parts.put("xl/sharedStrings.xml", text(sharedStrings));
            }
            if (styles != null) {
                parts.put("xl/styles.xml", text(styles));
            }
            for (int i = 1; i <= sheets.size(); i++) {
                parts.put("xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1).xml());
            }
            doctypes.forEach((part, doctype) -> parts.put(part, withDoctype(parts.get(part), doctype)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                // fast: the million-row sheet is tens of megabytes of XML
                zip.setLevel(Deflater.BEST_SPEED);
                for (Map.Entry<String, Content> part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    // flushed, not closed: closing would close the zip
                    Writer writer = new OutputStreamWriter(zip, encodings.getOrDefault(part.getKey(),
                            StandardCharsets.UTF_8));
                    part.getValue().writeTo(writer);
                    writer.flush();
                    zip.closeEntry();
                }
                for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private String relationship(String id, String type, String target) {
            return "<Relationship Id=\"" + id + "\" Type=\"" + namespaceOfRelationships + "/" + type
                    + "\" Target=\"" + target + "\"/>";
        }

        private static Content text(String text) {
            return out -> out.write(text);
        }

        private static Content withDoctype(Content part, String doctype) {
            return out -> {
                StringWriter buffer = new StringWriter();
                part.writeTo(buffer);
                String xml = buffer.toString();
                out.write(XML_DECLARATION + doctype + xml.substring(XML_DECLARATION.length()));
            };
        }
    }

    /** A zip of these entries, in this order, names exactly as given (java.util.zip refuses duplicates). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The zip with one entry name replaced by another of the same length, in the local headers and the
     * central directory alike: the way to get two entries of one name past java.util.zip.
     */
    static byte[] renamed(byte[] zip, String from, String to) {
        byte[] find = from.getBytes(StandardCharsets.UTF_8);
        byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
        if (find.length != replacement.length) {
            throw new IllegalArgumentException("names of different lengths");
        }
        byte[] patched = zip.clone();
        for (int i = 0; i + find.length <= patched.length; i++) {
            if (Arrays.equals(patched, i, i + find.length, find, 0, find.length)) {
                System.arraycopy(replacement, 0, patched, i, replacement.length);
            }
        }
        return patched;
    }

    /**
     * The zip with the uncompressed size the central directory declares for an entry set to a harmless
     * value: the entry still unpacks to what it really holds.
     */
    static byte[] withDeclaredSize(byte[] zip, String entry, int size) {
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        byte[] patched = zip.clone();
        for (int i = 0; i + 46 + name.length <= patched.length; i++) {
            boolean header = patched[i] == 'P' && patched[i + 1] == 'K' && patched[i + 2] == 1 && patched[i + 3] == 2;
            if (header && Arrays.equals(patched, i + 46, i + 46 + name.length, name, 0, name.length)) {
                patched[i + 24] = (byte) size;
                patched[i + 25] = (byte) (size >>> 8);
                patched[i + 26] = (byte) (size >>> 16);
                patched[i + 27] = (byte) (size >>> 24);
                return patched;
            }
        }
        throw new IllegalArgumentException("no entry " + entry);
    }

    /** The workbook encrypted with a password, as Excel saves it: an OLE2 file holding the encrypted package. */
    static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(file)) {
                data.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            file.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
