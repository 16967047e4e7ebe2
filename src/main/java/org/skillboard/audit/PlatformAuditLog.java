package org.skillboard.audit;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The platform administrator reads the platform's audit log: platform actions (tenants created, suspended,
 * resumed, their administrators invited), each naming the tenant it concerns; never a tenant's own log. The
 * platform administrator belongs to no tenant, so the reads run in a platform transaction (the platform's
 * table is no tenant's).
 */
@Service
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public class PlatformAuditLog implements AuditReads {

    private final PlatformAuditEntryRepository entries;
    private final TenantService tenants;
    private final TenantTransactions tx;

    PlatformAuditLog(PlatformAuditEntryRepository entries, TenantService tenants, TenantTransactions tx) {
        this.entries = entries;
        this.tenants = tenants;
        this.tx = tx;
    }

    @Override
    public Slice<AuditRecord> entries(AuditFilter filter, Pageable page) {
        Map<Long, String> names = tenantNames();
        return tx.acrossTenants(() -> entries.find(filter, page).map(record -> named(record, names)));
    }

    @Override
    public long count(AuditFilter filter) {
        return tx.acrossTenants(() -> entries.count(filter));
    }

    @Override
    public long eachEntry(AuditFilter filter, Consumer<AuditRecord> each) {
        Map<Long, String> names = tenantNames();
        return tx.acrossTenants(() -> AuditLog.handOver(entries.stream(filter),
                record -> each.accept(named(record, names))));
    }

    /** Tenants are few (one per organisation): their names are read once per call. */
    private Map<Long, String> tenantNames() {
        return tenants.list().stream().collect(Collectors.toMap(TenantSummary::id, TenantSummary::name));
    }

    private static AuditRecord named(AuditRecord record, Map<Long, String> names) {
        return record.tenantId() == null ? record : record.withTenantName(names.get(record.tenantId()));
    }
}
