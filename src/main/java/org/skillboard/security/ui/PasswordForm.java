package org.skillboard.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.skillboard.security.PasswordPolicy;

/** A new password typed twice, with what the policy asks for said up front. */
class PasswordForm extends Composite<VerticalLayout> {

    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();

    PasswordForm() {
        chosen.setId("password-new");
        repeated.setId("password-repeat");
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        chosen.setMaxLength(PasswordPolicy.MAX_LENGTH);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        chosen.setWidthFull();
        repeated.setWidthFull();
        // stacked, so that a long refusal under the first field pushes the second down instead of covering it
        getContent().add(chosen, repeated);
        getContent().setPadding(false);
    }

    void refused(String message) {
        chosen.setInvalid(true);
        chosen.setErrorMessage(message);
    }
}
