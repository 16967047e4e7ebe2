package org.skillboard.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.skillboard.base.TenantOwnedEntity;
import org.skillboard.jobprofile.ItemRef;

/**
 * One person's level in one skill or criterion, as one assessor saw it on one day.
 * Never changed once recorded, except for two flags: {@code latest}, which moves to a
 * newer assessment of the same person, item and kind, and {@code shown}, which marks the
 * assessment a heatmap cell shows by default: the latest manager assessment of the person
 * and item, else the latest self-assessment.
 */
@Entity
@Table(name = "assessment")
// ids a thousand at a time (migration V9): imports insert many rows at once
@SequenceGenerator(sequenceName = "assessment_seq", allocationSize = 1000)
class Assessment extends TenantOwnedEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Embedded
    private ItemRef item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AssessmentKind kind;

    @Column(name = "level_code", nullable = false, updatable = false)
    private String levelCode;

    /** Read as a {@code LocalDate} by the driver, not through {@code java.sql.Date} (the heatmap reads many). */
    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "assessor_id", updatable = false)
    private Long assessorId;

    @Column(name = "period_id", updatable = false)
    private Long periodId;

    @Column(name = "accepted_from", updatable = false)
    private Long acceptedFrom;

    @Column(updatable = false)
    private String evidence;

    @Column(nullable = false)
    private boolean latest;

    @Column(nullable = false)
    private boolean shown;

    protected Assessment() {
    }

    Assessment(long personId, ItemRef item, AssessmentKind kind, String levelCode, LocalDate assessedOn,
            Long assessorId, Long periodId, Long acceptedFrom, String evidence) {
        this.personId = personId;
        this.item = item;
        this.kind = kind;
        this.levelCode = levelCode;
        this.assessedOn = assessedOn;
        this.recordedAt = Instant.now();
        this.assessorId = assessorId;
        this.periodId = periodId;
        this.acceptedFrom = acceptedFrom;
        this.evidence = evidence;
    }

    long getPersonId() {
        return personId;
    }

    ItemRef item() {
        return item;
    }

    AssessmentKind getKind() {
        return kind;
    }

    String getLevelCode() {
        return levelCode;
    }

    LocalDate getAssessedOn() {
        return assessedOn;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    Long getAssessorId() {
        return assessorId;
    }

    Long getPeriodId() {
        return periodId;
    }

    Long getAcceptedFrom() {
        return acceptedFrom;
    }

    String getEvidence() {
        return evidence;
    }

    boolean isLatest() {
        return latest;
    }

    void setLatest(boolean latest) {
        this.latest = latest;
    }

    boolean isShown() {
        return shown;
    }

    void setShown(boolean shown) {
        this.shown = shown;
    }

    /**
     * Whether a heatmap cell shows this assessment rather than another of the same person
     * and item: a manager's over a self-assessment, and of one kind the newer.
     */
    boolean isShownBefore(Assessment other) {
        if (kind != other.kind) {
            return kind == AssessmentKind.MANAGER || other.kind == AssessmentKind.PEER;
        }
        return isNewerThan(other);
    }

    /** Whether this assessment is newer than another of the same person, item and kind. */
    boolean isNewerThan(Assessment other) {
        int byDate = assessedOn.compareTo(other.assessedOn);
        return byDate != 0 ? byDate > 0 : recordedAt.isAfter(other.recordedAt);
    }
}
