package org.skillboard.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** A level an item defines, with its description ({@code null} for a band listed without one). */
@Entity
@Table(name = "item_level")
class ItemLevel extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private FrameworkItem item;

    @Column(name = "level_code", nullable = false, updatable = false)
    private String code;

    @Column(name = "level_rank", nullable = false)
    private int rank;

    private String description;

    @Column(name = "change_mark")
    private String changeMark;

    protected ItemLevel() {
    }

    ItemLevel(FrameworkItem item, String code) {
        this.item = item;
        this.code = code;
    }

    void update(int newRank, FrameworkDefinition.ItemLevel level) {
        rank = newRank;
        description = level.description();
        changeMark = level.change();
    }

    String getCode() {
        return code;
    }

    int getRank() {
        return rank;
    }


    FrameworkDefinition.ItemLevel definition() {
        return new FrameworkDefinition.ItemLevel(code, description, changeMark);
    }
}
