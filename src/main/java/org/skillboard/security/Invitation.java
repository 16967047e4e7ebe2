package org.skillboard.security;

import java.time.Instant;

/**
 * A link that lets a person choose her password: shown once to the administrator to
 * pass on, and e-mailed when mail is configured and the person has an address.
 */
public record Invitation(long accountId, String login, String displayName, String link, Instant expiresAt,
        boolean mailed) {
}
