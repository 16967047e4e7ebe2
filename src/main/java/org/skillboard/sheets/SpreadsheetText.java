package org.skillboard.sheets;

/**
 * Text written into a sheet cell so that it stays text: a value that starts with
 * {@code = + - @}, a tab or a line break would be taken as a formula by some spreadsheet
 * programs, so it gets a leading apostrophe. Texts are cut at the 32,767 characters a cell holds.
 */
final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r\n";
    private static final int MAX = 32_767;

    private SpreadsheetText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String safe = FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.length() > MAX ? safe.substring(0, MAX) : safe;
    }
}
