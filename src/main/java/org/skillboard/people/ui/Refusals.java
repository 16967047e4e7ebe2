package org.skillboard.people.ui;

import com.vaadin.flow.component.Component;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.TeamRole;

/** What the people and teams screens share: changes whose refusal is shown, and the names of roles. */
final class Refusals {

    private Refusals() {
    }

    /** Runs a change; a refusal is shown in the user's language and the change reported as not done. */
    static boolean attempt(Component screen, Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserFacingException refusal) {
            Notifications.error(screen.getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
    }

    static String roleName(Component screen, TeamRole role) {
        return switch (role) {
            case LEAD -> screen.getTranslation("people.role.lead");
            case MEMBER -> screen.getTranslation("people.role.member");
        };
    }
}
