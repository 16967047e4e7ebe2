package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * The editor's text fields: each keeps its text in the draft a moment after the administrator stops typing, so
 * that the loader's rules are checked as she types. An empty field keeps no text.
 */
final class Fields {

    /** How long typing may pause before the text is kept. */
    private static final int PAUSE_MS = 700;

    private Fields() {
    }

    static TextField line(Component ui, String id, String labelKey, String value, Consumer<String> keep) {
        TextField field = new TextField(ui.getTranslation(labelKey));
        field.setId(id);
        field.setValue(Edits.field(value));
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.addValueChangeListener(event -> keep.accept(Edits.text(event.getValue())));
        return field;
    }

    static TextArea text(Component ui, String id, String labelKey, String value, Consumer<String> keep) {
        TextArea field = new TextArea(ui.getTranslation(labelKey));
        field.setId(id);
        field.setValue(Edits.field(value));
        field.setWidthFull();
        field.setMaxHeight("16rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.addValueChangeListener(event -> keep.accept(Edits.text(event.getValue())));
        return field;
    }
}
