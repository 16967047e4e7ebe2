package org.skillboard.audit;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.skillboard.base.TenantOwnedEntity;

/**
 * One administrative change inside a tenant, in the tenant's own log. Immutable: no setters, no updatable
 * column, and Hibernate neither flushes changes to it nor lets a query update it.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry extends TenantOwnedEntity {

    @Embedded
    private AuditFacts facts;

    protected AuditEntry() {
    }

    AuditEntry(AuditFacts facts) {
        this.facts = facts;
    }
}
