package org.skillboard.assessment;

import java.time.LocalDate;
import org.skillboard.jobprofile.ItemRef;

/** An assessment that comes from a file (tenant files, demo data), people named by key. */
public record ProvisionedAssessment(String personKey, ItemRef item, AssessmentKind kind, String levelCode,
        LocalDate assessedOn, String assessorKey, String periodKey, String evidence) {
}
