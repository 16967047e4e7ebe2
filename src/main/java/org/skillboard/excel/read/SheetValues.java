package org.skillboard.excel.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.skillboard.excel.write.SpreadsheetText;

/** How every upload reads the texts and dates of its cells, whatever sheet they come from. */
public final class SheetValues {

    private static final String FORMULA_STARTS = "=+-@\t\r\n" + SpreadsheetText.TEXT_MARK;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    private SheetValues() {
    }

    /**
     * The text without the quote an export put before it so that it would not run as a
     * formula (see SpreadsheetText.marked): exactly one, and only before what it protects.
     */
    public static String unmarked(String text) {
        boolean marked = text.length() > 1 && text.charAt(0) == SpreadsheetText.TEXT_MARK
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0;
        return marked ? text.substring(1) : text;
    }

    /** A date as spreadsheets hand it over (ISO from a date cell) or as people type it; {@code null} if not one. */
    public static LocalDate date(String text) {
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
