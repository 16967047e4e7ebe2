package org.skillboard.heatmap.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.excel.write.StreamingWorkbook;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HistorySink;

/**
 * The heatmap and the assessment history as Excel workbooks, in the user's language: the heatmap as the user
 * sees it with its legend ({@link HeatmapSheet}, {@link HeatmapLegend}), and the history in long format
 * ({@link HistorySheets}).
 *
 * <p>Both stream ({@link SXSSFWorkbook} keeps a window of rows in memory, and its temporary files are removed
 * when done). Cell styles are created once per look, never per cell ({@link HeatmapStyles}). Every text goes
 * through {@link SpreadsheetText#exported}, so nothing a spreadsheet could run as a formula is written as one,
 * and a text too long for a cell is cut visibly.
 */
public final class HeatmapWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;

    /**
     * How hard the file is compressed. zlib's fast levels (1–3) take about half the time of its default (6) on
     * this XML; level 3 makes the file about a tenth larger than level 6, level 1 about two fifths.
     */
    private static final int COMPRESSION = 3;

    private HeatmapWorkbook() {
    }

    /** Writes the heatmap as a workbook, streaming. */
    public static void writeHeatmap(HeatmapExport export, HeatmapPayload.Mode mode, Texts texts,
            Locale locale, OutputStream out) throws IOException {
        streamed(out, workbook -> writeHeatmap(workbook, export, mode, texts, locale));
    }

    /**
     * Writes the assessment history as a workbook, streaming: {@code source} hands every line to the sink it
     * is given (for example {@code sink -> heatmaps.assessmentHistory(teamId, sink)}).
     *
     * @return how many assessments were written
     */
    public static long writeHistory(Consumer<HistorySink> source, Texts texts, Locale locale,
            OutputStream out) throws IOException {
        long[] lines = new long[1];
        streamed(out, workbook -> lines[0] = writeHistory(workbook, source, texts, locale));
        return lines[0];
    }

    /**
     * The heatmap's sheets added to a workbook the caller gives, writes and closes. The export uses a
     * streaming workbook; the benchmark's baseline an {@code XSSFWorkbook}, which keeps every row in memory.
     */
    public static void writeHeatmap(Workbook workbook, HeatmapExport export, HeatmapPayload.Mode mode,
            Texts texts, Locale locale) {
        new HeatmapSheet(workbook, export, mode, texts, locale).write();
    }

    /** The history's sheets added to a workbook the caller gives, writes and closes (see above). */
    public static long writeHistory(Workbook workbook, Consumer<HistorySink> source, Texts texts,
            Locale locale) {
        HistorySheets sheets = new HistorySheets(workbook, texts, locale);
        source.accept(sheets);
        sheets.finish();
        return sheets.lines;
    }

    private static void streamed(OutputStream out, Consumer<Workbook> fill) throws IOException {
        SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW, COMPRESSION);
        try {
            fill.accept(workbook);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
