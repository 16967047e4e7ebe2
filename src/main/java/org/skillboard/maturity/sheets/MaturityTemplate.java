package org.skillboard.maturity.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.excel.write.WorkbookStyles;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.WorksheetAnswers;

/**
 * The maturity worksheet of one unit as a workbook to fill in offline, laid out like the paper
 * worksheet: an instructions sheet in the user's language (with the model's own steps in the
 * model's language), the worksheet with the dimensions in rows, today's level and the level in
 * five years (a drop-down in each cell offering only the model's levels, the levels named beside
 * them), the ambition and the critical changes with owner and due date; a sheet with every level's
 * description and practices; and a hidden sheet with the keys the upload needs (which
 * organisation, model and unit, and which cell holds which answer). Header cells are locked,
 * answer cells open; the user's saved draft is filled in.
 */
final class MaturityTemplate {

    /** Name of the hidden key sheet, as in the assessment templates. */
    static final String KEY_SHEET = "_skillboard";
    static final String FORMAT = "skillboard-maturity-worksheet";
    /** Where the worksheet sheet stands among the sheets: after the instructions. */
    static final int WORKSHEET_POSITION = 1;

    static final int CODE = 0;
    static final int LABEL = 1;
    static final int TEXT = 2;
    static final int TODAY = 3;
    static final int TARGET = 4;
    static final int OWNER = 3;
    static final int DUE = 4;
    static final int LEVEL_CODE = 6;
    static final int LEVEL_NAME = 7;

    private static final int DATE_ROW = 2;
    private static final int HEADER_ROW = 4;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int WINDOW = 100;

    /**
     * What the template is made of.
     *
     * @param unitName the unit's name as the user reads it
     * @param unitParameter the unit as the key sheet names it ({@code organisation} or the team's id)
     * @param draft whether {@code answers} come from the user's saved draft
     */
    record Data(long tenantId, String unitName, String unitParameter, MaturityModel model,
            WorksheetAnswers answers, boolean draft) {
    }

    private MaturityTemplate() {
    }

    static void write(Data data, Texts texts, OutputStream out) throws IOException {
        // shared strings, as spreadsheet programs write them (see AssessmentTemplate)
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, true);
        try {
            Styles styles = new Styles(workbook);
            Set<String> taken = new HashSet<>();
            String worksheetName = name(texts.format("maturity.sheet.worksheet"), taken);
            String levelsName = name(texts.format("maturity.sheet.levels"), taken);
            instructions(workbook.createSheet(name(texts.format("template.sheet.instructions"), taken)), data,
                    worksheetName, levelsName, texts, styles);
            List<String[]> keys = new ArrayList<>();
            keys.add(new String[] {"format", FORMAT});
            keys.add(new String[] {"version", "1"});
            keys.add(new String[] {"tenant", String.valueOf(data.tenantId())});
            keys.add(new String[] {"model", data.model().family()});
            keys.add(new String[] {"unit", data.unitParameter()});
            keys.add(new String[] {"sheet", worksheetName});
            worksheet(workbook.createSheet(worksheetName), data, texts, styles, keys);
            levels(workbook.createSheet(levelsName), data.model(), texts, styles);
            Sheet keySheet = workbook.createSheet(KEY_SHEET);
            for (int r = 0; r < keys.size(); r++) {
                Row row = keySheet.createRow(r);
                for (int c = 0; c < keys.get(r).length; c++) {
                    row.createCell(c).setCellValue(keys.get(r)[c]);
                }
            }
            workbook.setSheetHidden(workbook.getSheetIndex(KEY_SHEET), true);
            workbook.setActiveSheet(WORKSHEET_POSITION);
            workbook.setSelectedTab(WORKSHEET_POSITION);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void instructions(Sheet sheet, Data data, String worksheetName, String levelsName, Texts texts,
            Styles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        MaturityModel model = data.model();
        int row = 0;
        cell(sheet.createRow(row++), 0, texts.format("maturity.worksheet.title", data.unitName()), styles.title);
        cell(sheet.createRow(row++), 0, model.name(), styles.wrapped);
        row++;
        String levelCodes = model.levels().stream().map(MaturityModel.Level::code).collect(Collectors.joining(", "));
        List<String> lines = new ArrayList<>(List.of(
                texts.format("maturity.sheet.instructions.1", worksheetName, levelCodes, levelsName),
                texts.format("maturity.sheet.instructions.2"), texts.format("maturity.sheet.instructions.3"),
                texts.format("maturity.sheet.instructions.4")));
        if (data.draft()) {
            lines.add(texts.format("maturity.sheet.instructions.draft"));
        }
        for (String line : lines) {
            cell(sheet.createRow(row++), 0, line, styles.wrapped);
        }
        // the model's own words: its description and its how-to steps, in the model's language
        if (model.description() != null) {
            row++;
            cell(sheet.createRow(row++), 0, model.description(), styles.wrapped);
        }
        if (!model.steps().isEmpty()) {
            row++;
            cell(sheet.createRow(row++), 0, model.guideTitle(), styles.bold);
            for (int i = 0; i < model.steps().size(); i++) {
                cell(sheet.createRow(row++), 0, (i + 1) + ". " + model.steps().get(i), styles.wrapped);
            }
        }
        sheet.protectSheet("");
    }

    private static void worksheet(Sheet sheet, Data data, Texts texts, Styles styles, List<String[]> keys) {
        MaturityModel model = data.model();
        WorksheetAnswers answers = data.answers();
        sheet.setColumnWidth(CODE, 14 * 256);
        sheet.setColumnWidth(LABEL, 30 * 256);
        sheet.setColumnWidth(TEXT, 60 * 256);
        sheet.setColumnWidth(TODAY, 16 * 256);
        sheet.setColumnWidth(TARGET, 16 * 256);
        sheet.setColumnWidth(5, 3 * 256);
        sheet.setColumnWidth(LEVEL_CODE, 7 * 256);
        sheet.setColumnWidth(LEVEL_NAME, 50 * 256);
        cell(sheet.createRow(0), 0, texts.format("maturity.worksheet.title", data.unitName()), styles.title);
        cell(sheet.createRow(1), 0, model.name(), styles.plain);

        Row dateRow = sheet.createRow(DATE_ROW);
        cell(dateRow, LABEL, texts.format("maturity.worksheet.date"), styles.bold);
        Cell date = dateRow.createCell(TEXT);
        date.setCellStyle(styles.date);
        if (answers.assessedOn() != null) {
            date.setCellValue(answers.assessedOn());
        }
        keys.add(new String[] {"date", reference(DATE_ROW, TEXT)});

        Row header = sheet.createRow(HEADER_ROW);
        cell(header, CODE, texts.format("maturity.sheet.column.code"), styles.header);
        cell(header, LABEL, texts.format("maturity.sheet.column.dimension"), styles.header);
        cell(header, TEXT, texts.format("maturity.sheet.column.overview"), styles.header);
        cell(header, TODAY, texts.format("maturity.step.today"), styles.header);
        cell(header, TARGET, texts.format("maturity.step.target"), styles.header);
        cell(header, LEVEL_CODE, texts.format("maturity.sheet.column.level"), styles.header);
        cell(header, LEVEL_NAME, model.scaleName() != null ? model.scaleName()
                : texts.format("maturity.sheet.column.level-name"), styles.header);

        int first = HEADER_ROW + 1;
        int rows = Math.max(model.dimensions().size(), model.levels().size());
        for (int i = 0; i < rows; i++) {
            Row row = sheet.createRow(first + i);
            if (i < model.dimensions().size()) {
                MaturityModel.Dimension dimension = model.dimensions().get(i);
                WorksheetAnswers.Choice choice = answers.choice(dimension.code());
                cell(row, CODE, dimension.code(), styles.locked);
                cell(row, LABEL, dimension.name(), styles.lockedWrapped);
                cell(row, TEXT, dimension.overview(), styles.lockedWrapped);
                level(row.createCell(TODAY), choice.today(), styles.open);
                level(row.createCell(TARGET), choice.target(), styles.open);
                keys.add(new String[] {"dimension", dimension.code(), reference(row.getRowNum(), TODAY),
                        reference(row.getRowNum(), TARGET)});
            }
            if (i < model.levels().size()) {
                MaturityModel.Level level = model.levels().get(i);
                cell(row, LEVEL_CODE, level.code(), styles.locked);
                cell(row, LEVEL_NAME, Stream.of(level.name(), level.summary())
                        .filter(text -> text != null && !text.isBlank()).collect(Collectors.joining(" ")),
                        styles.lockedWrapped);
            }
        }
        int lastDimension = first + model.dimensions().size() - 1;

        int row = first + rows + 1;
        Row ambitionTitle = sheet.createRow(row++);
        cell(ambitionTitle, LABEL, texts.format("maturity.ambition"), styles.header);
        // the model's notes other than its how-to ("Eesmärk", "Ambitsioon"), as on the form
        String notes = model.notes().stream().filter(note -> !note.title().equals(model.guideTitle()))
                .map(MaturityTemplate::note).collect(Collectors.joining("\n"));
        cell(ambitionTitle, TEXT, notes, styles.headerWrapped);
        Row ambition = sheet.createRow(row);
        ambition.setHeightInPoints(110);
        cell(ambition, TEXT, answers.ambition(), styles.openWrapped);
        keys.add(new String[] {"ambition", reference(row, TEXT)});
        row += 2;

        Row changesTitle = sheet.createRow(row++);
        cell(changesTitle, LABEL, texts.format("maturity.changes"), styles.header);
        cell(changesTitle, TEXT, texts.format("maturity.sheet.column.description"), styles.header);
        cell(changesTitle, OWNER, texts.format("maturity.change.owner"), styles.header);
        cell(changesTitle, DUE, texts.format("maturity.change.due"), styles.header);
        int firstChange = row;
        for (int n = 1; n <= MaturityService.MAX_CHANGES; n++, row++) {
            Row line = sheet.createRow(row);
            line.setHeightInPoints(45);
            WorksheetAnswers.Change change = n <= answers.changes().size() ? answers.changes().get(n - 1) : null;
            line.createCell(CODE).setCellValue(n);
            line.getCell(CODE).setCellStyle(styles.locked);
            cell(line, LABEL, texts.format(n <= 2 ? "maturity.change.label" : "maturity.change.label-optional", n),
                    styles.locked);
            cell(line, TEXT, change == null ? null : change.description(), styles.openWrapped);
            cell(line, OWNER, change == null ? null : change.owner(), styles.openWrapped);
            Cell due = line.createCell(DUE);
            due.setCellStyle(styles.date);
            if (change != null && change.dueOn() != null) {
                due.setCellValue(change.dueOn());
            }
            keys.add(new String[] {"change", String.valueOf(n), reference(row, TEXT), reference(row, OWNER),
                    reference(row, DUE)});
        }
        int lastChange = row - 1;

        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] codes = model.levels().stream().map(MaturityModel.Level::code).toArray(String[]::new);
        DataValidation levels = helper.createValidation(helper.createExplicitListConstraint(codes),
                new CellRangeAddressList(first, lastDimension, TODAY, TARGET));
        stop(levels, texts.format("maturity.sheet.invalid-level.title"),
                texts.format("maturity.sheet.invalid-level.message", String.join(", ", codes)));
        levels.setSuppressDropDownArrow(true);
        sheet.addValidationData(levels);
        DataValidationConstraint day = helper.createDateConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2999,12,31)", DATE_FORMAT);
        CellRangeAddressList dates = new CellRangeAddressList(DATE_ROW, DATE_ROW, TEXT, TEXT);
        dates.addCellRangeAddress(firstChange, DUE, lastChange, DUE);
        DataValidation dateValidation = helper.createValidation(day, dates);
        stop(dateValidation, texts.format("maturity.sheet.invalid-date.title"),
                texts.format("maturity.sheet.invalid-date.message"));
        sheet.addValidationData(dateValidation);
        sheet.createFreezePane(0, first);
        sheet.protectSheet("");
    }

    private static void levels(Sheet sheet, MaturityModel model, Texts texts, Styles styles) {
        int[] widths = {7, 22, 36, 70, 60, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row header = sheet.createRow(0);
        List<String> titles = List.of(texts.format("maturity.sheet.column.level"),
                texts.format("maturity.sheet.column.level-name"), texts.format("maturity.sheet.column.summary"),
                texts.format("maturity.sheet.column.description"), texts.format("maturity.sheet.column.practices"),
                texts.format("maturity.next-step"));
        for (int c = 0; c < titles.size(); c++) {
            cell(header, c, titles.get(c), styles.header);
        }
        for (int i = 0; i < model.levels().size(); i++) {
            MaturityModel.Level level = model.levels().get(i);
            Row row = sheet.createRow(i + 1);
            cell(row, 0, level.code(), styles.lockedWrapped);
            cell(row, 1, level.name(), styles.lockedWrapped);
            cell(row, 2, level.summary(), styles.lockedWrapped);
            cell(row, 3, level.description(), styles.lockedWrapped);
            cell(row, 4, level.practices().stream().map(practice -> "• " + practice)
                    .collect(Collectors.joining("\n")), styles.lockedWrapped);
            cell(row, 5, level.nextStep(), styles.lockedWrapped);
        }
        sheet.createFreezePane(0, 1);
        sheet.protectSheet("");
    }

    private static String note(FrameworkDefinition.Note note) {
        return note.text() == null ? note.title() : note.title() + ": " + note.text();
    }

    private static void stop(DataValidation validation, String title, String message) {
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(title, message);
    }

    /** A level code as the drop-down enters it: a number where the code is one, else text. */
    private static void level(Cell cell, String code, CellStyle style) {
        cell.setCellStyle(style);
        if (code == null) {
            return;
        }
        if (code.matches("\\d{1,9}")) {
            cell.setCellValue(Integer.parseInt(code));
        } else {
            cell.setCellValue(SpreadsheetText.exported(code));
        }
    }

    /** A text cell that is never taken for a formula (see SpreadsheetText); an empty one for no text. */
    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(SpreadsheetText.exported(text));
        }
    }

    static String reference(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static String name(String wanted, Set<String> taken) {
        String name = SpreadsheetText.sheetName(wanted, "Sheet", taken);
        taken.add(name);
        return name;
    }

    /** The few styles a template uses, created once per workbook. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle headerWrapped;
        final CellStyle locked;
        final CellStyle lockedWrapped;
        final CellStyle open;
        final CellStyle openWrapped;
        final CellStyle date;

        /** The shared look, with text at the top of its cell and open cells framed on every side. */
        Styles(SXSSFWorkbook workbook) {
            WorkbookStyles shared = new WorkbookStyles(workbook);
            title = shared.title;
            plain = workbook.createCellStyle();
            bold = workbook.createCellStyle();
            bold.setFont(workbook.getFontAt(shared.header.getFontIndex()));
            wrapped = atTop(shared.like(shared.wrapped));
            header = atTop(shared.like(shared.header));
            headerWrapped = shared.plainLike(header);
            headerWrapped.setWrapText(true);
            locked = atTop(shared.like(shared.locked));
            lockedWrapped = shared.like(locked);
            lockedWrapped.setWrapText(true);
            open = atTop(shared.like(shared.open));
            open.setBorderTop(BorderStyle.HAIR);
            open.setBorderLeft(BorderStyle.HAIR);
            openWrapped = shared.like(open);
            openWrapped.setWrapText(true);
            date = shared.like(open);
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        }

        private static CellStyle atTop(CellStyle style) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
