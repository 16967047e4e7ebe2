package org.skillboard.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.skillboard.base.AdminChange;

/**
 * Which entries to show; every part is optional.
 *
 * @param actor   part of the actor's name or login, in any case
 * @param kind    what was changed
 * @param from    the first day, in {@link #ZONE}
 * @param to      the last day, in {@link #ZONE}, included
 * @param subject part of the subject, in any case
 */
public record AuditFilter(String actor, AdminChange.Kind kind, LocalDate from, LocalDate to, String subject) {

    /**
     * The days of the filter and of the times shown. Tenants have no time zone of their own yet, so days are
     * UTC days; when they get one, it belongs here.
     */
    public static final ZoneId ZONE = ZoneOffset.UTC;

    /** Every entry. */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    Instant since() {
        return from == null ? null : from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the last day. */
    Instant until() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    String actorPattern() {
        return contains(actor);
    }

    String subjectPattern() {
        return contains(subject);
    }

    /** A LIKE pattern for "contains, in any case", with the text's own wildcards escaped by {@code !}. */
    private static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
