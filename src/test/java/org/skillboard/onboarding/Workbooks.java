package org.skillboard.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Onboarding workbooks for tests, written with POI as a spreadsheet program would: a new one sheet by
 * sheet, or the downloaded template filled in. A cell is text, a number, {@link Formula} or empty.
 */
public final class Workbooks {

    /** A cell holding a formula. */
    public record Formula(String formula) {
    }

    private final XSSFWorkbook workbook;

    private Workbooks(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static Workbooks create() {
        return new Workbooks(new XSSFWorkbook());
    }

    /** The template as downloaded, to fill in. */
    public static Workbooks fill(byte[] template) {
        try {
            return new Workbooks(new XSSFWorkbook(new ByteArrayInputStream(template)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new sheet with these rows from the first. */
    public Workbooks sheet(String name, Object[]... rows) {
        write(workbook.createSheet(name), 0, rows);
        return this;
    }

    /** Rows below the header of the sheet at this position (as the template orders them). */
    public Workbooks rowsOf(int sheet, Object[]... rows) {
        write(workbook.getSheetAt(sheet), 1, rows);
        return this;
    }

    public String sheetName(int sheet) {
        return workbook.getSheetName(sheet);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // a spreadsheet program stores each formula's result with it
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    private static void write(Sheet sheet, int first, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(first + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof Formula formula) {
                    row.createCell(c).setCellFormula(formula.formula());
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null && !value.toString().isEmpty()) {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }
}
