package org.skillboard.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.skillboard.base.TenantOwnedEntity;

/** One dimension of one worksheet: the level today and the level wanted in five years (either may be open in a draft). */
@Entity
@Table(name = "maturity_rating")
class MaturityRating extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", updatable = false)
    private MaturityAssessment assessment;

    @Column(name = "dimension_code", nullable = false, updatable = false)
    private String dimensionCode;

    @Column(name = "today_level")
    private String todayLevel;

    @Column(name = "target_level")
    private String targetLevel;

    protected MaturityRating() {
    }

    MaturityRating(MaturityAssessment assessment, String dimensionCode, String todayLevel, String targetLevel) {
        this.assessment = assessment;
        this.dimensionCode = dimensionCode;
        rate(todayLevel, targetLevel);
    }

    void rate(String today, String target) {
        this.todayLevel = today;
        this.targetLevel = target;
    }

    String getDimensionCode() {
        return dimensionCode;
    }

    String getTodayLevel() {
        return todayLevel;
    }

    String getTargetLevel() {
        return targetLevel;
    }
}
