package org.skillboard.assessment;

import java.time.LocalDate;

/**
 * How a tenant runs assessments.
 *
 * @param reviewIntervalMonths after how many months an assessment is stale
 * @param peerAssessments whether people in the same team may assess each other
 */
public record AssessmentRules(int reviewIntervalMonths, boolean peerAssessments) {

    public static final AssessmentRules DEFAULT = new AssessmentRules(12, false);

    /** Assessments made before this day are stale on {@code today}. */
    public LocalDate staleBefore(LocalDate today) {
        return today.minusMonths(reviewIntervalMonths);
    }
}
