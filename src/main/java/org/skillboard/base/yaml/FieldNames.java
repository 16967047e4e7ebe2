package org.skillboard.base.yaml;

import java.util.List;
import org.skillboard.base.Message;

/**
 * The fields of the framework format named in the reader's words ("tasemed" for {@code levels}), so that a
 * problem said in Estonian does not name a field in English; any other field keeps its name as written. English
 * names each field as the file spells it, which is also what the tenant files' (English) log needs.
 */
public final class FieldNames {

    /** Every field of docs/framework-format.md; each has a translation {@code yaml.field.<name>}. */
    public static final List<String> IN_WORDS = List.of("id", "family", "name", "language", "kind", "version",
            "source", "licence", "description", "item-label", "notes", "scale", "levels", "categories", "items",
            "code", "category", "overview", "guidance", "activities-intro", "activities", "change",
            "guidance-change", "origin", "text", "title", "summary", "practices", "next-step");

    private FieldNames() {
    }

    /** The field as a message argument: in words when the format names it, else as written. */
    public static Object shown(String field) {
        return IN_WORDS.contains(field) ? Message.of("yaml.field." + field) : field;
    }
}
