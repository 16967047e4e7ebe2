package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillboard.base.ui.SupportedLocales;

/**
 * The language a framework is written in: one of the app's five, or any other typed as a language tag
 * ({@code fr}, {@code de-AT}), shown by its name in the reader's language.
 */
final class LanguageField extends ComboBox<Locale> {

    LanguageField(String id, Locale value) {
        super();
        setId(id);
        setLabel(getTranslation("framework-editor.language"));
        setHelperText(getTranslation("framework-editor.language.help"));
        setAllowCustomValue(true);
        setItemLabelGenerator(locale -> name(locale, getLocale()));
        List<Locale> languages = new ArrayList<>(SupportedLocales.ALL);
        if (value != null && !languages.contains(value)) {
            languages.add(value);
        }
        setItems(languages);
        setValue(value);
        addCustomValueSetListener(event -> {
            Locale typed = Locale.forLanguageTag(event.getDetail().strip().replace('_', '-'));
            if (typed.getLanguage().isEmpty()) {
                setInvalid(true);
                setErrorMessage(getTranslation("framework-editor.language.invalid", event.getDetail()));
                return;
            }
            setInvalid(false);
            List<Locale> more = new ArrayList<>(SupportedLocales.ALL);
            more.add(typed);
            setItems(more.stream().distinct().toList());
            setValue(typed);
        });
    }

    /** A language's name in the reader's language, with its tag: "Português (pt)". */
    static String name(Locale language, Locale in) {
        String name = language.getDisplayName(in);
        if (name.isEmpty()) {
            return language.toLanguageTag();
        }
        return name.substring(0, 1).toUpperCase(in) + name.substring(1) + " (" + language.toLanguageTag() + ")";
    }
}
