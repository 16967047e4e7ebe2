package org.skillboard.framework.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.FrameworkDefinition;

/** Writes a framework as a workbook, one sheet per {@link Part}, streaming. */
final class WorkbookWriter {

    /** Excel's limit on the rows of one sheet. */
    private static final int MAX_ROWS = SpreadsheetText.MAX_ROWS;

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;

    private WorkbookWriter() {
    }

    /**
     * Writes the framework as a workbook.
     *
     * @throws IllegalArgumentException if a text does not fit in an Excel cell, or a list entry (practice,
     *     activity) has a line break; the message names the cell and the field
     */
    static void write(FrameworkDefinition framework, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            try {
                workbook.setCompressTempFiles(true);
                Styles styles = new Styles(workbook);
                writeFramework(new SheetWriter(workbook, Part.FRAMEWORK, styles), framework);
                SheetWriter scale = new SheetWriter(workbook, Part.SCALE, styles);
                for (FrameworkDefinition.Level level : framework.levels()) {
                    scale.row(level.code(), level.name(), level.summary(), level.description(),
                            lines(level.practices(), "practice", "level “" + level.code() + "”"), level.nextStep());
                }
                SheetWriter categories = new SheetWriter(workbook, Part.CATEGORIES, styles);
                for (FrameworkDefinition.Category category : framework.categories()) {
                    categories.row(category.code(), category.name(), category.description());
                }
                SheetWriter notes = new SheetWriter(workbook, Part.NOTES, styles);
                for (FrameworkDefinition.Note note : framework.notes()) {
                    notes.row(note.title(), note.text());
                }
                SheetWriter items = new SheetWriter(workbook, Part.ITEMS, styles);
                SheetWriter descriptions = new SheetWriter(workbook, Part.DESCRIPTIONS, styles);
                for (FrameworkDefinition.Item item : framework.items()) {
                    items.row(item.code(), item.name(), item.category(), item.overview(), item.guidance(),
                            item.activitiesIntro(), lines(item.activities(), "activity", "item “" + item.code() + "”"),
                            item.change(), item.guidanceChange(), item.fromTenant() ? "tenant" : null);
                    for (FrameworkDefinition.ItemLevel level : item.levels()) {
                        descriptions.row(item.code(), level.code(), level.description(), level.change());
                    }
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private static void writeFramework(SheetWriter sheet, FrameworkDefinition framework) {
        sheet.row("id", framework.key());
        sheet.row("family", framework.family());
        sheet.row("name", framework.name());
        sheet.row("language", framework.language().toLanguageTag());
        sheet.row("kind", framework.kind().fileName());
        sheet.row("version", framework.version());
        sheet.row("source", framework.source());
        sheet.row("licence", framework.licence());
        sheet.row("description", framework.description());
        sheet.row("item-label", framework.itemLabel());
        sheet.row("scale-name", framework.scaleName());
    }

    private static String lines(List<String> entries, String what, String owner) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).contains("\n") || entries.get(i).contains("\r")) {
                throw new IllegalArgumentException(what + " " + (i + 1) + " of " + owner
                        + " has a line break; in a workbook each " + what + " is one line of its cell");
            }
        }
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    /** The workbook's two cell styles, created once for all cells. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** Writes one sheet: its header row, frozen, then one row per call. */
    private static final class SheetWriter {

        private final Part part;
        private final SXSSFSheet sheet;
        private final CellStyle text;
        private int next;

        SheetWriter(SXSSFWorkbook workbook, Part part, Styles styles) {
            this.part = part;
            this.sheet = workbook.createSheet(part.sheet);
            this.text = styles.text;
            Row header = sheet.createRow(0);
            for (int i = 0; i < part.columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(part.columns.get(i).name());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, part.columns.get(i).width() * 256);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }

        /** One row; the values are in the order of the part's columns, {@code null} for an empty cell. */
        void row(Object... values) {
            if (next >= MAX_ROWS) {
                throw new IllegalArgumentException("the sheet " + part.sheet + " would need more than " + MAX_ROWS
                        + " rows, the most an Excel sheet holds");
            }
            Row row = sheet.createRow(next);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                cell.setCellStyle(text);
                if (values[i] instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(SpreadsheetText.escaped(checked(SpreadsheetText.marked((String) values[i]), i,
                            values[0])));
                }
            }
            next++;
        }

        private String checked(String value, int column, Object rowKey) {
            if (value.length() > FrameworkWorkbook.MAX_CELL_TEXT) {
                throw new IllegalArgumentException("the text for " + part.sheet + "!"
                        + new CellReference(next, column).formatAsString() + " (" + part.columns.get(column).name()
                        + " of “" + rowKey + "”) has " + value.length() + " characters; an Excel cell holds at most "
                        + FrameworkWorkbook.MAX_CELL_TEXT);
            }
            return value;
        }
    }
}
