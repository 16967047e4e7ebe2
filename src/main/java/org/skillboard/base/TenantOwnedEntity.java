package org.skillboard.base;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * Base of every row that belongs to one tenant. Hibernate fills {@code tenant_id}
 * from the current tenant on insert, adds it to every query, and refuses to
 * update or delete another tenant's row.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || !getClass().equals(other.getClass()) || id == null) {
            return false;
        }
        return id.equals(((TenantOwnedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
