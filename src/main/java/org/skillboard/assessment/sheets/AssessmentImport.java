package org.skillboard.assessment.sheets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.skillboard.base.TenantOwnedEntity;

/** One confirmed upload of an assessment sheet, as the tenant admin looks back on it. */
@Entity
@Table(name = "assessment_import")
class AssessmentImport extends TenantOwnedEntity {

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String checksum;

    @Column(nullable = false, updatable = false)
    private int added;

    @Column(nullable = false, updatable = false)
    private int changed;

    @Column(nullable = false, updatable = false)
    private int unchanged;

    protected AssessmentImport() {
    }

    AssessmentImport(Instant importedAt, String importedBy, String fileName, String checksum, int added, int changed,
            int unchanged) {
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.fileName = fileName;
        this.checksum = checksum;
        this.added = added;
        this.changed = changed;
        this.unchanged = unchanged;
    }

    ImportSummary summary() {
        return new ImportSummary(importedAt, importedBy, fileName, checksum, added, changed, unchanged);
    }
}
