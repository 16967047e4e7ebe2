package org.skillboard.heatmap.sheets;

import static org.skillboard.heatmap.sheets.Cells.NOT_ASSESSED;
import static org.skillboard.heatmap.sheets.Cells.comment;
import static org.skillboard.heatmap.sheets.Cells.gapText;
import static org.skillboard.heatmap.sheets.Cells.level;
import static org.skillboard.heatmap.sheets.Cells.number;
import static org.skillboard.heatmap.sheets.Cells.position;
import static org.skillboard.heatmap.sheets.Cells.text;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;

/**
 * The heatmap as the user sees it, as a sheet: a title row and a row naming the filters, the framework,
 * category and skill header rows (each skill's full name in a comment on its code), the summary rows, then one
 * row per person with the screen's colours ({@link HeatmapColours}). The header rows and the name columns are
 * frozen. The legend follows on a sheet of its own ({@link HeatmapLegend}).
 */
final class HeatmapSheet {

    /** Columns before the first skill: the person's name and job profile. */
    private static final int NAME_COLUMNS = 2;

    /** Column widths, in characters. */
    private static final int NAME_WIDTH = 30;
    private static final int SUB_WIDTH = 24;
    private static final int CELL_WIDTH = 7;


    private final Workbook workbook;
    private final HeatmapExport export;
    private final HeatmapData data;
    private final HeatmapPayload.Mode mode;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final HeatmapStyles styles;
    private final Set<String> sheetNames = new HashSet<>();
    /** The columns that fit in a sheet; all of them but in a tenant with more items than Excel has columns. */
    private final List<CatalogueItem> columns;

    HeatmapSheet(Workbook workbook, HeatmapExport export, HeatmapPayload.Mode mode, Texts texts,
            Locale locale) {
        this.workbook = workbook;
        this.export = export;
        this.data = export.data();
        this.mode = mode;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.styles = new HeatmapStyles(workbook);
        List<CatalogueItem> all = data.columns();
        this.columns = all.subList(0, Math.min(all.size(), SpreadsheetText.MAX_COLUMNS - NAME_COLUMNS));
    }

    void write() {
        String title = data.teamName() == null ? texts.apply("heatmap.title.mine")
                : texts.format("heatmap.caption", data.teamName());
        Sheet sheet = sheet(data.teamName() == null ? texts.apply("heatmap.title.mine") : data.teamName(),
                texts.apply("heatmap.title"));
        int r = 0;
        text(sheet.createRow(r++), 0, title, styles.title);
        text(sheet.createRow(r++), 0, filters(), styles.note);
        if (columns.size() < data.columns().size()) {
            text(sheet.createRow(r++), 0, texts.format("heatmap.export.columns-cut", columns.size()),
                    styles.note);
        }
        if (columns.isEmpty()) {
            text(sheet.createRow(r), 0, texts.apply("heatmap.label.empty"), styles.text);
            legend();
            return;
        }
        sheet.setColumnWidth(0, NAME_WIDTH * 256);
        sheet.setColumnWidth(1, SUB_WIDTH * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(NAME_COLUMNS + c, CELL_WIDTH * 256);
        }
        r = groups(sheet, r);
        r = codes(sheet, r);
        if (data.rows().size() >= 2) {
            r = summaries(sheet, r);
        }
        sheet.createFreezePane(NAME_COLUMNS, r);
        if (data.rows().isEmpty()) {
            text(sheet.createRow(r), 0, texts.apply("heatmap.label.emptyRows"), styles.text);
        }
        for (HeatmapData.Row person : data.rows()) {
            person(sheet.createRow(r++), person);
        }
        legend();
    }

    /** "Framework: All · Category: All · … · Exported on 22 Nov 2026". */
    private String filters() {
        HeatmapQuery query = data.query();
        String all = texts.apply("heatmap.all");
        List<String> parts = new ArrayList<>();
        parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.framework"),
                export.frameworkName() == null ? all : export.frameworkName()));
        parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.category"),
                query.category() == null ? all : query.category()));
        if (data.teamName() != null) {
            parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.job-profile"),
                    export.jobProfileName() == null ? all : export.jobProfileName()));
        }
        parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.source"),
                texts.apply("heatmap.source." + query.source().name().toLowerCase(Locale.ROOT))));
        parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.colour"),
                texts.apply("heatmap.colour." + mode.name().toLowerCase(Locale.ROOT))));
        parts.add(texts.format("heatmap.export.filter", texts.apply("heatmap.as-of"),
                query.asOf() == null ? texts.apply("heatmap.as-of.today") : dates.format(query.asOf())));
        if (query.onlyGaps()) {
            parts.add(texts.apply("heatmap.only-gaps"));
        }
        parts.add(texts.format("heatmap.export.made-on", dates.format(export.madeOn())));
        return String.join(" · ", parts);
    }

    /** The framework and category rows: one merged cell per group, as on screen. */
    private int groups(Sheet sheet, int r) {
        Row frameworks = sheet.createRow(r);
        Row categories = sheet.createRow(r + 1);
        text(categories, 0, null, styles.category);
        text(categories, 1, null, styles.category);
        int frameworkStart = 0;
        int categoryStart = 0;
        for (int c = 0; c <= columns.size(); c++) {
            CatalogueItem item = c < columns.size() ? columns.get(c) : null;
            CatalogueItem first = columns.get(categoryStart);
            boolean newFramework = item == null || !item.family().equals(columns.get(frameworkStart).family());
            if (newFramework || !java.util.Objects.equals(item.categoryName(), first.categoryName())) {
                group(sheet, categories, r + 1, categoryStart, c, first.categoryName(), styles.category);
                categoryStart = c;
            }
            if (newFramework) {
                group(sheet, frameworks, r, frameworkStart, c, columns.get(frameworkStart).frameworkName(),
                        styles.framework);
                frameworkStart = c;
            }
        }
        return r + 2;
    }

    private void group(Sheet sheet, Row row, int r, int from, int to, String name, CellStyle style) {
        for (int c = from; c < to; c++) {
            text(row, NAME_COLUMNS + c, c == from ? name : null, style);
        }
        if (to - from > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, NAME_COLUMNS + from, NAME_COLUMNS + to - 1));
        }
    }

    /**
     * The row of codes: the code when it is short, otherwise the whole name (the screen cuts it, a
     * workbook has nothing to hover over), each with the item's full name in a comment.
     */
    private int codes(Sheet sheet, int r) {
        Row row = sheet.createRow(r);
        text(row, 0, texts.apply("heatmap.label.person"), styles.header);
        text(row, 1, texts.apply("heatmap.job-profile"), styles.header);
        int longest = columns.stream().mapToInt(item -> item.label().length()).max().orElse(0);
        // the screen turns the codes on their side when one is longer than five characters
        boolean vertical = longest > 5;
        if (vertical) {
            // a long name wraps onto a second line on its side rather than growing the row without end
            row.setHeightInPoints((float) Math.min(150, 14 + longest * 6.5) * 0.75f);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        for (int c = 0; c < columns.size(); c++) {
            CatalogueItem item = columns.get(c);
            Cell cell = text(row, NAME_COLUMNS + c, item.label(),
                    vertical ? styles.codeVertical : styles.code);
            comment(drawing, helper, cell, item.itemCode() + " · " + item.itemName() + "\n" + item.frameworkName()
                    + (item.categoryName() == null ? "" : " · " + item.categoryName()));
        }
        return r + 1;
    }

    private int summaries(Sheet sheet, int r) {
        Row average = summaryRow(sheet, r, "heatmap.summary.average");
        Row median = summaryRow(sheet, r + 1, "heatmap.summary.median");
        Row atTarget = summaryRow(sheet, r + 2, "heatmap.summary.at-target");
        Row holders = summaryRow(sheet, r + 3, "heatmap.summary.holders");
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        CreationHelper helper = workbook.getCreationHelper();
        for (int c = 0; c < columns.size(); c++) {
            HeatmapData.ColumnSummary summary = data.summaries().get(c);
            int column = NAME_COLUMNS + c;
            OptionalDouble mean = HeatmapPayload.averageNumber(summary);
            if (mean.isPresent()) {
                number(average, column, mean.getAsDouble(), styles.summaryAverage);
            } else {
                text(average, column, summary.averageText() == null ? NOT_ASSESSED : summary.averageText(),
                        styles.summary);
            }
            text(median, column, summary.median() == null ? NOT_ASSESSED : summary.median(), styles.summary);
            text(atTarget, column, summary.withTarget() == 0 ? NOT_ASSESSED : HeatmapPayload.atTarget(summary),
                    styles.summary);
            if (summary.neededLevel() == null) {
                text(holders, column, NOT_ASSESSED, styles.summary);
            } else {
                Cell cell = number(holders, column, summary.holders(),
                        summary.singlePointOfFailure() ? styles.flagged : styles.summary);
                if (summary.singlePointOfFailure()) {
                    String key = summary.holders() == 0 ? "heatmap.summary.holders.none"
                            : "heatmap.summary.holders.single";
                    comment(drawing, helper, cell, texts.format(key, summary.holders(), summary.neededLevel()));
                }
            }
        }
        return r + 4;
    }

    private Row summaryRow(Sheet sheet, int r, String key) {
        Row row = sheet.createRow(r);
        text(row, 0, texts.apply(key), styles.summaryLabel);
        text(row, 1, null, styles.summaryLabel);
        return row;
    }

    private void person(Row row, HeatmapData.Row person) {
        text(row, 0, person.name(), styles.name);
        String lead = texts.apply("heatmap.label.lead");
        String sub = person.lead() ? (person.jobProfile() == null ? lead : person.jobProfile() + " · " + lead)
                : person.jobProfile();
        text(row, 1, sub, styles.sub);
        for (int c = 0; c < columns.size(); c++) {
            cell(row, NAME_COLUMNS + c, columns.get(c), person.cells().get(c));
        }
    }

    /** One cell as the screen draws it: its colour, its text, and the marks for self-only and stale. */
    private void cell(Row row, int column, CatalogueItem item, HeatmapData.Cell cell) {
        if (!cell.assessed()) {
            text(row, column, NOT_ASSESSED, styles.empty);
            return;
        }
        boolean selfOnly = cell.from() == AssessmentKind.SELF;
        if (mode == HeatmapPayload.Mode.LEVEL) {
            CellStyle style = styles.level(HeatmapColours.level(position(item, cell.level())), null, selfOnly,
                    cell.stale());
            level(row, column, cell.levelCode(), style);
        } else if (!cell.hasTarget()) {
            CellStyle style = styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, selfOnly,
                    cell.stale());
            level(row, column, cell.levelCode(), style);
        } else {
            int gap = cell.level() - cell.target();
            CellStyle style = styles.level(HeatmapColours.gap(gap), null, selfOnly, cell.stale());
            text(row, column, cell.levelCode() + " " + gapText(gap), style);
        }
    }

    private void legend() {
        new HeatmapLegend(sheet(texts.apply("heatmap.export.legend"), "Legend"), mode, columns, data.staleBefore(),
                texts, dates, styles).write();
    }

    private Sheet sheet(String wanted, String fallback) {
        Sheet sheet = workbook.createSheet(SpreadsheetText.sheetName(wanted, fallback, sheetNames));
        sheetNames.add(sheet.getSheetName());
        return sheet;
    }
}
