package org.skillboard.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}. The languages are
 * named explicitly, English first, so that a browser asking for a language we do
 * not have gets English.
 */
@Configuration(proxyBeanMethods = false)
class Translations {

    @Bean
    DefaultI18NProvider i18nProvider() {
        return new DefaultI18NProvider(SupportedLocales.ALL);
    }
}
