package org.skillboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.security.AccountService;

/** Anyone signed in changes her own password, giving the current one first. */
@Route("account/password")
@Menu(title = "menu.password", order = 99, icon = "LOCK")
@PermitAll
class MyPasswordView extends VerticalLayout implements HasDynamicTitle {

    MyPasswordView(AccountService accounts) {
        addClassName("sb-page");
        setMaxWidth("32rem");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setWidthFull();
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordForm form = new PasswordForm();
        Button save = new Button(getTranslation("password.save"), click -> {
            current.setInvalid(false);
            form.chosen.setInvalid(false);
            try {
                accounts.changeMyPassword(current.getValue(), form.chosen.getValue(), form.repeated.getValue());
                current.clear();
                form.chosen.clear();
                form.repeated.clear();
                Notifications.success(getTranslation("password.changed"));
            } catch (UserFacingException refusal) {
                String message = getTranslation(refusal.messageKey(), refusal.arguments());
                if (refusal.messageKey().equals("password.error.current")) {
                    current.setInvalid(true);
                    current.setErrorMessage(message);
                } else {
                    form.refused(message);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("password.title")), current, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
