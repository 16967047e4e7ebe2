package org.skillboard.maturity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.skillboard.base.TenantOwnedEntity;

/**
 * One assessor's maturity worksheet for one unit. A draft can be changed as often as
 * needed; once completed it is never changed again, and the next assessment is a new one.
 */
@Entity
@Table(name = "maturity_assessment")
class MaturityAssessment extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String family;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Column(name = "assessor_id", nullable = false, updatable = false)
    private long assessorId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaturityStatus status = MaturityStatus.DRAFT;

    private String ambition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MaturityRating> ratings = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    @BatchSize(size = 64)
    private List<CriticalChange> changes = new ArrayList<>();

    protected MaturityAssessment() {
    }

    MaturityAssessment(String family, MaturityUnit unit, long assessorId, LocalDate assessedOn) {
        this.family = family;
        this.teamId = unit.teamId();
        this.assessorId = assessorId;
        this.assessedOn = assessedOn;
    }

    /** Writes the answers over the draft's: ratings per dimension, the ambition, the changes in order. */
    void fill(WorksheetAnswers answers) {
        if (status != MaturityStatus.DRAFT) {
            throw new IllegalStateException("A completed maturity assessment is never changed");
        }
        assessedOn = answers.assessedOn();
        ambition = answers.ambition();
        Map<String, MaturityRating> existing = new HashMap<>();
        ratings.forEach(rating -> existing.put(rating.getDimensionCode(), rating));
        ratings.removeIf(rating -> !answers.choices().containsKey(rating.getDimensionCode()));
        answers.choices().forEach((dimension, choice) -> {
            MaturityRating rating = existing.get(dimension);
            if (rating == null) {
                ratings.add(new MaturityRating(this, dimension, choice.today(), choice.target()));
            } else {
                rating.rate(choice.today(), choice.target());
            }
        });
        // changes are numbered from 1; rewritten in place so that numbers stay unique at every flush
        List<WorksheetAnswers.Change> wanted = answers.changes();
        while (changes.size() > wanted.size()) {
            changes.removeLast();
        }
        for (int i = 0; i < wanted.size(); i++) {
            WorksheetAnswers.Change change = wanted.get(i);
            if (i < changes.size()) {
                changes.get(i).describe(change.description(), change.owner(), change.dueOn());
            } else {
                changes.add(new CriticalChange(this, i + 1, change.description(), change.owner(), change.dueOn()));
            }
        }
    }

    void complete(Instant now) {
        status = MaturityStatus.COMPLETED;
        completedAt = now;
    }

    WorksheetAnswers answers() {
        Map<String, WorksheetAnswers.Choice> choices = new HashMap<>();
        ratings.forEach(rating -> choices.put(rating.getDimensionCode(),
                new WorksheetAnswers.Choice(rating.getTodayLevel(), rating.getTargetLevel())));
        return new WorksheetAnswers(assessedOn, choices, ambition,
                changes.stream().map(CriticalChange::answer).toList());
    }

    String getFamily() {
        return family;
    }

    MaturityUnit unit() {
        return new MaturityUnit(teamId);
    }

    long getAssessorId() {
        return assessorId;
    }

    LocalDate getAssessedOn() {
        return assessedOn;
    }

    MaturityStatus getStatus() {
        return status;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    List<MaturityRating> getRatings() {
        return ratings;
    }
}
