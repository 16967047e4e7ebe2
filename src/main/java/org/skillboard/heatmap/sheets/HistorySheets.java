package org.skillboard.heatmap.sheets;

import static org.skillboard.heatmap.sheets.Cells.level;
import static org.skillboard.heatmap.sheets.Cells.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;

/**
 * The assessment history in long format, one row per assessment, oldest first, as the service hands them over
 * ({@link HistorySink}); past Excel's row limit it goes on in a new sheet.
 */
final class HistorySheets implements HistorySink {

    /** Column widths, in characters. */
    private static final int[] HISTORY_WIDTHS = {12, 28, 14, 12, 36, 8, 18, 12, 16, 24, 60};


    private final Workbook workbook;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final HeatmapStyles styles;
    private final Map<AssessmentKind, String> kinds = new EnumMap<>(AssessmentKind.class);
    private final List<String> headings;
    private final Set<String> sheetNames = new HashSet<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private String title;
    private String made;
    private Sheet sheet;
    private int next;
    long lines;

    HistorySheets(Workbook workbook, Texts texts, Locale locale) {
        this.workbook = workbook;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.styles = new HeatmapStyles(workbook);
        for (AssessmentKind kind : AssessmentKind.values()) {
            kinds.put(kind, texts.apply("assessment.kind." + kind.name().toLowerCase(Locale.ROOT)));
        }
        // the columns an upload reads carry the upload's headers, so an export can be uploaded again
        headings = List.of(texts.apply("sheets.column.person"), texts.apply("heatmap.label.person"),
                texts.apply("sheets.column.framework"), texts.apply("sheets.column.item"),
                texts.apply("heatmap.export.column.item-name"), texts.apply("sheets.column.level"),
                texts.apply("sheets.column.kind"), texts.apply("sheets.column.date"),
                texts.apply("cell.column.period"), texts.apply("cell.column.assessor"),
                texts.apply("sheets.column.evidence"));
    }

    @Override
    public void start(String teamName, LocalDate madeOn) {
        title = teamName == null ? texts.apply("heatmap.export.history.title-all")
                : texts.format("heatmap.export.history.title", teamName);
        made = texts.format("heatmap.export.made-on", dates.format(madeOn));
        newSheet();
    }

    @Override
    public void line(HistoryLine line) {
        if (next >= SpreadsheetText.MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        value(row, 0, line.personKey());
        value(row, 1, line.personName());
        value(row, 2, line.family());
        value(row, 3, line.itemCode());
        value(row, 4, line.itemName());
        level(row, 5, line.levelCode(), styles.text);
        value(row, 6, kinds.get(line.kind()));
        Cell day = row.createCell(7);
        day.setCellValue(line.assessedOn());
        day.setCellStyle(styles.date);
        value(row, 8, line.periodName());
        value(row, 9, line.assessorName());
        value(row, 10, line.evidence());
        lines++;
    }

    /**
     * A text cell, or none for no text. Every cell gets a style of its own: without one, SXSSF looks the
     * column's default style up for every cell it writes, which costs more than the rest of the row.
     */
    private void value(Row row, int column, String text) {
        if (text != null) {
            text(row, column, text, styles.text);
        }
    }

    private void newSheet() {
        String name = texts.apply("heatmap.export.history.sheet");
        sheet = workbook.createSheet(SpreadsheetText.sheetName(sheets.isEmpty() ? name
                : name + " (" + (sheets.size() + 1) + ")", "History", sheetNames));
        sheetNames.add(sheet.getSheetName());
        sheets.add(sheet);
        text(sheet.createRow(0), 0, title + " · " + made, styles.title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < headings.size(); c++) {
            text(header, c, headings.get(c), styles.header);
            sheet.setColumnWidth(c, HISTORY_WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, 2);
        next = 2;
    }

    void finish() {
        if (sheet == null) {
            throw new IllegalStateException("the history was never started");
        }
        for (Sheet each : sheets) {
            int last = each == sheet ? next - 1 : SpreadsheetText.MAX_ROWS - 1;
            each.setAutoFilter(new CellRangeAddress(1, Math.max(1, last), 0, headings.size() - 1));
        }
    }
}
