package org.skillboard.tenant;

import java.util.Optional;
import org.skillboard.base.CurrentTenant;
import org.skillboard.base.TenantTransactions;
import org.springframework.stereotype.Service;

/**
 * What any part of the app may know about a tenant it already belongs to:
 * the signed-in user's own tenant, and whether a tenant may be used at all
 * (sign-in asks this before letting a user in).
 */
@Service
public class TenantDirectory {

    private final TenantRepository tenants;
    private final TenantTransactions tx;

    TenantDirectory(TenantRepository tenants, TenantTransactions tx) {
        this.tenants = tenants;
        this.tx = tx;
    }

    /** The signed-in user's tenant. */
    public TenantSummary current() {
        long tenantId = CurrentTenant.require();
        return find(tenantId).orElseThrow();
    }

    public boolean isActive(long tenantId) {
        return find(tenantId).map(TenantSummary::active).orElse(false);
    }

    public Optional<TenantSummary> find(long tenantId) {
        return tx.inTenant(tenantId, () -> tenants.findById(tenantId).map(TenantSummary::of));
    }
}
