package org.skillboard.audit;

import java.util.List;

/**
 * Every action an {@link org.skillboard.base.AdminChange} may name, in the code's words. The audit log shows
 * {@code audit.action.<action>} in the reader's language, so each one has a text in every language, and a test
 * checks that every action the code publishes is listed here.
 */
public final class AuditActions {

    public static final List<String> ALL = List.of("created", "changed", "renamed", "archived", "restored",
            "deleted", "deactivated", "reactivated", "moved", "invited", "enabled", "disabled", "unlocked",
            "password-reset", "roles-changed", "linked", "suspended", "resumed", "imported", "uploaded",
            "assigned", "member-added", "member-removed", "published",
            "role-changed");

    private AuditActions() {
    }

    /** Whether the action has a text of its own; an unknown one is shown as the code wrote it. */
    public static boolean known(String action) {
        return ALL.contains(action);
    }
}
