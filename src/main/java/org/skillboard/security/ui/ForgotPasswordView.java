package org.skillboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.skillboard.base.ui.LanguageSelect;
import org.skillboard.security.PasswordLinks;

/** "Forgot password?": a reset link by mail, or, without mail, whom to ask for one. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(PasswordLinks links) {
        addClassName("sb-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("sb-brand");
        VerticalLayout box = new VerticalLayout();
        box.setMaxWidth("28rem");
        TextField login = new TextField(getTranslation("login.username"));
        login.setWidthFull();
        login.setMaxLength(190);
        Paragraph answer = new Paragraph();
        answer.addClassName("sb-forgot-answer");
        Button send = new Button(getTranslation("forgot.send"), click -> {
            com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinRequest.getCurrent();
            PasswordLinks.ForgotAnswer result = links.forgot(login.getValue(),
                    request == null ? "unknown" : request.getRemoteAddr());
            if (result.waitSeconds() > 0) {
                answer.setText(getTranslation("forgot.wait", result.waitSeconds()));
            } else if (result.mailed()) {
                answer.setText(getTranslation("forgot.mailed"));
            } else if (result.administrators().isEmpty()) {
                answer.setText(getTranslation("forgot.ask"));
            } else {
                answer.setText(getTranslation("forgot.ask-these", String.join(", ", result.administrators())));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        box.add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.text")), login, send,
                answer, new Anchor("login", getTranslation("password.to-login")));
        add(brand, box, LanguageSelect.forSignIn());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " · " + getTranslation("app.name");
    }
}
