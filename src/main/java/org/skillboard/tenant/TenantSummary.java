package org.skillboard.tenant;

import java.time.Instant;
import java.util.Locale;

public record TenantSummary(long id, String slug, String name, Locale defaultLocale, TenantStatus status,
        boolean demo, Instant createdAt) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.getId(), tenant.getSlug(), tenant.getName(), tenant.getDefaultLocale(),
                tenant.getStatus(), tenant.isDemo(), tenant.getCreatedAt());
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
