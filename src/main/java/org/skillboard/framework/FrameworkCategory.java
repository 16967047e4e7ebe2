package org.skillboard.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** A group of items, such as "Organización" and "Personas". */
@Entity
@Table(name = "framework_category")
class FrameworkCategory extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", updatable = false)
    private Framework framework;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String description;

    protected FrameworkCategory() {
    }

    FrameworkCategory(Framework framework, int sortOrder, FrameworkDefinition.Category category) {
        this.framework = framework;
        this.sortOrder = sortOrder;
        this.code = category.code();
        this.name = category.name();
        this.description = category.description();
    }

    void update(int newSortOrder, FrameworkDefinition.Category category) {
        sortOrder = newSortOrder;
        name = category.name();
        description = category.description();
    }

    int getSortOrder() {
        return sortOrder;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    FrameworkDefinition.Category definition() {
        return new FrameworkDefinition.Category(code, name, description);
    }
}
