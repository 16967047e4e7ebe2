package org.skillboard.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** How a tenant runs assessments: when one becomes stale, and whether peers assess. */
@Entity
@Table(name = "assessment_settings")
class AssessmentSettings extends TenantOwnedEntity {

    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths = AssessmentRules.DEFAULT.reviewIntervalMonths();

    @Column(name = "peer_assessments", nullable = false)
    private boolean peerAssessments;

    protected AssessmentSettings() {
    }

    AssessmentSettings(int reviewIntervalMonths, boolean peerAssessments) {
        update(reviewIntervalMonths, peerAssessments);
    }

    void update(int reviewIntervalMonths, boolean peerAssessments) {
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.peerAssessments = peerAssessments;
    }

    AssessmentRules rules() {
        return new AssessmentRules(reviewIntervalMonths, peerAssessments);
    }
}
