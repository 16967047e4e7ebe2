package org.skillboard.framework;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each tenant's catalogue, kept in memory between calls: the heatmap and the checks of
 * assessments and targets read it on every call, and it changes only when the tenant's
 * frameworks do.
 *
 * <ul>
 * <li>Keyed by the tenant of the Hibernate session that reads it (never across tenants),
 *     so a tenant only ever gets a catalogue read from its own rows.</li>
 * <li>Every write to a tenant's frameworks ({@link FrameworkService}, {@link FrameworkInstaller})
 *     calls {@link #changed()}, which counts one more change in {@link FrameworkChanges}, in
 *     the writing transaction. A kept catalogue is used only while the tenant's count is the
 *     one it was read with: one small query instead of reading every framework, and right
 *     on every instance of the application and whatever snapshot a transaction reads from.</li>
 * <li>The transaction that changes a tenant's frameworks reads its own (uncommitted)
 *     catalogue and keeps nothing.</li>
 * </ul>
 */
@Component
class CatalogueCache {

    private final ConcurrentMap<Long, Kept> kept = new ConcurrentHashMap<>();
    private final FrameworkChangesRepository changes;
    private final EntityManager entityManager;

    CatalogueCache(FrameworkChangesRepository changes, EntityManager entityManager) {
        this.changes = changes;
        this.entityManager = entityManager;
    }

    /** The current tenant's catalogue: the kept one while its frameworks are unchanged, else built. */
    List<CatalogueItem> catalogue(Supplier<List<CatalogueItem>> build) {
        Long tenant = tenantOfSession();
        if (tenant == null || changedHere(tenant)) {
            return build.get();
        }
        long count = changes.changes().orElse(0L);
        Kept entry = kept.get(tenant);
        if (entry != null && entry.changes() == count) {
            return entry.catalogue();
        }
        Kept fresh = new Kept(count, List.copyOf(build.get()));
        kept.merge(tenant, fresh, (old, read) -> read.changes() >= old.changes() ? read : old);
        return fresh.catalogue();
    }

    /** The current tenant's frameworks change in this transaction. */
    void changed() {
        Long tenant = tenantOfSession();
        if (tenant == null) {
            return;
        }
        if (!changedHere(tenant)) {
            changes.findFirstBy().orElseGet(() -> changes.save(new FrameworkChanges())).countOne();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new ChangedHere(tenant));
            }
        }
        kept.remove(tenant);
    }

    /** A tenant's id, or {@code null} outside a tenant (while starting, or across tenants). */
    private Long tenantOfSession() {
        Object tenant = entityManager.unwrap(Session.class).getTenantIdentifierValue();
        return tenant instanceof Long id && id > 0 ? id : null;
    }

    private static boolean changedHere(long tenant) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream()
                        .anyMatch(synchronization -> synchronization instanceof ChangedHere(long changed)
                                && changed == tenant);
    }

    private record Kept(long changes, List<CatalogueItem> catalogue) {
    }

    /** Marks a transaction that changed a tenant's frameworks. */
    private record ChangedHere(long tenant) implements TransactionSynchronization {
    }
}
