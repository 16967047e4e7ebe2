package org.skillboard.jobprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** Which job profile a person has. */
@Entity
@Table(name = "person_job_profile")
class PersonJobProfile extends TenantOwnedEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_profile_id")
    private JobProfile profile;

    protected PersonJobProfile() {
    }

    PersonJobProfile(long personId, JobProfile profile) {
        this.personId = personId;
        this.profile = profile;
    }

    long getPersonId() {
        return personId;
    }

    JobProfile getProfile() {
        return profile;
    }

    void setProfile(JobProfile profile) {
        this.profile = profile;
    }
}
