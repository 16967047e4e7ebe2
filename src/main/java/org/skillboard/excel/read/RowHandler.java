package org.skillboard.excel.read;

import java.util.List;

/**
 * Receives an uploaded workbook's worksheets one after another, in the workbook's order, and the filled
 * rows of each. It is called only once the whole workbook has been checked: a refused file never reaches
 * it.
 */
@FunctionalInterface
public interface RowHandler {

    /**
     * Called once, before any row: every worksheet of the workbook in its order (hidden ones included),
     * and how many filled rows they have in all, so that a handler can choose what to read and report
     * progress.
     */
    default void startWorkbook(List<SheetInfo> sheets, long rows) {
    }

    default void startSheet(SheetInfo sheet) {
    }

    void row(SheetInfo sheet, SheetRow row);

    default void endSheet(SheetInfo sheet) {
    }
}
