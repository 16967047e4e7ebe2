package org.skillboard.jobprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** The level a job profile needs in one item. */
@Entity
@Table(name = "job_profile_requirement")
class Requirement extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_profile_id", updatable = false)
    private JobProfile profile;

    @Embedded
    private ItemRef item;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    protected Requirement() {
    }

    Requirement(JobProfile profile, ItemRef item, String levelCode) {
        this.profile = profile;
        this.item = item;
        this.levelCode = levelCode;
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
