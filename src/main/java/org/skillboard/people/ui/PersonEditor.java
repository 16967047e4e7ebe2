package org.skillboard.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;

/**
 * Creates a person, or edits one. A new person's key is suggested from her name as it is typed, and stays
 * editable; once the admin edits the key herself, the name no longer changes it. The key never changes later.
 */
class PersonEditor extends Dialog {

    private final PeopleAdministration administration;
    private final PersonOverview existing;
    private final Runnable saved;
    private final TextField key = new TextField();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField jobTitle = new TextField();
    private boolean keyEdited;

    PersonEditor(PeopleAdministration administration, PersonOverview existing, Runnable saved) {
        this.administration = administration;
        this.existing = existing;
        this.saved = saved;
        boolean creating = existing == null;
        setHeaderTitle(creating ? getTranslation("people-admin.dialog.new-title")
                : getTranslation("people-admin.dialog.edit-title", existing.name()));
        name.setLabel(getTranslation("people-admin.dialog.name"));
        name.setRequired(true);
        name.setId("person-name");
        key.setId("person-key");
        email.setId("person-email");
        jobTitle.setId("person-job-title");
        key.setLabel(getTranslation("people-admin.dialog.key"));
        key.setHelperText(getTranslation(creating ? "people-admin.dialog.key.suggested"
                : "people-admin.dialog.key.help"));
        key.setRequired(creating);
        key.setReadOnly(!creating);
        email.setLabel(getTranslation("people-admin.dialog.email"));
        jobTitle.setLabel(getTranslation("people-admin.dialog.job-title"));
        if (creating) {
            key.addValueChangeListener(event -> keyEdited |= event.isFromClient());
            name.addValueChangeListener(event -> {
                if (!keyEdited) {
                    key.setValue(event.getValue().isBlank() ? "" : administration.suggestKey(event.getValue()));
                }
            });
        } else {
            key.setValue(existing.key());
            name.setValue(existing.name());
            email.setValue(existing.email() == null ? "" : existing.email());
            jobTitle.setValue(existing.jobTitle() == null ? "" : existing.jobTitle());
        }
        add(new FormLayout(name, key, email, jobTitle));

        Button save = new Button(getTranslation(creating ? "action.create" : "action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("person-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        boolean creating = existing == null;
        try {
            PersonOverview person = creating
                    ? administration.createPerson(key.getValue(), name.getValue(), email.getValue(),
                            jobTitle.getValue())
                    : administration.updatePerson(existing.id(), name.getValue(), email.getValue(),
                            jobTitle.getValue());
            Notifications.success(creating ? getTranslation("people-admin.created", person.name())
                    : getTranslation("people-admin.saved", person.name()));
            close();
            saved.run();
        } catch (UserFacingException refusal) {
            String problem = refusal.messageKey();
            key.setInvalid(problem.equals("people.error.key") || problem.equals("people.error.person-key-taken"));
            name.setInvalid(problem.startsWith("people.error.name"));
            email.setInvalid(problem.equals("people.error.email"));
            jobTitle.setInvalid(problem.startsWith("people.error.job-title"));
            Notifications.error(getTranslation(problem, refusal.arguments()));
        }
    }
}
