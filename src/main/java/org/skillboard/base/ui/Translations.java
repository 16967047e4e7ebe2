package org.skillboard.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.Locale;
import org.skillboard.base.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}. The languages are
 * named explicitly, English first, so that a browser asking for a language we do
 * not have gets English. Texts with arguments are ICU message patterns, so that a
 * count takes each language's own plural form ({@code {0, plural, one {# pessoa}
 * other {# pessoas}}}: Polish has one, few and many, Estonian one and other).
 */
@Configuration(proxyBeanMethods = false)
class Translations {

    @Bean
    DefaultI18NProvider i18nProvider() {
        return new IcuProvider();
    }

    /** Finds the texts as Vaadin's provider does; formats them with ICU instead of {@code java.text}. */
    static final class IcuProvider extends DefaultI18NProvider {

        IcuProvider() {
            super(SupportedLocales.ALL);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            // without arguments the provider returns the text as it is (or "!xx: key" when it is missing)
            String pattern = super.getTranslation(key, locale);
            return params.length == 0 ? pattern : Messages.format(pattern, locale, params);
        }
    }
}
