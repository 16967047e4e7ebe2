package org.skillboard.security;

import java.util.List;
import java.util.function.Supplier;
import org.skillboard.base.TenantMember;
import org.skillboard.base.TenantScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lets the application act for itself, for example when it loads tenant files at
 * start-up: services see the {@code SYSTEM} role, and tenant data the given tenant.
 */
public final class SystemIdentity {

    private SystemIdentity() {
    }

    /** Runs as the application, outside any tenant (to create or find tenants). */
    public static <T> T call(Supplier<T> work) {
        return withAuthentication(new SystemAuthentication(null), work);
    }

    /** Runs as the application inside one tenant. */
    public static <T> T callInTenant(long tenantId, Supplier<T> work) {
        return withAuthentication(new SystemAuthentication(tenantId), () -> TenantScope.callAs(tenantId, work));
    }

    private static <T> T withAuthentication(SystemAuthentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final SystemPrincipal principal;

        SystemAuthentication(Long tenantId) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM)));
            this.principal = new SystemPrincipal(tenantId);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }

    private record SystemPrincipal(Long tenantId) implements TenantMember {
    }
}
