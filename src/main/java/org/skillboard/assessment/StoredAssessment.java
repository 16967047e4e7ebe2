package org.skillboard.assessment;

import java.time.LocalDate;

/** An assessment row as the history export reads it: ids, not entities, so a long read stays small. */
record StoredAssessment(long personId, String family, String itemCode, AssessmentKind kind, String levelCode,
        LocalDate assessedOn, Long assessorId, Long periodId, String evidence) {
}
