package org.skillboard.assessment;

import java.time.LocalDate;
import org.skillboard.jobprofile.ItemRef;

/**
 * One recorded assessment as people read it in a history.
 *
 * @param assessorName who assessed, or {@code null} when it came from a file
 * @param acceptedSelfAssessment whether a lead recorded it by accepting the self-assessment
 */
public record AssessmentEntry(long id, long personId, ItemRef item, AssessmentKind kind, String levelCode,
        LocalDate assessedOn, String assessorName, String periodName, String evidence, boolean latest,
        boolean acceptedSelfAssessment) {
}
