package org.skillboard.base.yaml;

import org.skillboard.base.Message;

/**
 * One thing wrong in a file, with where it is. {@code file}, {@code line} and {@code field} (the field's
 * path, {@code items[0].levels.G}, or a workbook's cell, {@code Descriptions!B7}) are for logs and tests;
 * the user reads {@code where} and {@code what}, in her language: "Line 19, the level G of the item
 * “Responsabilidade”: …".
 */
public record YamlProblem(String file, int line, String field, Message where, Message what) {

    /** A problem only operators read (the tenant files' own checks), in English. */
    public YamlProblem(String file, int line, String field, String message) {
        this(file, line, field, Message.of("yaml.where.line", line), Message.literal(message));
    }

    /** What is wrong, in English. */
    public String message() {
        return what.english();
    }

    /** Where and what, in the translator's language. */
    public String in(Message.Translator translator) {
        return where.in(translator) + ": " + what.in(translator);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message();
    }
}
