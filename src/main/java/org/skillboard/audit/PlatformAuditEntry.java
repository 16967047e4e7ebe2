package org.skillboard.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;

/**
 * One platform action: a platform administrator's (or the application's own) change that concerns a tenant
 * from outside it, or no tenant. Belongs to no tenant, so it lives outside the tenant-owned tables; immutable
 * like {@link AuditEntry}.
 */
@Entity
@Immutable
@Table(name = "platform_audit_entry")
class PlatformAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** The tenant the action concerns, if any. */
    @Column(name = "tenant_id", updatable = false)
    private Long tenantId;

    @Embedded
    private AuditFacts facts;

    @Version
    private long version;

    protected PlatformAuditEntry() {
    }

    PlatformAuditEntry(Long tenantId, AuditFacts facts) {
        this.tenantId = tenantId;
        this.facts = facts;
    }
}
