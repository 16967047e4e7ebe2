package org.skillboard.framework.sheets;

import java.util.SortedMap;
import org.skillboard.excel.write.SpreadsheetText;

/** A row as the sheet holds it: its 1-based number and its non-empty cells by column index. */
record SheetRow(int number, SortedMap<Integer, String> cells) {

    boolean blank() {
        return cells.values().stream().allMatch(cell -> unmarked(cell) == null);
    }

    /**
     * The text of a cell as read: exactly one leading quote removed, if there is one; otherwise trimmed, as
     * texts in a framework file are. {@code null} for an empty cell.
     */
    static String unmarked(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String text = cell.charAt(0) == SpreadsheetText.TEXT_MARK ? cell.substring(1) : cell.strip();
        return text.isEmpty() ? null : text;
    }
}
