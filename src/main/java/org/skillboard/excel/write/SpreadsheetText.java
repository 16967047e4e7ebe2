package org.skillboard.excel.write;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Texts as the workbooks we write put them in cells, whatever the feature. Every text is a text cell, never a
 * formula; a text a spreadsheet could still take for a formula when the cell is edited or the sheet saved as
 * CSV (it starts with {@code = + - @}, a tab or a line break) is written after a single quote, and so is a
 * text that itself starts with a quote, so that reading removes exactly one leading quote and gets every
 * text back. What XML cannot hold, and what Excel would decode as one of its {@code _xHHHH_} escapes, is
 * written escaped. Excel's limits are named here, once.
 */
public final class SpreadsheetText {

    /** Excel's limit on the text of one cell. */
    public static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Excel's limit on the rows of one sheet. */
    public static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Excel's limit on the columns of one sheet. */
    public static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    /** Excel's limit on the length of a sheet's name. */
    public static final int MAX_SHEET_NAME = 31;

    /** Ends a text cut to fit a cell, so that a reader sees something is missing. */
    public static final String CUT_MARK = "[…]";

    /** Written before a text that must not be taken for a formula; removed again on reading. */
    public static final char TEXT_MARK = '\'';

    private static final String MARKED_STARTS = "=+-@\t\r\n" + TEXT_MARK;

    /** A text that reading would take for one of Excel's {@code _xHHHH_} character escapes. */
    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("_x[0-9A-Fa-f]{4}_");

    /** Characters XML 1.0 cannot hold; SXSSF would write them as question marks. */
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    /** Characters Excel refuses in a sheet's name. */
    private static final Pattern NOT_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\\\x00-\\x1F]");

    private SpreadsheetText() {
    }

    /** The text after a quote if it starts like a formula or with a quote itself. */
    public static String marked(String text) {
        return !text.isEmpty() && MARKED_STARTS.indexOf(text.charAt(0)) >= 0 ? TEXT_MARK + text : text;
    }

    /**
     * The text in the cell's XML: what the XML cannot hold, and what already looks like such an escape,
     * written as Excel's {@code _xHHHH_} escapes, which POI and Excel decode on reading.
     */
    public static String escaped(String text) {
        if (plain(text)) {
            return text;
        }
        String lookalikesEscaped = ESCAPE_LOOKALIKE.matcher(text).replaceAll("_x005F$0");
        return NOT_IN_XML.matcher(lookalikesEscaped)
                .replaceAll(match -> String.format(Locale.ROOT, "_x%04X_", (int) match.group().charAt(0)));
    }

    /**
     * The text as an export writes it: {@link #marked}, {@link #escaped}, and if it would not fit in a cell,
     * cut and ended with {@link #CUT_MARK}. Exports never refuse a long text; they shorten it visibly.
     */
    public static String exported(String text) {
        String marked = marked(text);
        String written = escaped(marked);
        if (written.length() <= MAX_CELL_TEXT) {
            return written;
        }
        // the longest start of the text that fits with the mark once escaped (escapes only ever lengthen it)
        int room = MAX_CELL_TEXT - CUT_MARK.length();
        int fits = 0;
        int tooLong = marked.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (escaped(prefix(marked, middle)).length() <= room) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return escaped(prefix(marked, fits)) + CUT_MARK;
    }

    /** The first characters of a text, one fewer if the last would be half of a surrogate pair. */
    private static String prefix(String text, int length) {
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    /**
     * A sheet name Excel accepts, different from those already taken (compared as Excel does, ignoring case):
     * without {@code [ ] : * ? / \}, not starting or ending with a quote, at most {@value #MAX_SHEET_NAME}
     * characters, and not blank ({@code fallback} then).
     */
    public static String sheetName(String wanted, String fallback, Set<String> taken) {
        String name = NOT_IN_SHEET_NAME.matcher(wanted == null ? "" : wanted).replaceAll(" ").strip();
        while (name.startsWith("'") || name.endsWith("'")) {
            name = (name.startsWith("'") ? name.substring(1) : name.substring(0, name.length() - 1)).strip();
        }
        if (name.isEmpty()) {
            name = fallback;
        }
        name = shortened(name, MAX_SHEET_NAME).strip();
        String candidate = name;
        for (int n = 2; contains(taken, candidate); n++) {
            String suffix = " (" + n + ")";
            candidate = shortened(name, MAX_SHEET_NAME - suffix.length()).strip() + suffix;
        }
        return candidate;
    }

    /** Nothing to escape: no underscore, nothing XML cannot hold (the common case, checked without a regex). */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : prefix(text, length);
    }

    private static boolean contains(Set<String> taken, String candidate) {
        return taken.stream().anyMatch(name -> name.equalsIgnoreCase(candidate));
    }
}
