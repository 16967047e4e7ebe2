package org.skillboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.skillboard.base.SignedInUser;
import org.skillboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: shows the user's language, and turns errors into messages
 * in that language. Users never see a stack trace; unexpected errors are logged.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiSetup::handle));
        // a session that ended (idle, or ended by the server: a disabled login, a suspended tenant) goes
        // straight to the sign-in page, which says why in the user's language, instead of an English notice
        CustomizedSystemMessages ended = new CustomizedSystemMessages();
        ended.setSessionExpiredNotificationEnabled(false);
        ended.setSessionExpiredURL("login?error=ended");
        event.getSource().setSystemMessagesProvider(info -> ended);
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale preferred = preferredLocale();
            if (preferred != null) {
                ui.setLocale(SupportedLocales.closest(preferred));
            } else if (VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getLocale() != null) {
                ui.setLocale(SupportedLocales.closest(VaadinSession.getCurrent().getLocale()));
            }
            // screen readers pronounce the page in its language
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        });
    }

    private static Locale preferredLocale() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.preferredLocale();
        }
        return null;
    }

    private static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = rootUserFacing(event.getThrowable());
        String message;
        if (cause instanceof UserFacingException refusal && ui != null) {
            message = ui.getTranslation(refusal.messageKey(), refusal.arguments());
        } else if (cause instanceof AccessDeniedException && ui != null) {
            message = ui.getTranslation("error.access-denied.message");
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = ui == null ? null : ui.getTranslation("error.unexpected");
        }
        if (ui != null && message != null) {
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static Throwable rootUserFacing(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return throwable;
    }
}
