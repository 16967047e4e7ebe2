package org.skillboard.planted;

import org.skillboard.base.TenantTransactions;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenant.TenantDirectory;
import org.skillboard.tenantfiles.TenantFileLoader;

/**
 * Code that no feature may write, planted so that {@code ArchitectureRulesCatchOffendersTest}
 * can prove each privilege rule of {@code ArchitectureTest} fails on it. Never called.
 */
final class PrivilegeSeamOffenders {

    private PrivilegeSeamOffenders() {
    }

    static Object actsAsTheApplication() {
        return SystemIdentity.call(() -> "everything is allowed");
    }

    static Object opensAnotherTenantsTransaction(TenantTransactions tx) {
        return tx.inTenant(2L, () -> "another tenant's rows");
    }

    static Object looksUpAnotherTenant(TenantDirectory tenants) {
        return tenants.find(2L);
    }

    static Object loadsTenantFiles(TenantFileLoader loader) {
        return loader.load("planted", "planted", "slug: planted");
    }
}
