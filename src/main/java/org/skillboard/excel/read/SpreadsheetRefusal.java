package org.skillboard.excel.read;

import org.skillboard.base.UserFacingException;

/**
 * An uploaded file that is not read: not an .xlsx workbook, hostile, damaged or beyond a limit. Its
 * message key names the reason, its arguments the details (a sheet, a limit), and nothing of the file has
 * been handed to the importer by then, so nothing is stored.
 *
 * <p>Every refusal is created with its key written out as a string literal, so that TranslationsTest
 * finds each key and checks that every language has it.
 */
public class SpreadsheetRefusal extends UserFacingException {

    SpreadsheetRefusal(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Keeps what POI or the XML parser reported, for the log; the user sees only the message. */
    SpreadsheetRefusal because(Throwable cause) {
        if (cause != null && getCause() == null) {
            initCause(cause);
        }
        return this;
    }
}
