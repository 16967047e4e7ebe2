package org.skillboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.SupportedLocales;
import org.skillboard.security.PasswordLinks;

/**
 * Where an invitation or a reset link leads: the person sees her login and chooses
 * a password, then signs in with it. A used or expired link says so and whom to ask.
 */
@Route(value = "password", autoLayout = false)
@AnonymousAllowed
class ChoosePasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordLinks links;

    ChoosePasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("sb-login");
        setDefaultHorizontalComponentAlignment(Alignment.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        removeAll();
        Optional<PasswordLinks.LinkHolder> holder = links.open(secret);
        holder.map(PasswordLinks.LinkHolder::locale).filter(locale -> locale != null)
                .ifPresent(locale -> UI.getCurrent().setLocale(SupportedLocales.closest(locale)));
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("sb-brand");
        add(brand);
        if (holder.isEmpty()) {
            add(new H2(getTranslation("password.link.invalid.title")),
                    new Paragraph(getTranslation("password.link.invalid")),
                    new Anchor("login", getTranslation("password.to-login")));
            return;
        }
        PasswordLinks.LinkHolder who = holder.get();
        PasswordForm form = new PasswordForm();
        VerticalLayout box = new VerticalLayout();
        box.setMaxWidth("28rem");
        box.add(new H2(getTranslation(who.invitation() ? "password.welcome" : "password.reset.title",
                who.displayName())),
                new Paragraph(getTranslation(who.invitation() ? "password.welcome.text" : "password.reset.text",
                        who.organisation(), who.login())),
                form);
        Button save = new Button(getTranslation(who.invitation() ? "password.welcome.save" : "password.save"),
                click -> {
                    try {
                        links.choosePassword(secret, form.chosen.getValue(), form.repeated.getValue());
                        box.removeAll();
                        box.add(new H2(getTranslation("password.chosen.title")),
                                new Paragraph(getTranslation("password.chosen", who.login())),
                                new Anchor("login", getTranslation("password.to-login")));
                    } catch (UserFacingException refusal) {
                        form.refused(getTranslation(refusal.messageKey(), refusal.arguments()));
                    }
                });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        box.add(save);
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
