package org.skillboard.maturity;

import java.util.List;

/**
 * A rule of the maturity worksheet that some answers break, with the answer it is about, so
 * that whatever holds the answers (the form, an uploaded sheet) can point at it. The message
 * is a translation key with its arguments.
 *
 * @param dimension the dimension's code, for {@link Answer#TODAY} and {@link Answer#TARGET}; else {@code null}
 * @param change the critical change's number, from 1, for the {@code CHANGE_} answers; else 0
 */
public record WorksheetProblem(Answer answer, String dimension, int change, String messageKey,
        List<Object> arguments) {

    /** The answers of the worksheet a problem can be about. */
    public enum Answer {
        DATE, TODAY, TARGET, AMBITION, CHANGES, CHANGE_DESCRIPTION, CHANGE_OWNER, CHANGE_DUE
    }

    public WorksheetProblem {
        arguments = List.copyOf(arguments);
    }

    static WorksheetProblem of(Answer answer, String messageKey, Object... arguments) {
        return new WorksheetProblem(answer, null, 0, messageKey, List.of(arguments));
    }

    static WorksheetProblem ofDimension(Answer answer, String dimension, String messageKey, Object... arguments) {
        return new WorksheetProblem(answer, dimension, 0, messageKey, List.of(arguments));
    }

    static WorksheetProblem ofChange(Answer answer, int change, String messageKey, Object... arguments) {
        return new WorksheetProblem(answer, null, change, messageKey, List.of(arguments));
    }
}
