package org.skillboard.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import org.skillboard.base.TenantOwnedEntity;

/** Someone whose skills are seen and assessed. May or may not have a login. */
@Entity
class Person extends TenantOwnedEntity {

    /** Stable key from the tenant's files or spreadsheets; unique within the tenant. */
    @Column(name = "person_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    private String email;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** False once she has left: kept for history, left out of current views, her login stops working. */
    @Column(nullable = false)
    private boolean active = true;

    /** The day she left: "as it was on" an earlier day still shows her. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Person() {
    }

    Person(String key, String name) {
        this.key = key;
        this.name = name;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    void deactivate(LocalDate day) {
        active = false;
        leftOn = day;
    }

    void reactivate() {
        active = true;
        leftOn = null;
    }

    /** Whether she was still here at the end of this day: she had not left yet, or left later. */
    boolean activeOn(LocalDate day) {
        return leftOn == null ? active : leftOn.isAfter(day);
    }
}
