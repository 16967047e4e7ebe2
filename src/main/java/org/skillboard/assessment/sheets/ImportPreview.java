package org.skillboard.assessment.sheets;

import java.time.LocalDate;
import java.util.List;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.ImportCheck;
import org.skillboard.excel.SheetProblem;

/**
 * What confirming an upload would do: how many assessments are new, changed and
 * unchanged, each change, and every problem next to its cell. Nothing is stored while a
 * problem remains.
 */
public record ImportPreview(String fileName, String checksum, int added, int changed, int unchanged,
        List<Change> changes, List<SheetProblem> problems) {

    /** One row that confirming would store: a first level (NEW) or another level (CHANGED). */
    public record Change(String sheet, int row, String personName, String itemCode, String itemName,
            AssessmentKind kind, LocalDate day, String previousLevel, String level, ImportCheck.Status status) {
    }

    public boolean canConfirm() {
        return problems.isEmpty() && added + changed > 0;
    }
}
