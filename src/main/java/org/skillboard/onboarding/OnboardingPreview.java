package org.skillboard.onboarding;

import java.util.List;
import org.skillboard.excel.SheetProblem;

/**
 * What confirming a workbook would store, and every problem in it by sheet and cell. Nothing is stored while
 * there is a problem.
 */
public record OnboardingPreview(String fileName, int teams, int people, int memberships, int logins,
        List<SheetProblem> problems) {

    public OnboardingPreview {
        problems = List.copyOf(problems);
    }

    public boolean canConfirm() {
        return problems.isEmpty() && teams + people + memberships + logins > 0;
    }
}
