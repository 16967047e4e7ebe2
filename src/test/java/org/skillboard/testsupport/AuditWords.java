package org.skillboard.testsupport;

import java.util.Locale;
import java.util.ResourceBundle;
import org.skillboard.audit.AuditTexts;

/** An audit text as a reader sees it in a language: its {@code #{key}} words translated. */
public final class AuditWords {

    private AuditWords() {
    }

    public static String english(String stored) {
        return in(Locale.ROOT, stored);
    }

    public static String in(Locale locale, String stored) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        return new AuditTexts(texts::getString).text(stored);
    }
}
