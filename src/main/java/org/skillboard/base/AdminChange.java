package org.skillboard.base;

import java.util.Objects;

/**
 * An administrative change, published by the service that made it, inside the
 * transaction that made it, so that the audit log records it or neither happens.
 * Who made it and when are added by the audit log from the signed-in user and
 * the clock.
 *
 * @param kind    what was changed: {@link Kind}
 * @param action  a short verb in the code's words, such as {@code created} or {@code archived};
 *                the audit log translates {@code audit.action.<action>}
 * @param subject what it was done to, as users name it (a person's name, a login, a framework's name)
 * @param before  the state before, as short readable text; {@code null} for something new
 * @param after   the state after, as short readable text; {@code null} for something removed
 * @param tenantId the tenant a platform action concerns; {@code null} for a change inside the
 *                 signed-in user's own tenant
 */
public record AdminChange(Kind kind, String action, String subject, String before, String after, Long tenantId) {

    public AdminChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }

    /** A change inside the signed-in administrator's tenant. */
    public static AdminChange of(Kind kind, String action, String subject, String before, String after) {
        return new AdminChange(kind, action, subject, before, after, null);
    }

    /** A platform administrator's change to a tenant. */
    public static AdminChange onTenant(long tenantId, Kind kind, String action, String subject, String before,
            String after) {
        return new AdminChange(kind, action, subject, before, after, tenantId);
    }

    /**
     * A word the audit log shows in its reader's language, for use inside {@code subject},
     * {@code before} and {@code after}: the text of a translation key, kept as {@code #{key}} and
     * translated when the entry is read, so that a Polish administrator reads Polish whoever made it.
     */
    public static String word(String key) {
        return "#{" + key + "}";
    }

    /** The things an administrator changes; the audit log filters by them. */
    public enum Kind {
        ACCOUNT, ROLE, PERSON, TEAM, FRAMEWORK, JOB_PROFILE, SETTINGS, PERIOD, TENANT, IMPORT
    }
}
