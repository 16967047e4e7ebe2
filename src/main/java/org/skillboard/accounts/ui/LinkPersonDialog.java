package org.skillboard.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.security.AccountAdministration;
import org.skillboard.security.AccountRow;

/** Links an existing login to the person it belongs to, so that she sees herself and her team. */
class LinkPersonDialog extends Dialog {

    LinkPersonDialog(AccountAdministration accounts, PeopleAdministration people, AccountRow account,
            Runnable done) {
        setHeaderTitle(getTranslation("accounts.link.title", account.login()));
        setWidth("min(32rem, 95vw)");
        PersonPicker person = new PersonPicker(people, getTranslation("accounts.invite.person"));
        add(new Paragraph(getTranslation("accounts.link.text")), person);
        Button link = new Button(getTranslation("accounts.link.save"), click -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("accounts.error.no-person"));
                return;
            }
            try {
                accounts.linkToPerson(account.id(), person.getValue().id());
                Notifications.success(getTranslation("accounts.linked", account.login(), person.getValue().name()));
                close();
                done.run();
            } catch (UserFacingException refusal) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), link);
    }
}
