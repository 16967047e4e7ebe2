package org.skillboard.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.skillboard.base.AdminChange;

/**
 * What an audit entry says, in a tenant's log or the platform's: who, when, what, before and after. Written
 * once: every column is left out of updates, and texts are cut to their column so that a long "before" never
 * stops the change it records.
 */
@Embeddable
class AuditFacts {

    // column sizes of V11__audit_log.sql
    static final int MAX_LOGIN = 190;
    static final int MAX_NAME = 200;
    static final int MAX_ACTION = 40;
    static final int MAX_SUBJECT = 300;
    static final int MAX_TEXT = 1000;
    private static final String CUT = "…";

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_login", nullable = false, updatable = false)
    private String actorLogin;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AdminChange.Kind kind;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "before_text", updatable = false)
    private String before;

    @Column(name = "after_text", updatable = false)
    private String after;

    protected AuditFacts() {
    }

    AuditFacts(Instant occurredAt, Actor actor, AdminChange change) {
        this.occurredAt = occurredAt;
        this.actorId = actor.accountId();
        this.actorLogin = bounded(actor.login(), MAX_LOGIN);
        this.actorName = bounded(actor.name(), MAX_NAME);
        this.kind = change.kind();
        this.action = bounded(change.action(), MAX_ACTION);
        this.subject = bounded(change.subject(), MAX_SUBJECT);
        this.before = bounded(change.before(), MAX_TEXT);
        this.after = bounded(change.after(), MAX_TEXT);
    }

    /** The text, cut to {@code max} characters with a visible mark, never inside a surrogate pair. */
    static String bounded(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }
}
