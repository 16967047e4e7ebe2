package org.skillboard.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.skillboard.base.AdminChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AdminChange} to the audit log, synchronously, in the transaction that publishes it:
 * the change and its entry are committed together or not at all. A change published outside a transaction is
 * a mistake of its publisher and is refused, with the change, rather than recorded on its own.
 *
 * <p>Inside a tenant, the entry goes to the tenant's log (Hibernate sets its tenant from the session). A
 * platform action (one that names a tenant, or made by a platform administrator or by the application outside
 * any tenant) goes to the platform's log. Entries are only ever persisted here: nothing updates or removes
 * them.
 */
@Component
class AuditRecorder {

    private final EntityManager entities;
    private final Clock clock;

    AuditRecorder(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AdminChange change) {
        Actor actor = Actor.current();
        AuditFacts facts = new AuditFacts(clock.instant(), actor, change);
        if (change.tenantId() != null || actor.platform()) {
            entities.persist(new PlatformAuditEntry(change.tenantId(), facts));
        } else {
            entities.persist(new AuditEntry(facts));
        }
    }
}
