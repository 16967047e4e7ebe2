package org.skillboard.base;

import java.util.function.Supplier;

/**
 * Explicit tenant scopes for work that does not run as a signed-in tenant user:
 * start-up loading of a tenant's files, sign-in itself, and the platform
 * administration that spans tenants. Everything else gets its tenant from the
 * authenticated user (see {@link CurrentTenant}).
 *
 * <p>A scope must be opened before the transaction starts, because Hibernate
 * fixes a session's tenant when the session opens. Which classes may open a
 * scope is checked by an architecture test.
 */
public final class TenantScope {

    /** Hibernate's "root" tenant: sees every tenant's rows. Only for platform services. */
    static final Long PLATFORM = -1L;

    private static final ThreadLocal<Long> SCOPE = new ThreadLocal<>();

    private TenantScope() {
    }

    /** Runs the work as the given tenant, whoever is signed in. */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("Not a tenant id: " + tenantId);
        }
        return call(tenantId, work);
    }


    /** Runs the work across all tenants. Callers are platform services that check their own access. */
    public static <T> T callAcrossTenants(Supplier<T> work) {
        return call(PLATFORM, work);
    }

    static Long current() {
        return SCOPE.get();
    }

    static boolean isAcrossTenants(Object tenantId) {
        return PLATFORM.equals(tenantId);
    }

    private static <T> T call(Long tenantId, Supplier<T> work) {
        Long previous = SCOPE.get();
        SCOPE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SCOPE.remove();
            } else {
                SCOPE.set(previous);
            }
        }
    }
}
