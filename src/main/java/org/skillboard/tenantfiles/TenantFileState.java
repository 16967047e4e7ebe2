package org.skillboard.tenantfiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.skillboard.base.TenantOwnedEntity;

/** The checksum of a tenant file as last applied. */
@Entity
@Table(name = "tenant_file_state")
class TenantFileState extends TenantOwnedEntity {

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false)
    private String checksum;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected TenantFileState() {
    }

    TenantFileState(String fileName, String checksum) {
        this.fileName = fileName;
        applied(checksum);
    }

    String getChecksum() {
        return checksum;
    }

    void applied(String newChecksum) {
        this.checksum = newChecksum;
        this.appliedAt = Instant.now();
    }
}
