package org.skillboard.audit.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.audit.AuditRecord;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.StreamingWorkbook;

/**
 * The audit log as a workbook in the reader's language, one row per entry, newest first, streamed as the log
 * hands the entries over ({@link SXSSFWorkbook} keeps a window of rows in memory and removes its temporary
 * files when done). Every text goes through {@code SpreadsheetText.exported}: a subject or a "before" that
 * starts with {@code =} is text, never a formula.
 */
public final class AuditWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;
    /** zlib's fast level: about half the time of its default on this XML, for a slightly larger file. */
    private static final int COMPRESSION = 3;

    private AuditWorkbook() {
    }

    /**
     * Writes the entries {@code source} hands to the consumer it is given (for example
     * {@code each -> log.eachEntry(filter, each)}).
     *
     * @param platform whether the entries are the platform's, which name the tenant they concern
     * @return how many entries were written
     */
    public static long write(Consumer<Consumer<AuditRecord>> source, boolean platform, Texts texts,
            LocalDate madeOn, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW, COMPRESSION);
        try {
            AuditSheets sheets = new AuditSheets(workbook, texts, platform, madeOn);
            source.accept(sheets::line);
            sheets.finish();
            workbook.write(out);
            return sheets.lines();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
