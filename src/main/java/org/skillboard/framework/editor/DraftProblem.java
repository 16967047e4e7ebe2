package org.skillboard.framework.editor;

import org.skillboard.base.Message;

/**
 * One thing in a draft the loader would refuse.
 *
 * @param field the field's path in the framework file ({@code items[2].levels.G}), for the editor to show the
 *     problem next to the field
 * @param where the field in words ("the level G of the item “Escuta”"); {@code null} for the framework as a whole
 * @param what what is wrong
 */
public record DraftProblem(String field, Message where, Message what) {

    /** The index of the item the problem is in, or -1. */
    public int itemIndex() {
        return indexIn("items[");
    }

    /** The index of the scale level the problem is in, or -1. */
    public int levelIndex() {
        return indexIn("scale.levels[");
    }

    private int indexIn(String prefix) {
        if (field == null || !field.startsWith(prefix)) {
            return -1;
        }
        int end = field.indexOf(']', prefix.length());
        return end < 0 ? -1 : Integer.parseInt(field.substring(prefix.length(), end));
    }
}
