package org.skillboard.assessment.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.excel.write.WorkbookStyles;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;

/**
 * A team's assessment template: an instructions sheet in the user's language, one sheet per
 * framework (their levels differ) with people in rows and skills or criteria in columns,
 * current levels filled in, a drop-down in every cell offering only the levels that column
 * defines, header rows locked and level cells open; and a hidden sheet with the keys the
 * upload needs (which organisation, which kind, which framework each sheet is). Written
 * with SXSSF, so a big team takes the memory of a window of rows.
 */
public final class AssessmentTemplate {

    /** Name and first cell of the hidden key sheet. */
    static final String KEY_SHEET = "_skillboard";
    static final String FORMAT = "skillboard-team-template";
    static final int FIRST_PERSON_ROW = 2;
    private static final int WINDOW = 200;

    private AssessmentTemplate() {
    }

    /** Writes a team's template; public for the import benchmark, which builds its wide sheet with it. */
    public static void write(TemplateData data, Texts texts, OutputStream out) throws IOException {
        // shared strings, as spreadsheet programs write them: a program that edits the file in
        // place (POI among them) then replaces a cell's text instead of leaving the old one inline
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, true);
        try {
            Styles styles = new Styles(workbook);
            instructions(workbook, data, texts, styles);
            Map<String, List<CatalogueItem>> byFamily = new LinkedHashMap<>();
            data.items().forEach(item -> byFamily.computeIfAbsent(item.family(), family -> new ArrayList<>())
                    .add(item));
            List<String[]> sheetKeys = new ArrayList<>();
            for (Map.Entry<String, List<CatalogueItem>> family : byFamily.entrySet()) {
                String name = sheetName(workbook, family.getValue().getFirst().frameworkName());
                frameworkSheet(workbook.createSheet(name), data, family.getKey(), family.getValue(), texts, styles);
                sheetKeys.add(new String[] {"sheet", name, family.getKey()});
            }
            Sheet keys = workbook.createSheet(KEY_SHEET);
            int row = 0;
            row = keyRow(keys, row, "format", FORMAT);
            row = keyRow(keys, row, "version", "1");
            row = keyRow(keys, row, "tenant", String.valueOf(data.tenantId()));
            row = keyRow(keys, row, "kind", data.kind().name());
            for (String[] sheetKey : sheetKeys) {
                Row line = keys.createRow(row++);
                for (int c = 0; c < sheetKey.length; c++) {
                    line.createCell(c).setCellValue(sheetKey[c]);
                }
            }
            workbook.setSheetHidden(workbook.getSheetIndex(KEY_SHEET), true);
            workbook.setActiveSheet(byFamily.isEmpty() ? 0 : 1);
            workbook.setSelectedTab(byFamily.isEmpty() ? 0 : 1);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void instructions(SXSSFWorkbook workbook, TemplateData data, Texts texts, Styles styles) {
        Sheet sheet = workbook.createSheet(sheetName(workbook, texts.format("template.sheet.instructions")));
        sheet.setColumnWidth(0, 110 * 256);
        int row = 0;
        Row title = sheet.createRow(row++);
        title.createCell(0).setCellValue(text(data.title()));
        title.getCell(0).setCellStyle(styles.title);
        String kind = texts.format("assessment.kind." + data.kind().name().toLowerCase(Locale.ROOT));
        for (String line : List.of(texts.format("template.instructions.1", kind),
                texts.format("template.instructions.2"), texts.format("template.instructions.3"),
                texts.format("template.instructions.4"), texts.format("template.instructions.5"))) {
            Row text = sheet.createRow(++row);
            text.createCell(0).setCellValue(line);
            text.getCell(0).setCellStyle(styles.wrapped);
        }
    }

    private static void frameworkSheet(Sheet sheet, TemplateData data, String family, List<CatalogueItem> items,
            Texts texts, Styles styles) {
        Row codes = sheet.createRow(0);
        Row names = sheet.createRow(1);
        codes.createCell(0).setCellValue(texts.format("sheets.column.person"));
        codes.createCell(1).setCellValue(texts.format("template.column.name"));
        codes.getCell(0).setCellStyle(styles.header);
        codes.getCell(1).setCellStyle(styles.header);
        names.createCell(0).setCellStyle(styles.header);
        names.createCell(1).setCellStyle(styles.header);
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        for (int i = 0; i < items.size(); i++) {
            CatalogueItem item = items.get(i);
            codes.createCell(i + 2).setCellValue(item.itemCode());
            codes.getCell(i + 2).setCellStyle(styles.header);
            names.createCell(i + 2).setCellValue(text(item.itemName()));
            names.getCell(i + 2).setCellStyle(styles.names);
            sheet.setColumnWidth(i + 2, Math.max(8, Math.min(18, item.itemCode().length() + 3)) * 256);
        }
        names.setHeightInPoints(48);
        int rowNumber = FIRST_PERSON_ROW;
        for (TemplateData.Person person : data.people()) {
            Row row = sheet.createRow(rowNumber++);
            row.createCell(0).setCellValue(text(person.key()));
            row.createCell(1).setCellValue(text(person.name()));
            row.getCell(0).setCellStyle(styles.locked);
            row.getCell(1).setCellStyle(styles.locked);
            Map<String, String> levels = data.levels().getOrDefault(person.key(), Map.of());
            for (int i = 0; i < items.size(); i++) {
                CatalogueItem item = items.get(i);
                String level = levels.get(TemplateData.itemKey(family, item.itemCode()));
                row.createCell(i + 2).setCellStyle(styles.open);
                if (level != null) {
                    row.getCell(i + 2).setCellValue(level);
                }
            }
        }
        int lastRow = Math.max(FIRST_PERSON_ROW, FIRST_PERSON_ROW + data.people().size() - 1);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < items.size(); i++) {
            CatalogueItem item = items.get(i);
            DataValidationConstraint constraint = helper.createExplicitListConstraint(
                    item.levelCodes().toArray(String[]::new));
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(FIRST_PERSON_ROW, lastRow, i + 2, i + 2));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(texts.format("template.invalid.title"),
                    texts.format("template.invalid.message", item.itemCode(), String.join(", ", item.levelCodes())));
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
        sheet.createFreezePane(2, FIRST_PERSON_ROW);
        sheet.protectSheet("");
    }

    /** Text as a cell holds it: never taken for a formula, cut to what a cell holds (see SpreadsheetText). */
    private static String text(String value) {
        return value == null ? "" : SpreadsheetText.exported(value);
    }

    private static int keyRow(Sheet sheet, int row, String key, String value) {
        Row line = sheet.createRow(row);
        line.createCell(0).setCellValue(key);
        line.createCell(1).setCellValue(value);
        return row + 1;
    }

    /** A sheet name Excel accepts (at most 31 characters, none of []:*?/\) and that the workbook has not yet. */
    static String sheetName(SXSSFWorkbook workbook, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; workbook.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The few styles a template uses, created once per workbook. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle names;
        final CellStyle locked;
        final CellStyle open;

        Styles(SXSSFWorkbook workbook) {
            WorkbookStyles shared = new WorkbookStyles(workbook);
            title = shared.title;
            wrapped = shared.wrapped;
            header = shared.header;
            names = shared.plainLike(shared.header);
            names.setWrapText(true);
            locked = shared.locked;
            open = shared.open;
        }
    }
}
