package org.skillboard.assessment.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.people.NamedPerson;

/**
 * The blank long format, for bulk loads and history: one row per assessment (person,
 * framework, skill or criterion, level, kind, date, evidence) under headers in the user's
 * language, with an instructions sheet and two sheets to look things up in: the skills and
 * criteria with the levels each defines, and the people the user may assess. The kind and
 * the date are checked as they are typed; the level, which depends on the skill, when the
 * file is uploaded. Read back by {@link LongSheet}, like any sheet with these headers.
 */
final class LongTemplate {

    /** Rows the drop-downs and date checks cover. */
    static final int ROWS = 10_000;
    private static final List<SheetColumns> COLUMNS = List.of(SheetColumns.values());
    private static final int[] WIDTHS = {18, 14, 18, 8, 12, 12, 60};

    private LongTemplate() {
    }

    static void write(String title, List<CatalogueItem> items, List<NamedPerson> people, Texts texts,
            OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
        try {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle titleStyle = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);

            Sheet instructions = workbook.createSheet(
                    AssessmentTemplate.sheetName(workbook, texts.format("template.sheet.instructions")));
            instructions.setColumnWidth(0, 110 * 256);
            instructions.createRow(0).createCell(0).setCellValue(SpreadsheetText.exported(title));
            instructions.getRow(0).getCell(0).setCellStyle(titleStyle);
            for (int i = 1; i <= 5; i++) {
                Row line = instructions.createRow(i + 1);
                line.createCell(0).setCellValue(texts.format("template.long.instructions." + i));
                line.getCell(0).setCellStyle(wrapped);
            }

            Sheet rows = workbook.createSheet(AssessmentTemplate.sheetName(workbook,
                    texts.format("template.long.sheet")));
            Row headers = rows.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                headers.createCell(c).setCellValue(texts.format(COLUMNS.get(c).headerKey()));
                headers.getCell(c).setCellStyle(header);
                rows.setColumnWidth(c, WIDTHS[c] * 256);
            }
            rows.createFreezePane(0, 1);
            DataValidationHelper helper = rows.getDataValidationHelper();
            String[] kinds = List.of(AssessmentKind.values()).stream()
                    .map(kind -> texts.format("assessment.kind." + kind.name().toLowerCase(Locale.ROOT)))
                    .toArray(String[]::new);
            validate(rows, helper, helper.createExplicitListConstraint(kinds), COLUMNS.indexOf(SheetColumns.KIND),
                    texts.format("template.long.invalid.kind", String.join(", ", kinds)), texts);
            validate(rows, helper, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "DATE(2000,1,1)", "TODAY()", null), COLUMNS.indexOf(SheetColumns.DATE),
                    texts.format("template.long.invalid.date"), texts);

            Sheet skills = workbook.createSheet(AssessmentTemplate.sheetName(workbook,
                    texts.format("template.long.skills")));
            String[] skillHeaders = {texts.format("sheets.column.framework"), texts.format("template.long.framework-name"),
                    texts.format("sheets.column.item"), texts.format("template.column.name"),
                    texts.format("template.long.levels")};
            headerRow(skills, skillHeaders, header, new int[] {14, 28, 14, 50, 30});
            int r = 1;
            for (CatalogueItem item : items) {
                Row line = skills.createRow(r++);
                line.createCell(0).setCellValue(SpreadsheetText.exported(item.family()));
                line.createCell(1).setCellValue(SpreadsheetText.exported(item.frameworkName()));
                line.createCell(2).setCellValue(SpreadsheetText.exported(item.itemCode()));
                line.createCell(3).setCellValue(SpreadsheetText.exported(item.itemName()));
                line.createCell(4).setCellValue(String.join(", ", item.levelCodes()));
            }
            skills.createFreezePane(0, 1);

            Sheet everyone = workbook.createSheet(AssessmentTemplate.sheetName(workbook,
                    texts.format("template.long.people")));
            headerRow(everyone, new String[] {texts.format("sheets.column.person"), texts.format("template.column.name")},
                    header, new int[] {18, 40});
            r = 1;
            for (NamedPerson person : people) {
                Row line = everyone.createRow(r++);
                line.createCell(0).setCellValue(SpreadsheetText.exported(person.key()));
                line.createCell(1).setCellValue(SpreadsheetText.exported(person.name()));
            }
            everyone.createFreezePane(0, 1);
            workbook.setActiveSheet(1);
            workbook.setSelectedTab(1);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
            int column, String message, Texts texts) {
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column,
                column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.format("template.invalid.title"), message);
        sheet.addValidationData(validation);
    }

    private static void headerRow(Sheet sheet, String[] texts, CellStyle style, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
            row.getCell(c).setCellStyle(style);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
