package org.skillboard.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.skillboard.base.UserFacingException;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.security.AccountAdministration;
import org.skillboard.security.Invitation;

/** Gives a person a login: she gets a single-use link to choose her password. */
class InviteDialog extends Dialog {

    InviteDialog(AccountAdministration accounts, PeopleAdministration people, Consumer<Invitation> done) {
        setHeaderTitle(getTranslation("accounts.invite.title"));
        setWidth("min(36rem, 95vw)");
        PersonPicker person = new PersonPicker(people, getTranslation("accounts.invite.person"));
        person.setId("invite-person");
        TextField login = new TextField(getTranslation("accounts.invite.login"));
        login.setId("invite-login");
        login.setHelperText(getTranslation("accounts.invite.login.help"));
        login.setRequired(true);
        login.setMaxLength(190);
        person.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue().email() != null && login.isEmpty()) {
                login.setValue(event.getValue().email().toLowerCase(getLocale()));
            }
        });
        Checkbox admin = new Checkbox(getTranslation("accounts.invite.admin"));
        FormLayout form = new FormLayout(person, login, admin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation(accounts.mailConfigured() ? "accounts.invite.text.mail"
                : "accounts.invite.text.no-mail")), form);
        Button send = new Button(getTranslation("accounts.invite.send"), click -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("accounts.error.no-person"));
                return;
            }
            try {
                Invitation invitation = accounts.invite(person.getValue().id(), login.getValue(), admin.getValue());
                close();
                done.accept(invitation);
            } catch (UserFacingException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                boolean aboutLogin = refusal.messageKey().startsWith("account.error.login");
                (aboutLogin ? login : person).setInvalid(true);
                if (aboutLogin) {
                    login.setErrorMessage(message);
                } else {
                    person.setErrorMessage(message);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
    }
}
