package org.skillboard.assessment;

import java.util.List;

/**
 * What storing one imported assessment would do: add a first level of its kind (NEW), a
 * different level than the one current on that day (CHANGED), or nothing, because that
 * level is already current or the same assessment is already stored (UNCHANGED); or why
 * it cannot be stored ({@code problemKey} and its arguments, a translation key).
 *
 * @param previousLevel the level current on that day before the import, if any
 */
public record ImportCheck(Status status, String previousLevel, String problemKey, List<Object> problemArguments) {

    public enum Status {
        NEW,
        CHANGED,
        UNCHANGED
    }

    static ImportCheck problem(String key, Object... arguments) {
        return new ImportCheck(null, null, key, List.of(arguments));
    }

    public boolean ok() {
        return problemKey == null;
    }

    /** Whether importing stores something for this row. */
    public boolean stores() {
        return status == Status.NEW || status == Status.CHANGED;
    }
}
