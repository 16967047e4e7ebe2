package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.SupportedLocales;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.Starter;

/**
 * Starts a framework: its name and id, its language, and what it starts from (a starter scale, nothing, a copy of a
 * framework, or a translation of one into another language). Creating it opens the editor on the new draft.
 */
public final class NewFrameworkDialog extends Dialog {

    /** What a new framework starts from. */
    enum Start { NUMERIC, LETTERS, MATURITY, BLANK, COPY, TRANSLATION }

    private final FrameworkDrafts drafts;
    private final TextField name = new TextField();
    private final TextField key = new TextField();
    private final LanguageField language;
    private final RadioButtonGroup<Start> start = new RadioButtonGroup<>();
    private final RadioButtonGroup<FrameworkKind> kind = new RadioButtonGroup<>();
    private final Select<FrameworkSummary> source = new Select<>();
    private boolean keyTyped;

    /**
     * @param frameworks the frameworks a copy or translation may start from
     * @param copyOf the framework to copy, or {@code null} to let her choose how to start
     */
    public NewFrameworkDialog(FrameworkDrafts drafts, List<FrameworkSummary> frameworks, FrameworkSummary copyOf) {
        this.drafts = drafts;
        setId("new-framework-dialog");
        setHeaderTitle(getTranslation("framework-editor.new.title"));
        setWidth("min(40rem, 95vw)");
        name.setId("new-framework-name");
        name.setLabel(getTranslation("framework-editor.name"));
        name.setRequired(true);
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(event -> {
            if (!keyTyped && !event.getValue().isBlank()) {
                key.setValue(drafts.suggestKey(event.getValue()));
            }
        });
        key.setId("new-framework-key");
        key.setLabel(getTranslation("framework-editor.key"));
        key.setHelperText(getTranslation("framework-editor.new.key.help"));
        key.setWidthFull();
        key.addValueChangeListener(event -> keyTyped |= event.isFromClient());
        language = new LanguageField("new-framework-language", SupportedLocales.closest(getLocale()));
        language.setWidthFull();

        start.setId("new-framework-start");
        start.setLabel(getTranslation("framework-editor.new.start"));
        start.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        start.setItems(frameworks.isEmpty() ? List.of(Start.NUMERIC, Start.LETTERS, Start.MATURITY, Start.BLANK)
                : List.of(Start.values()));
        start.setItemLabelGenerator(this::label);
        kind.setId("new-framework-kind");
        kind.setLabel(getTranslation("framework-editor.new.kind"));
        kind.setItems(FrameworkKind.values());
        kind.setItemLabelGenerator(value -> Kinds.name(this, value));
        kind.setValue(FrameworkKind.SKILLS);
        source.setId("new-framework-source");
        source.setLabel(getTranslation("framework-editor.new.source"));
        source.setItems(frameworks);
        source.setItemLabelGenerator(framework -> framework.name() + " (" + framework.key() + ", "
                + LanguageField.name(framework.language(), getLocale()) + ")");
        source.setWidthFull();
        start.addValueChangeListener(event -> shape());
        start.setValue(copyOf == null ? Start.NUMERIC : Start.COPY);
        source.setValue(copyOf);
        shape();

        Div form = new Div(name, key, language, start, kind, source);
        form.addClassName("sb-editor-fields");
        add(form);
        Button create = new Button(getTranslation("framework-editor.new.create"), click -> create());
        create.setId("new-framework-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private void shape() {
        Start chosen = start.getValue();
        kind.setVisible(chosen == Start.BLANK);
        source.setVisible(chosen == Start.COPY || chosen == Start.TRANSLATION);
    }

    private void create() {
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("framework-editor.new.name-missing"));
            return;
        }
        Locale chosen = language.getValue();
        Start from = start.getValue();
        try {
            long draftId = switch (from) {
                case NUMERIC -> drafts.start(key.getValue(), name.getValue().strip(), chosen, Starter.NUMERIC, null);
                case LETTERS -> drafts.start(key.getValue(), name.getValue().strip(), chosen, Starter.LETTERS, null);
                case MATURITY -> drafts.start(key.getValue(), name.getValue().strip(), chosen, Starter.MATURITY,
                        null);
                case BLANK -> drafts.start(key.getValue(), name.getValue().strip(), chosen, Starter.BLANK,
                        kind.getValue());
                case COPY, TRANSLATION -> {
                    if (source.getValue() == null) {
                        throw new UserFacingException("framework-editor.new.source-missing");
                    }
                    yield drafts.copy(source.getValue().id(), key.getValue(), name.getValue().strip(), chosen,
                            from == Start.TRANSLATION);
                }
            };
            close();
            EditorLinks.open(draftId);
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private String label(Start value) {
        return switch (value) {
            case NUMERIC -> getTranslation("framework-editor.new.start.numeric");
            case LETTERS -> getTranslation("framework-editor.new.start.letters");
            case MATURITY -> getTranslation("framework-editor.new.start.maturity");
            case BLANK -> getTranslation("framework-editor.new.start.blank");
            case COPY -> getTranslation("framework-editor.new.start.copy");
            case TRANSLATION -> getTranslation("framework-editor.new.start.translation");
        };
    }
}
