package org.skillboard.audit;

import java.time.Instant;
import org.skillboard.base.AdminChange;

/**
 * An entry of the audit log as readers get it.
 *
 * @param actorLogin the actor's login; {@code SYSTEM} for the application itself, {@code ANONYMOUS} for nobody
 *                   signed in (see {@link #bySystem()}, {@link #byAnonymous()})
 * @param tenantId   the tenant the entry belongs to, or in the platform's log the tenant the action concerns
 *                   ({@code null} for none)
 * @param tenantName in the platform's log, that tenant's name as it is now; otherwise {@code null}
 */
public record AuditRecord(long id, Instant occurredAt, String actorLogin, String actorName, AdminChange.Kind kind,
        String action, String subject, String before, String after, Long tenantId, String tenantName) {

    /** As the queries read it; the tenant's name is added afterwards where there is one. */
    public AuditRecord(long id, Instant occurredAt, String actorLogin, String actorName, AdminChange.Kind kind,
            String action, String subject, String before, String after, Long tenantId) {
        this(id, occurredAt, actorLogin, actorName, kind, action, subject, before, after, tenantId, null);
    }

    public boolean bySystem() {
        return Actor.SYSTEM.equals(actorLogin);
    }

    public boolean byAnonymous() {
        return Actor.ANONYMOUS.equals(actorLogin);
    }

    AuditRecord withTenantName(String name) {
        return new AuditRecord(id, occurredAt, actorLogin, actorName, kind, action, subject, before, after, tenantId,
                name);
    }
}
