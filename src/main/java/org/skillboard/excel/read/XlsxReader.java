package org.skillboard.excel.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Reads an uploaded Excel workbook (.xlsx) safely, for every import. The file is recognised by its content,
 * never by its name; anything else, anything hostile or damaged, and anything beyond the {@link Limits}
 * ends in a {@link SpreadsheetRefusal} that says what is wrong.
 *
 * <p>The upload is read into memory up to {@link Limits#maxBytes()} (so the limit holds whatever the web
 * layer allows), its zip directory is checked, and then the workbook is read twice with SAX, one part at
 * a time and never as a whole-workbook DOM: first to check every sheet against the limits, then to hand
 * the rows to the {@link RowHandler}. A refused workbook therefore never reaches the handler, and an
 * importer can process rows as they come. Both passes stream, so a sheet takes the memory of one row;
 * the shared strings, which every sheet refers to, are kept for the whole read.
 *
 * <p>See docs/decisions/0008-safe-spreadsheet-intake.md for how each kind of hostile file is stopped.
 */
public final class XlsxReader {

    /** Bytes of the upload looked at to tell what kind of file it is. */
    private static final int SNIFF_BYTES = 4096;

    private static final long MEGABYTE = 1024 * 1024;

    /**
     * What an upload may hold.
     *
     * @param maxBytes the size of the file; 10 MB by default, configurable with {@link #withMaxBytes}
     * @param maxUnpackedBytes what all parts of the workbook unpack to together; 256 MB by default, room
     *     for 200,000 rows of a dozen columns (about 100 MB of sheet XML) and the shared strings
     * @param maxRowsPerSheet filled rows of one sheet; 150,000 by default, half as much again as an
     *     assessment of 1,000 people in 100 skills
     * @param maxRows filled rows of all sheets together; 200,000 by default, room for such an assessment
     *     sheet, its hidden key sheets and more
     * @param maxColumns columns a filled cell may be in; 256 (A to IV) by default, ten times what an import
     *     sheet uses, with room for notes
     * @param maxCellText characters of one cell; 32,767 by default, the most Excel lets a cell hold
     */
    public record Limits(long maxBytes, long maxUnpackedBytes, int maxRowsPerSheet, int maxRows, int maxColumns,
            int maxCellText) {

        public static final Limits DEFAULTS = new Limits(10 * MEGABYTE, 256 * MEGABYTE, 150_000, 200_000, 256,
                SpreadsheetVersion.EXCEL2007.getMaxTextLength());

        public Limits {
            if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8 || maxUnpackedBytes < 1 || maxRowsPerSheet < 1
                    || maxRows < 1 || maxColumns < 1
                    || maxColumns > SpreadsheetVersion.EXCEL2007.getMaxColumns() || maxCellText < 1) {
                throw new IllegalArgumentException("spreadsheet limits out of range: " + maxBytes + ", "
                        + maxUnpackedBytes + ", " + maxRowsPerSheet + ", " + maxRows + ", " + maxColumns + ", "
                        + maxCellText);
            }
        }

        /** These limits with another upload size, such as a configured one. */
        public Limits withMaxBytes(long bytes) {
            return new Limits(bytes, maxUnpackedBytes, maxRowsPerSheet, maxRows, maxColumns, maxCellText);
        }
    }

    private XlsxReader() {
    }

    /**
     * Reads the workbook: for each worksheet in the workbook's order, hidden ones too,
     * {@link RowHandler#startSheet}, {@link RowHandler#row} for each filled row, {@link RowHandler#endSheet}.
     * Chart sheets hold no cells and are left out. The stream is read but not closed.
     *
     * @throws SpreadsheetRefusal if the file is not an .xlsx workbook, is hostile or damaged, has no filled
     *     cell, or is beyond a limit; the handler has then received nothing
     * @throws IOException if the upload itself cannot be read
     */
    public static void read(InputStream in, Limits limits, RowHandler handler) throws IOException {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(handler, "handler");
        byte[] head = in.readNBytes((int) Math.min(SNIFF_BYTES, limits.maxBytes() + 1));
        switch (kind(head)) {
            case OOXML -> readWorkbook(rest(head, in, limits), limits, handler);
            case OLE2 -> throw ole2Refusal(rest(head, in, limits));
            case BIFF2, BIFF3, BIFF4 -> throw new SpreadsheetRefusal("spreadsheet.error.old-xls");
            default -> throw notAWorkbook(head);
        }
    }

    private static FileMagic kind(byte[] head) {
        return head.length == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(head);
    }

    /** The whole upload, refused as soon as it is larger than the limit. */
    private static byte[] rest(byte[] head, InputStream in, Limits limits) throws IOException {
        byte[] tail = in.readNBytes((int) (limits.maxBytes() + 1 - head.length));
        if (head.length + (long) tail.length > limits.maxBytes()) {
            throw new SpreadsheetRefusal("spreadsheet.error.too-large", BigDecimal.valueOf(limits.maxBytes())
                    .divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    /**
     * An OLE2 compound file: an Excel workbook encrypted with a password (Excel keeps the encrypted .xlsx
     * in one), an old .xls workbook, or another old Office document.
     */
    private static SpreadsheetRefusal ole2Refusal(byte[] data) {
        Set<String> entries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            entries.addAll(file.getRoot().getEntryNames());
        } catch (IOException | RuntimeException e) {
            return new SpreadsheetRefusal("spreadsheet.error.damaged").because(e);
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            return new SpreadsheetRefusal("spreadsheet.error.encrypted");
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return new SpreadsheetRefusal("spreadsheet.error.old-xls");
        }
        return new SpreadsheetRefusal("spreadsheet.error.not-xlsx");
    }

    private static SpreadsheetRefusal notAWorkbook(byte[] head) {
        if (head.length == 0) {
            return new SpreadsheetRefusal("spreadsheet.error.empty");
        }
        if (kind(head) == FileMagic.UNKNOWN && isText(head)) {
            return new SpreadsheetRefusal("spreadsheet.error.csv");
        }
        return new SpreadsheetRefusal("spreadsheet.error.not-xlsx");
    }

    /**
     * Whether the file starts like text (CSV, tab-separated, a list): a byte order mark, or no control
     * characters but line ends and tabs. Bytes above ASCII may be UTF-8 or a Windows code page; both are
     * text.
     */
    private static boolean isText(byte[] head) {
        if (head.length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE
                || head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)) {
            return true;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static void readWorkbook(byte[] data, Limits limits, RowHandler handler) {
        XlsxPackage.Unpacking checking = new XlsxPackage.Unpacking(limits);
        try (XlsxPackage xlsx = XlsxPackage.open(data, checking)) {
            Checked checked = checked(xlsx, checking);
            WorkbookParts workbook = checked.workbook();
            handler.startWorkbook(workbook.worksheets.stream().map(WorkbookParts.Worksheet::info).toList(),
                    checked.rows());
            // the same parts again, now known to be within the limits
            XlsxPackage.Unpacking unpacking = new XlsxPackage.Unpacking(limits);
            long rows = 0;
            for (WorkbookParts.Worksheet sheet : workbook.worksheets) {
                handler.startSheet(sheet.info());
                SheetParser parser = new SheetParser(sheet, workbook, limits, rows, handler);
                xlsx.parse(sheet.part(), unpacking, parser);
                rows += parser.filledRows();
                handler.endSheet(sheet.info());
            }
        }
    }

    /** A workbook that passed the first pass, and how many filled rows its sheets have. */
    private record Checked(WorkbookParts workbook, long rows) {
    }

    /** The first pass: every sheet read and checked against the limits, nothing handed on. */
    private static Checked checked(XlsxPackage xlsx, XlsxPackage.Unpacking unpacking) {
        Limits limits = unpacking.limits();
        try {
            WorkbookParts workbook = WorkbookParts.read(xlsx, unpacking);
            long rows = 0;
            for (WorkbookParts.Worksheet sheet : workbook.worksheets) {
                SheetParser parser = new SheetParser(sheet, workbook, limits, rows, null);
                xlsx.parse(sheet.part(), unpacking, parser);
                rows += parser.filledRows();
            }
            if (rows == 0) {
                throw new SpreadsheetRefusal("spreadsheet.error.no-data");
            }
            return new Checked(workbook, rows);
        } catch (SpreadsheetRefusal refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            // the zip and XML libraries report some malformed input unchecked
            throw new SpreadsheetRefusal("spreadsheet.error.damaged").because(e);
        }
    }
}
