package org.skillboard.excel;

import java.util.Locale;
import java.util.function.Function;
import org.skillboard.base.Messages;

/**
 * The user's texts, as the view translates them, for code outside the UI that writes what a reader sees: the
 * sheets of a workbook, the heatmap's JSON. A view passes its own translation ({@code this::getTranslation}).
 */
@FunctionalInterface
public interface Texts {

    /** The key's text in the reader's language, the arguments put in; with no arguments, the text as it is. */
    String format(String key, Object... arguments);

    /** The key's text as it is, without arguments. */
    default String apply(String key) {
        return format(key);
    }

    /** The reader's language, for the numbers written next to the texts. */
    default Locale locale() {
        return Locale.ENGLISH;
    }

    /** Texts from a lookup of plain English texts; see {@link #of(Function, Locale)}. */
    static Texts of(Function<String, String> lookup) {
        return of(lookup, Locale.ENGLISH);
    }

    /**
     * Texts from a lookup of plain texts in the given language, for a caller that has no formatting translation at
     * hand (an export made for a locale other than the page's): the arguments are put in by {@link Messages}, with
     * that language's plural forms and numbers.
     */
    static Texts of(Function<String, String> lookup, Locale locale) {
        return new Texts() {
            @Override
            public String format(String key, Object... arguments) {
                return arguments.length == 0 ? lookup.apply(key) : Messages.format(lookup.apply(key), locale, arguments);
            }

            @Override
            public String apply(String key) {
                return lookup.apply(key);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
