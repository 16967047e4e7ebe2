package org.skillboard.sheets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.base.SpreadsheetText;
import org.skillboard.spreadsheet.RowHandler;
import org.skillboard.spreadsheet.SheetInfo;
import org.skillboard.spreadsheet.SheetRow;

/**
 * Reads the long format, one row per assessment, from whichever visible sheets have its
 * header row (person, item and level at least; columns in any order, extra columns
 * ignored, rows above the header skipped as titles). What each row says is kept as text
 * with its cells; checking it against the tenant is {@link AssessmentUploads}' job.
 */
final class LongSheet implements RowHandler {

    private static final String FORMULA_STARTS = "=+-@\t\r\n" + SpreadsheetText.TEXT_MARK;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    /** One row of the sheet as written, with where each value stands. */
    record Line(String sheet, int row, Map<SheetColumns, String> values, Map<SheetColumns, String> cells) {

        String value(SheetColumns column) {
            return values.get(column);
        }

        String cell(SheetColumns column) {
            String cell = cells.get(column);
            return cell == null ? String.valueOf(row) : cell;
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private Map<SheetColumns, Integer> header;
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
            anyHeader |= header != null;
            return;
        }
        Map<SheetColumns, String> values = new EnumMap<>(SheetColumns.class);
        Map<SheetColumns, String> cells = new EnumMap<>(SheetColumns.class);
        header.forEach((column, index) -> {
            String text = row.text(index);
            if (text != null && !text.isBlank()) {
                values.put(column, unmarked(text.strip()));
            }
            cells.put(column, row.reference(index));
        });
        if (!values.isEmpty()) {
            lines.add(new Line(sheet.name(), row.number(), values, cells));
        }
    }

    /** The columns of a header row, or {@code null} when the row is not one. */
    private static Map<SheetColumns, Integer> header(SheetRow row) {
        Map<SheetColumns, Integer> found = new EnumMap<>(SheetColumns.class);
        row.cells().forEach(cell -> {
            SheetColumns column = SheetColumns.named(cell.text());
            if (column != null) {
                found.putIfAbsent(column, cell.column());
            }
        });
        boolean complete = found.containsKey(SheetColumns.PERSON) && found.containsKey(SheetColumns.ITEM)
                && found.containsKey(SheetColumns.LEVEL);
        return complete ? found : null;
    }

    /**
     * The text without the quote an export put before it so that it would not run as a
     * formula (see SpreadsheetText.marked): exactly one, and only before what it protects.
     */
    static String unmarked(String text) {
        boolean marked = text.length() > 1 && text.charAt(0) == SpreadsheetText.TEXT_MARK
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0;
        return marked ? text.substring(1) : text;
    }

    static AssessmentKind kind(String text) {
        return SheetColumns.kind(text);
    }

    /** A date as spreadsheets hand it over (ISO from a date cell) or as people type it; {@code null} if not one. */
    static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text,
                        format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
