package org.skillboard.excel.read;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * A row with at least one filled cell; blank rows are not reported, so row numbers may jump.
 *
 * @param number the row number the user sees, from 1
 * @param cells the filled cells, by column, left to right
 */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in the column (from 0), or {@code null} if it is empty. */
    public SheetCell cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    /** The text of the cell in the column (see {@link SheetCell#text()}), or {@code null} if it is empty. */
    public String text(int column) {
        SheetCell cell = cell(column);
        return cell == null ? null : cell.text();
    }

    /** Where a cell of this row is, as the user reads it: {@code C12}. */
    public String reference(int column) {
        return CellReference.convertNumToColString(column) + number;
    }
}
