package org.skillboard.assessment;

import java.time.LocalDate;

/** The level one person had in one item by one kind of assessment, as the heatmap reads it. */
public record LevelFact(long personId, String family, String itemCode, AssessmentKind kind, String levelCode,
        LocalDate assessedOn) {
}
