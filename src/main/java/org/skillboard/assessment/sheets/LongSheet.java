package org.skillboard.assessment.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetCell;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SheetRow;
import org.skillboard.excel.read.SheetValues;

/**
 * Reads the long format, one row per assessment, from whichever visible sheets have its
 * header row (person, item and level at least; columns in any order, extra columns
 * ignored, rows above the header skipped as titles). What each row says is kept as text
 * with its cells; checking it against the tenant is {@link AssessmentUploads}' job.
 */
final class LongSheet implements RowHandler {

    /**
     * One row of the sheet as written: its values by column ({@code null} where empty) and
     * where each value stands. Kept small, as a sheet may hold 100,000 of them.
     */
    record Line(String sheet, int row, String[] values, Cells cells) {

        String value(SheetColumns column) {
            return values[column.ordinal()];
        }

        String cell(SheetColumns column) {
            String cell = cells.of(column, row);
            return cell == null ? String.valueOf(row) : cell;
        }
    }

    /** Where a line's values stand: the cell of a column in a row, or {@code null} if the sheet has no such column. */
    @FunctionalInterface
    interface Cells {
        String of(SheetColumns column, int row);
    }

    private final List<Line> lines = new ArrayList<>();
    // the same few texts (frameworks, skills, levels, kinds, dates) again and again: kept once each
    private final Map<String, String> texts = new HashMap<>();
    private int[] header;
    private Cells cells;
    private boolean anyHeader;

    List<Line> lines() {
        return lines;
    }

    boolean foundHeader() {
        return anyHeader;
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        header = null;
    }

    @Override
    public void row(SheetInfo sheet, SheetRow row) {
        if (sheet.hidden()) {
            return;
        }
        if (header == null) {
            header = header(row);
            if (header != null) {
                anyHeader = true;
                int[] columns = header;
                cells = (column, number) -> columns[column.ordinal()] < 0 ? null
                        : CellReference.convertNumToColString(columns[column.ordinal()]) + number;
            }
            return;
        }
        String[] values = new String[header.length];
        boolean any = false;
        for (SheetCell cell : row.cells()) {
            for (int column = 0; column < header.length; column++) {
                if (header[column] == cell.column() && !cell.text().isBlank()) {
                    String value = unmarked(cell.text().strip());
                    values[column] = column == SheetColumns.EVIDENCE.ordinal() || column == SheetColumns.PERSON.ordinal()
                            ? value : texts.computeIfAbsent(value, text -> text);
                    any = true;
                }
            }
        }
        if (any) {
            lines.add(new Line(sheet.name(), row.number(), values, cells));
        }
    }

    /** The column of each of the long format's columns in a header row (-1 where missing), or {@code null}. */
    private static int[] header(SheetRow row) {
        int[] found = new int[SheetColumns.values().length];
        Arrays.fill(found, -1);
        row.cells().forEach(cell -> {
            SheetColumns column = SheetColumns.named(cell.text());
            if (column != null && found[column.ordinal()] < 0) {
                found[column.ordinal()] = cell.column();
            }
        });
        boolean complete = found[SheetColumns.PERSON.ordinal()] >= 0 && found[SheetColumns.ITEM.ordinal()] >= 0
                && found[SheetColumns.LEVEL.ordinal()] >= 0;
        return complete ? found : null;
    }

    static String unmarked(String text) {
        return SheetValues.unmarked(text);
    }

    static AssessmentKind kind(String text) {
        return SheetColumns.kind(text);
    }

    static LocalDate date(String text) {
        return SheetValues.date(text);
    }
}
