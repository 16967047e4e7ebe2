package org.skillboard.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.skillboard.base.TenantOwnedEntity;

/** An assessment period (campaign), such as "2026 first half". */
@Entity
@Table(name = "assessment_period")
class AssessmentPeriod extends TenantOwnedEntity {

    @Column(name = "period_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected AssessmentPeriod() {
    }

    AssessmentPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        this.key = key;
        update(name, startsOn, endsOn);
    }

    void update(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    PeriodSummary summary() {
        return new PeriodSummary(getId(), key, name, startsOn, endsOn);
    }
}
