package org.skillboard.audit.sheets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.skillboard.audit.AuditFilter;
import org.skillboard.audit.AuditRecord;
import org.skillboard.audit.AuditTexts;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.excel.write.WorkbookStyles;

/** The entries, one row each, under a title and a header row; past Excel's row limit in a new sheet. */
final class AuditSheets {

    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    /** Column widths, in characters: when, who, login, kind, action, subject, before, after, tenant. */
    private static final int[] WIDTHS = {20, 24, 28, 16, 18, 36, 40, 40, 24};
    private static final int FIRST_LINE = 2;

    private final Workbook workbook;
    private final Texts texts;
    private final AuditTexts words;
    private final boolean platform;
    private final String title;
    private final List<String> headings;
    private final CellStyle text;
    private final CellStyle time;
    private final WorkbookStyles styles;
    private final Set<String> sheetNames = new HashSet<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private Sheet sheet;
    private int next;
    private long lines;

    AuditSheets(Workbook workbook, Texts texts, boolean platform, LocalDate madeOn) {
        this.workbook = workbook;
        this.texts = texts;
        this.words = new AuditTexts(texts::apply);
        this.platform = platform;
        this.styles = new WorkbookStyles(workbook);
        this.text = styles.like(styles.wrapped);
        this.time = styles.number(TIME_FORMAT);
        this.title = texts.format("audit.export.title", texts.apply(platform ? "audit.platform-title" : "audit.title"),
                madeOn.toString());
        List<String> names = new ArrayList<>(List.of(texts.apply("audit.column.when"), texts.apply("audit.column.who"),
                texts.apply("audit.column.login"), texts.apply("audit.column.kind"),
                texts.apply("audit.column.action"), texts.apply("audit.column.subject"),
                texts.apply("audit.column.before"), texts.apply("audit.column.after")));
        if (platform) {
            names.add(texts.apply("audit.column.tenant"));
        }
        this.headings = List.copyOf(names);
        newSheet();
    }

    void line(AuditRecord entry) {
        if (next >= SpreadsheetText.MAX_ROWS) {
            newSheet();
        }
        Row row = sheet.createRow(next++);
        Cell when = row.createCell(0);
        when.setCellValue(LocalDateTime.ofInstant(entry.occurredAt(), AuditFilter.ZONE));
        when.setCellStyle(time);
        value(row, 1, words.actor(entry));
        value(row, 2, entry.actorLogin());
        value(row, 3, words.kind(entry.kind()));
        value(row, 4, words.action(entry.action()));
        value(row, 5, words.text(entry.subject()));
        value(row, 6, words.text(entry.before()));
        value(row, 7, words.text(entry.after()));
        if (platform) {
            value(row, 8, entry.tenantName());
        }
        lines++;
    }

    long lines() {
        return lines;
    }

    void finish() {
        for (Sheet each : sheets) {
            int last = each == sheet ? next - 1 : SpreadsheetText.MAX_ROWS - 1;
            each.setAutoFilter(new CellRangeAddress(FIRST_LINE - 1, Math.max(FIRST_LINE - 1, last), 0,
                    headings.size() - 1));
        }
    }

    /** A text cell, neutralised and cut to Excel's limit; none for no text. */
    private void value(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(SpreadsheetText.exported(value));
        }
        cell.setCellStyle(text);
    }

    private void newSheet() {
        String name = texts.apply("audit.export.sheet");
        sheet = workbook.createSheet(SpreadsheetText.sheetName(sheets.isEmpty() ? name
                : name + " (" + (sheets.size() + 1) + ")", "Audit", sheetNames));
        sheetNames.add(sheet.getSheetName());
        sheets.add(sheet);
        Cell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(SpreadsheetText.exported(title));
        heading.setCellStyle(styles.title);
        Row header = sheet.createRow(FIRST_LINE - 1);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(SpreadsheetText.exported(headings.get(c)));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, FIRST_LINE);
        next = FIRST_LINE;
    }
}
