package org.skillboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.skillboard.base.ui.Notifications;
import org.skillboard.security.Invitation;

/**
 * Shows a single-use link once, for the administrator to pass on: it is not stored
 * and cannot be shown again (a new one can be made).
 */
public class LinkDialog extends Dialog {

    public LinkDialog(Invitation invitation, boolean reset) {
        setHeaderTitle(getTranslation(reset ? "link.title.reset" : "link.title.invitation",
                invitation.displayName()));
        setWidth("min(40rem, 95vw)");
        TextField link = new TextField(getTranslation("link.label"));
        link.setValue(invitation.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("sb-one-time-link");
        Button copy = new Button(getTranslation("link.copy"), VaadinIcon.COPY.create(), click -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    invitation.link());
            Notifications.success(getTranslation("link.copied"));
        });
        HorizontalLayout row = new HorizontalLayout(link, copy);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC).format(invitation.expiresAt()) + " UTC";
        add(new Paragraph(getTranslation("link.pass-on", invitation.displayName(), invitation.login())), row,
                new Paragraph(getTranslation("link.expires", expires)));
        if (invitation.mailed()) {
            add(new Paragraph(getTranslation("link.mailed")));
        }
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
