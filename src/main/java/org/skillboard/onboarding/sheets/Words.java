package org.skillboard.onboarding.sheets;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Words of the workbook (sheet names, headers, roles, yes and no) in every language the app speaks, compared
 * without case, accents or stray spaces: people rename and translate what the template wrote.
 */
final class Words {

    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.of("pt"), Locale.of("pl"),
            Locale.of("es"), Locale.of("et"));
    private static final String TEXTS = "vaadin-i18n.translations";
    private static final Map<String, Set<String>> BY_KEY = new HashMap<>();

    private Words() {
    }

    /** Whether the text is the word itself or the translation key's text in any language. */
    static boolean means(String text, String word, String translationKey) {
        if (text == null) {
            return false;
        }
        String plain = plain(text);
        return plain.equals(plain(word)) || spellings(translationKey).contains(plain);
    }

    static String plain(String text) {
        String bare = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static synchronized Set<String> spellings(String translationKey) {
        return BY_KEY.computeIfAbsent(translationKey, key -> {
            Set<String> all = new HashSet<>();
            for (Locale language : LANGUAGES) {
                try {
                    all.add(plain(ResourceBundle.getBundle(TEXTS, language,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                            .getString(key)));
                } catch (MissingResourceException e) {
                    // a language without the text: the others still count
                }
            }
            return Set.copyOf(all);
        });
    }
}
