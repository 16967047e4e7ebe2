package org.skillboard.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.skillboard.base.ui.LanguageSelect;

/** Sign-in: login and password, with the reason when a sign-in was refused. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("sb-login");
        setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("sb-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("sb-tagline");
        form.setAction("login");
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        add(brand, tagline, form, LanguageSelect.forSignIn());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        if (!query.getParameters().containsKey("error")) {
            form.setI18n(i18n("login.error.title", "login.error.message"));
            return;
        }
        String reason = query.getSingleParameter("error").orElse("");
        LoginI18n i18n = switch (reason) {
            case "throttled" -> i18n("login.error.throttled.title", "login.error.throttled.message",
                    // a number, so that the text can take its plural form ("1 second", "5 sekund")
                    Integer.valueOf(query.getSingleParameter("wait").filter(w -> w.matches("\\d{1,6}")).orElse("60")));
            case "suspended" -> i18n("login.error.suspended.title", "login.error.suspended.message");
            case "disabled" -> i18n("login.error.disabled.title", "login.error.disabled.message");
            case "expired" -> i18n("login.error.expired.title", "login.error.expired.message");
            case "ended" -> i18n("login.error.ended.title", "login.error.ended.message");
            default -> i18n("login.error.title", "login.error.message");
        };
        form.setI18n(i18n);
        form.setError(true);
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey, Object... arguments) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitleKey));
        error.setMessage(getTranslation(errorMessageKey, arguments));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
