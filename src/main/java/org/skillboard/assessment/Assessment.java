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
import org.skillboard.base.UserFacingException;
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
class Assessment extends TenantOwnedEntity implements LatestAndShown.Candidate {

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

    /** The longest evidence an assessment keeps. */
    static final int MAX_EVIDENCE = 2000;

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

    /** Evidence as kept: stripped, {@code null} when blank; refused when longer than {@link #MAX_EVIDENCE}. */
    static String evidence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_EVIDENCE) {
            throw new UserFacingException("assessment.error.evidence-too-long", MAX_EVIDENCE);
        }
        return trimmed;
    }

    long getPersonId() {
        return personId;
    }

    ItemRef item() {
        return item;
    }

    @Override
    public AssessmentKind getKind() {
        return kind;
    }

    String getLevelCode() {
        return levelCode;
    }

    @Override
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    @Override
    public Instant getRecordedAt() {
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

    @Override
    public boolean isLatest() {
        return latest;
    }

    void setLatest(boolean latest) {
        this.latest = latest;
    }

    boolean isShown() {
        return shown;
    }

    @Override
    public void setShown(boolean shown) {
        this.shown = shown;
    }
}
