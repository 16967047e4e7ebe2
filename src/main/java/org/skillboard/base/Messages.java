package org.skillboard.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Puts arguments into a translated text: an ICU message pattern, so that a count takes the language's own plural
 * form ({@code {0, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}}) and numbers and dates are
 * written the language's way. The UI, the English of refusals and the workbooks all format with this one method.
 */
public final class Messages {

    private Messages() {
    }

    /** The pattern with the arguments put in, by the rules of the locale's language. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, rules(locale)).format(arguments);
    }

    /** Our Portuguese is Portugal's, where 0 takes the plural ("0 pessoas"), unlike Brazil's "0 pessoa". */
    private static ULocale rules(Locale locale) {
        return locale.getLanguage().equals("pt") && locale.getCountry().isEmpty() ? new ULocale("pt_PT")
                : ULocale.forLocale(locale);
    }
}
