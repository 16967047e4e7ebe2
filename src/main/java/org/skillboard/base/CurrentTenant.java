package org.skillboard.base;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate whose rows a session may see. The tenant comes from the
 * authenticated user (held by Spring Security, which Vaadin keeps in the
 * session so that push and UI threads see it too), or from an explicit
 * {@link TenantScope}. With neither there is no tenant, and that is an error.
 *
 * <p>While the application context starts, Spring Data opens sessions to prepare
 * repository queries; those sessions touch no rows and get a tenant id that no
 * tenant has.
 */
@Component
public class CurrentTenant implements CurrentTenantIdentifierResolver<Long>,
        ApplicationListener<ContextRefreshedEvent> {

    /** Matches no tenant's rows: ids start at 1. */
    private static final Long NONE_WHILE_STARTING = 0L;

    private volatile boolean started;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        started = true;
    }

    @Override
    public Long resolveCurrentTenantIdentifier() {
        Long scoped = TenantScope.current();
        if (scoped != null) {
            return scoped;
        }
        Long fromUser = ofAuthenticatedUser();
        if (fromUser != null) {
            return fromUser;
        }
        if (!started) {
            return NONE_WHILE_STARTING;
        }
        throw new NoTenantException();
    }

    /** The signed-in user's tenant, or {@code null} when nobody or a platform administrator is signed in. */
    public static Long ofAuthenticatedUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantMember member) {
            return member.tenantId();
        }
        return null;
    }

    /** The tenant in force now, whichever way it was set; an error when there is none. */
    public static long require() {
        Long scoped = TenantScope.current();
        if (scoped != null && !TenantScope.isAcrossTenants(scoped)) {
            return scoped;
        }
        Long fromUser = ofAuthenticatedUser();
        if (fromUser == null) {
            throw new NoTenantException();
        }
        return fromUser;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return TenantScope.isAcrossTenants(tenantId);
    }
}
