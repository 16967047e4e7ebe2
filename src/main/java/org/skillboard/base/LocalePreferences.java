package org.skillboard.base;

import java.util.Locale;

/** Remembers the language the signed-in user picked. */
public interface LocalePreferences {

    void changeMyLocale(Locale locale);
}
