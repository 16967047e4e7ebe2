package org.skillboard.tenant;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.skillboard.base.AdminChange;
import org.skillboard.base.TenantTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.skillboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Platform administration of tenants: the one service that reads across tenants,
 * open to platform administrators (and to the start-up loader of tenant files).
 */
@Service
public class TenantService {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final TenantRepository tenants;
    private final TenantTransactions tx;
    private final ApplicationEventPublisher events;

    TenantService(TenantRepository tenants, TenantTransactions tx, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.tx = tx;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'SYSTEM')")
    public List<TenantSummary> list() {
        return acrossTenants(() -> tenants.findAllByOrderByNameAsc().stream().map(TenantSummary::of).toList());
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'SYSTEM')")
    public TenantSummary create(String slug, String name, Locale defaultLocale, boolean demo) {
        String cleanSlug = slug == null ? "" : slug.trim();
        if (!SLUG.matcher(cleanSlug).matches()) {
            throw new UserFacingException("tenant.error.slug", cleanSlug);
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("tenant.error.name");
        }
        return acrossTenants(() -> {
            if (tenants.findBySlug(cleanSlug).isPresent()) {
                throw new UserFacingException("tenant.error.slug-taken", cleanSlug);
            }
            Tenant tenant = tenants.save(new Tenant(cleanSlug, name.trim(), defaultLocale, demo));
            log.info("Tenant {} ({}) created", tenant.getSlug(), tenant.getId());
            events.publishEvent(AdminChange.onTenant(tenant.getId(), AdminChange.Kind.TENANT, "created",
                    tenant.getName(), null, tenant.getSlug()));
            return TenantSummary.of(tenant);
        });
    }

    /** Updates what a tenant file owns: display name and default language. */
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'SYSTEM')")
    public TenantSummary update(long tenantId, String name, Locale defaultLocale) {
        return acrossTenants(() -> {
            Tenant tenant = load(tenantId);
            tenant.setName(name.trim());
            tenant.setDefaultLocale(defaultLocale);
            return TenantSummary.of(tenant);
        });
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'SYSTEM')")
    public TenantSummary findBySlug(String slug) {
        return acrossTenants(() -> tenants.findBySlug(slug).map(TenantSummary::of).orElse(null));
    }

    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'SYSTEM')")
    public TenantSummary find(long tenantId) {
        return acrossTenants(() -> TenantSummary.of(load(tenantId)));
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public TenantSummary suspend(long tenantId) {
        return changeStatus(tenantId, TenantStatus.SUSPENDED);
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public TenantSummary resume(long tenantId) {
        return changeStatus(tenantId, TenantStatus.ACTIVE);
    }

    private TenantSummary changeStatus(long tenantId, TenantStatus status) {
        return acrossTenants(() -> {
            Tenant tenant = load(tenantId);
            TenantStatus before = tenant.getStatus();
            tenant.setStatus(status);
            log.info("Tenant {} is now {}", tenant.getSlug(), status);
            events.publishEvent(AdminChange.onTenant(tenantId, AdminChange.Kind.TENANT,
                    status == TenantStatus.SUSPENDED ? "suspended" : "resumed", tenant.getName(),
                    AdminChange.word("tenants.status." + before.name()),
                    AdminChange.word("tenants.status." + status.name())));
            return TenantSummary.of(tenant);
        });
    }

    private Tenant load(long tenantId) {
        return tenants.findById(tenantId).orElseThrow(() -> new UserFacingException("tenant.error.not-found"));
    }

    private <T> T acrossTenants(java.util.function.Supplier<T> work) {
        return tx.acrossTenants(work);
    }
}
