package org.skillboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/** Lets a user pick the UI language; the page reloads in the new language. */
public final class LanguageSelect extends Select<Locale> {

    LanguageSelect(Consumer<Locale> remember) {
        setItems(SupportedLocales.ALL);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setValue(SupportedLocales.closest(UI.getCurrent().getLocale()));
        setWidth("9rem");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Locale chosen = event.getValue();
                remember.accept(chosen);
                VaadinSession.getCurrent().setLocale(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** A language switch for the sign-in page, where there is nobody to remember it for. */
    public static LanguageSelect forSignIn() {
        return new LanguageSelect(locale -> { });
    }
}
