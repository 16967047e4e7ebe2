package org.skillboard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.skillboard.jobprofile.ItemRef;

/**
 * One assessment with the moment it was recorded and who recorded it, for "what changed since": the day it
 * is dated by ({@code assessedOn}) may lie before the moment it was recorded.
 *
 * @param assessorId who recorded it, {@code null} when it came from a file
 * @param assessorName her name, {@code null} when it came from a file
 * @param acceptedSelfAssessment whether a lead recorded it by accepting the self-assessment
 */
public record RecordedAssessment(ItemRef item, AssessmentKind kind, String levelCode, LocalDate assessedOn,
        Instant recordedAt, Long assessorId, String assessorName, boolean acceptedSelfAssessment) {
}
