package org.skillboard.excel.read;

import java.io.IOException;
import org.xml.sax.SAXException;

/**
 * Turns whatever stopped a read into the refusal the user sees. A refusal raised inside a SAX callback or
 * an input stream travels as the exception type that callback or stream may throw, and is unwrapped here.
 */
final class Refusals {

    /** Enough for any real chain of causes, and an end to a chain that loops. */
    private static final int MAX_CAUSES = 20;

    private Refusals() {
    }

    /** A refusal from a SAX callback. */
    static final class Stop extends SAXException {

        final SpreadsheetRefusal refusal;

        Stop(SpreadsheetRefusal refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** A refusal from an input stream. */
    static final class Unpack extends IOException {

        final SpreadsheetRefusal refusal;

        Unpack(SpreadsheetRefusal refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** The refusal that stopped the read, or {@code spreadsheet.error.damaged} for anything else. */
    static SpreadsheetRefusal of(Throwable problem) {
        Throwable cause = problem;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SpreadsheetRefusal refusal) {
                return refusal;
            }
            if (cause instanceof Stop stop) {
                return stop.refusal;
            }
            if (cause instanceof Unpack unpack) {
                return unpack.refusal;
            }
        }
        return new SpreadsheetRefusal("spreadsheet.error.damaged").because(problem);
    }
}
