package org.skillboard.spreadsheet;

/**
 * Receives an uploaded workbook's worksheets one after another, in the workbook's order, and the filled
 * rows of each. It is called only once the whole workbook has been checked: a refused file never reaches
 * it.
 */
@FunctionalInterface
public interface RowHandler {

    default void startSheet(SheetInfo sheet) {
    }

    void row(SheetInfo sheet, SheetRow row);

    default void endSheet(SheetInfo sheet) {
    }
}
