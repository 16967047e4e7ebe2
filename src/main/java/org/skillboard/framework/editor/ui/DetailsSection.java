package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.skillboard.framework.FrameworkDefinition;

/**
 * What the framework is: its name, language, source and licence, description and the word for its items. Its id,
 * family and kind are fixed once it is started, so they are shown, not edited.
 */
final class DetailsSection extends FormLayout {

    private final DraftSession session;

    DetailsSection(DraftSession session) {
        this.session = session;
        setId("editor-details");
        addClassName("sb-editor-details");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        FrameworkDefinition d = session.definition();
        LanguageField language = new LanguageField("editor-language", d.language());
        language.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                change(event.getValue(), null, Part.LANGUAGE);
            }
        });
        add(Fields.line(this, "editor-name", "framework-editor.name", d.name(), name -> change(null, name, Part.NAME)),
                language,
                fixed("editor-key", "framework-editor.key", d.key()),
                fixed("editor-family", "framework-editor.family", d.family()),
                fixed("editor-kind", "framework-editor.kind", Kinds.name(this, d.kind())),
                Fields.line(this, "editor-item-label", "framework-editor.item-label", d.itemLabel(),
                        label -> change(null, label, Part.ITEM_LABEL)),
                Fields.line(this, "editor-source", "framework-editor.source", d.source(),
                        source -> change(null, source, Part.SOURCE)),
                Fields.line(this, "editor-licence", "framework-editor.licence", d.licence(),
                        licence -> change(null, licence, Part.LICENCE)));
        var description = Fields.text(this, "editor-description", "framework-editor.description", d.description(),
                text -> change(null, text, Part.DESCRIPTION));
        add(description, 2);
    }

    private enum Part { NAME, LANGUAGE, SOURCE, LICENCE, DESCRIPTION, ITEM_LABEL }

    private void change(Locale language, String text, Part part) {
        session.change(d -> Edits.details(d,
                part == Part.NAME ? text : d.name(),
                part == Part.LANGUAGE ? language : d.language(),
                part == Part.SOURCE ? text : d.source(),
                part == Part.LICENCE ? text : d.licence(),
                part == Part.DESCRIPTION ? text : d.description(),
                part == Part.ITEM_LABEL ? text : d.itemLabel()));
    }

    private TextField fixed(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(Edits.field(value));
        field.setReadOnly(true);
        return field;
    }
}
