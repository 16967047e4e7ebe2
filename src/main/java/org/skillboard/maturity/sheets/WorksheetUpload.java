package org.skillboard.maturity.sheets;

import java.util.List;
import org.skillboard.excel.SheetProblem;
import org.skillboard.maturity.WorksheetAnswers;

/**
 * A filled-in maturity template as read: the answers it holds, to fill the worksheet's form
 * with, and every problem by sheet and cell. While any problem remains the answers are not to
 * be used; they are {@code null} when the file is not a template for this worksheet at all.
 */
public record WorksheetUpload(WorksheetAnswers answers, List<SheetProblem> problems) {

    public WorksheetUpload {
        problems = List.copyOf(problems);
    }

    /** Whether the answers can go into the form: read, and nothing wrong with them. */
    public boolean clean() {
        return answers != null && problems.isEmpty();
    }
}
