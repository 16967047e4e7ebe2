package org.skillboard.excel.read;

import org.apache.poi.ss.util.CellReference;

/**
 * A filled cell as the workbook stores it. Spreadsheet programs store the same entry in different ways (a
 * level typed as 3 is a number, pasted as "3" it is text, and a formula may compute it), so an importer
 * reads {@link #text()}, which is the same for all of them, and looks at {@link #kind()} only where the
 * difference matters.
 *
 * @param column the column, from 0 (A)
 * @param kind what the cell holds; for a formula, what its stored result is
 * @param text the value as an importer compares it: a text exactly as typed (not trimmed, case kept); a
 *     number without exponent, trailing zeros or binary noise ({@code 3}, {@code 3.0} and {@code "3"} all
 *     give {@code 3}; {@code 0.30000000000000004} gives {@code 0.3}, to Excel's 15 significant digits); a
 *     date as {@code 2026-03-15}, {@code 2026-03-15T14:30} with a time of day, {@code 14:30} for a time
 *     alone; {@code TRUE} or {@code FALSE}; an error as Excel shows it ({@code #N/A})
 * @param raw the value as stored in the file: the number as written ({@code 3.0}, {@code 1E-3}), a date's
 *     serial number, {@code 1} or {@code 0} for a truth value; for texts the same as {@link #text()}
 * @param formula whether the cell holds a formula; its value is the result the spreadsheet program stored
 */
public record SheetCell(int column, Kind kind, String text, String raw, boolean formula) {

    /** What a cell holds. */
    public enum Kind {
        TEXT, NUMBER,
        /** A number shown with a date or time format. */
        DATE,
        BOOLEAN,
        /** A formula whose result is an error such as {@code #N/A}. */
        ERROR
    }

    /** The column's letters, such as {@code B}. */
    public String columnName() {
        return CellReference.convertNumToColString(column);
    }
}
