package org.skillboard.heatmap;

import java.time.LocalDate;
import org.skillboard.assessment.AssessmentKind;

/**
 * One assessment in the long-format history export: who, which skill or criterion, what level, by which
 * kind of assessment, when, in which period, by whom and on what evidence.
 *
 * @param itemName the item's name, as the newest version that has it names it (retired and archived ones too)
 * @param periodName {@code null} outside assessment periods
 * @param assessorName {@code null} when the assessment came from a file without an assessor
 */
public record HistoryLine(String personKey, String personName, String family, String itemCode, String itemName,
        String levelCode, AssessmentKind kind, LocalDate assessedOn, String periodName, String assessorName,
        String evidence) {
}
