package org.skillboard.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.skillboard.base.TenantOwnedEntity;

/**
 * An assessment period (campaign), such as "2026 first half". Periods in use never overlap;
 * an archived one is out of use but keeps the name of the assessments made in it.
 */
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

    /** The day an administrator archived it; {@code null} while it is in use. */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

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

    /** Whether the two periods share a day; a period ending the day before another starts does not. */
    boolean overlaps(LocalDate otherStart, LocalDate otherEnd) {
        return !otherStart.isAfter(endsOn) && !startsOn.isAfter(otherEnd);
    }

    boolean isArchived() {
        return archivedOn != null;
    }

    void archive(LocalDate day) {
        archivedOn = day;
    }

    void restore() {
        archivedOn = null;
    }

    PeriodSummary summary() {
        return new PeriodSummary(getId(), key, name, startsOn, endsOn, isArchived());
    }

    /** As the audit log shows it: "2026 H1 (2026-01-01 – 2026-06-30)". */
    String describe() {
        return name + " (" + startsOn + " – " + endsOn + ")";
    }
}
