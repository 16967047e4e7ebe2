package org.skillboard.base.ui;

import com.vaadin.flow.component.Component;
import org.skillboard.base.UserFacingException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's kinds of toast: done, refused, and for your information. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void info(String message) {
        Notification.show(message, 6000, Notification.Position.BOTTOM_START);
    }

    /**
     * Makes a change and says so, or says in the reader's language why it was refused.
     *
     * @param from the component whose language the refusal is said in
     * @return whether the change was made
     */
    public static boolean attempt(Component from, Runnable change, String done) {
        try {
            change.run();
            success(done);
            return true;
        } catch (UserFacingException refusal) {
            error(from.getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
