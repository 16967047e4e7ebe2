package org.skillboard.assessment.sheets;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.skillboard.assessment.AssessmentKind;

/**
 * The columns of the long format (one row per assessment) and the words that name them:
 * the column's key ({@code person}, {@code level} ...) or its header in any of the app's
 * languages, in any case, with or without accents and stray spaces; likewise the kinds
 * (self, manager, peer). Users rename and translate headers; the importer still finds them.
 */
enum SheetColumns {
    PERSON("person"),
    FRAMEWORK("framework"),
    ITEM("item"),
    LEVEL("level"),
    KIND("kind"),
    DATE("date"),
    EVIDENCE("evidence");

    static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.of("pt"), Locale.of("pl"), Locale.of("es"),
            Locale.of("et"));
    private static final String TEXTS = "vaadin-i18n.translations";
    private static final Map<String, SheetColumns> BY_NAME = new HashMap<>();
    private static final Map<String, AssessmentKind> KINDS = new HashMap<>();

    static {
        for (SheetColumns column : values()) {
            BY_NAME.put(plain(column.key), column);
            for (Locale language : LANGUAGES) {
                text(language, column.headerKey()).ifPresent(text -> BY_NAME.put(plain(text), column));
            }
        }
        for (AssessmentKind kind : AssessmentKind.values()) {
            String key = kind.name().toLowerCase(Locale.ROOT);
            KINDS.put(key, kind);
            for (Locale language : LANGUAGES) {
                text(language, "assessment.kind." + key).ifPresent(text -> KINDS.put(plain(text), kind));
            }
        }
    }

    private final String key;

    SheetColumns(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** The translation key of the column's header, as templates and exports write it. */
    String headerKey() {
        return "sheets.column." + key;
    }

    static SheetColumns named(String header) {
        return header == null ? null : BY_NAME.get(plain(header));
    }

    static AssessmentKind kind(String text) {
        return text == null ? null : KINDS.get(plain(text));
    }

    /** Lower case, without accents and with single spaces: how headers and kinds are compared. */
    static String plain(String text) {
        String bare = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static java.util.Optional<String> text(Locale language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(TEXTS, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return java.util.Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
