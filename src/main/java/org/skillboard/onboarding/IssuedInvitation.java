package org.skillboard.onboarding;

import java.time.Instant;

/**
 * A login made by an onboarding workbook and the link its person signs in with for the first time: shown to
 * the admin to pass on, and mailed when mail is set up.
 */
public record IssuedInvitation(String login, String displayName, String link, Instant expiresAt, boolean mailed) {
}
