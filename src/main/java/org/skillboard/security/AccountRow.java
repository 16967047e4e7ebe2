package org.skillboard.security;

import java.time.Instant;

/**
 * One line of the accounts page.
 *
 * @param lead      leads a team now (a role that follows the data)
 * @param held      sign-in is held back after repeated wrong passwords; an administrator can release it
 */
public record AccountRow(long id, String login, String displayName, Long personId, boolean admin, boolean lead,
        AccountStatus status, Instant lastSignInAt, boolean held) {

    public boolean member() {
        return personId != null;
    }
}
