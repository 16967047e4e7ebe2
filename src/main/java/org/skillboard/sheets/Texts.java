package org.skillboard.sheets;

/** The user's texts, as the view translates them, for what a sheet says to its reader. */
@FunctionalInterface
public interface Texts {

    String format(String key, Object... arguments);
}
