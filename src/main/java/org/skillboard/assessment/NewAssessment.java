package org.skillboard.assessment;

import java.time.LocalDate;
import org.skillboard.jobprofile.ItemRef;

/**
 * What an assessor enters.
 *
 * @param assessedOn the day of the assessment; {@code null} for today; never in the future
 * @param periodId the assessment period; {@code null} for the one that contains the day, if any
 */
public record NewAssessment(long personId, ItemRef item, AssessmentKind kind, String levelCode, String evidence,
        LocalDate assessedOn, Long periodId) {

    public static NewAssessment today(long personId, ItemRef item, AssessmentKind kind, String levelCode,
            String evidence) {
        return new NewAssessment(personId, item, kind, levelCode, evidence, null, null);
    }
}
