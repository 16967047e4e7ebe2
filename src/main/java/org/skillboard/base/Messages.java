package org.skillboard.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Puts arguments into a translated text: an ICU message pattern, so that a count takes the language's own plural
 * form ({@code {0, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}}) and numbers and dates are
 * written the language's way. The UI, the English of refusals and the workbooks all format with this one method.
 */
public final class Messages {

    private Messages() {
    }

    /**
     * The pattern with the arguments put in, by the rules of the locale's language. A day ({@link LocalDate}) is
     * written as the reader writes dates ("01/12/2026"), neither as ISO text nor, as ICU would, with a time of day.
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        Object[] shown = arguments.clone();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = days.format(day);
            }
        }
        return new MessageFormat(pattern, rules(locale)).format(shown);
    }

    /**
     * An average on a level scale as the reader writes numbers, always with one decimal: "3,0" in Portuguese,
     * "3.0" in English, so that averages line up and read as averages.
     */
    public static String average(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Our Portuguese is Portugal's, where 0 takes the plural ("0 pessoas"), unlike Brazil's "0 pessoa". */
    private static ULocale rules(Locale locale) {
        return locale.getLanguage().equals("pt") && locale.getCountry().isEmpty() ? new ULocale("pt_PT")
                : ULocale.forLocale(locale);
    }
}
