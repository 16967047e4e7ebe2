package org.skillboard.base.ui;

import java.util.List;
import java.util.Locale;

/** The UI languages: English, Portuguese, Polish, Spanish and Estonian. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.of("pt"), Locale.of("pl"),
            Locale.of("es"), Locale.of("et"));

    private SupportedLocales() {
    }

    /** The supported language of the given locale ("pt-PT" gives Portuguese), else English. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return ALL.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
