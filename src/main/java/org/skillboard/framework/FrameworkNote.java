package org.skillboard.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** A framework-wide text, such as SFIA's explanation of undefined lower and higher levels. */
@Entity
@Table(name = "framework_note")
class FrameworkNote extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", updatable = false)
    private Framework framework;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    protected FrameworkNote() {
    }

    FrameworkNote(Framework framework, int sortOrder, FrameworkDefinition.Note note) {
        this.framework = framework;
        this.sortOrder = sortOrder;
        this.title = note.title();
        this.body = note.text();
    }

    void update(int newSortOrder, FrameworkDefinition.Note note) {
        sortOrder = newSortOrder;
        title = note.title();
        body = note.text();
    }

    FrameworkDefinition.Note definition() {
        return new FrameworkDefinition.Note(title, body);
    }
}
