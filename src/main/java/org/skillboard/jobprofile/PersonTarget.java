package org.skillboard.jobprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** A person's own target level in one item; it wins over the job profile's. */
@Entity
@Table(name = "person_target")
class PersonTarget extends TenantOwnedEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Embedded
    private ItemRef item;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    protected PersonTarget() {
    }

    PersonTarget(long personId, ItemRef item, String levelCode) {
        this.personId = personId;
        this.item = item;
        this.levelCode = levelCode;
    }

    long getPersonId() {
        return personId;
    }

    ItemRef item() {
        return item;
    }

    String getLevelCode() {
        return levelCode;
    }

    void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }
}
