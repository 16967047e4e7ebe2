package org.skillboard.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/**
 * How often a tenant's frameworks changed: counted up by every change, in the changing
 * transaction, so that a catalogue kept in memory is used only while the count is the one
 * it was read at (see {@link CatalogueCache}), on every instance of the application.
 */
@Entity
@Table(name = "framework_changes")
class FrameworkChanges extends TenantOwnedEntity {

    @Column(nullable = false)
    private long changes;

    long count() {
        return changes;
    }

    void countOne() {
        changes++;
    }
}
