package org.skillboard.assessment;

import java.time.LocalDate;

/**
 * One assessment as an export writes it, with the names of its assessor and period.
 *
 * @param assessorName who assessed, or {@code null} when it came from a file without one
 * @param periodName the assessment period, or {@code null}
 */
public record AssessmentRecord(long personId, String family, String itemCode, AssessmentKind kind,
        String levelCode, LocalDate assessedOn, String assessorName, String periodName, String evidence) {
}
