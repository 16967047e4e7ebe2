package org.skillboard.onboarding.sheets;

import java.util.List;
import org.skillboard.excel.SheetProblem;

/**
 * What an onboarding workbook holds: its team and people rows in the order written, and what is wrong with
 * the workbook as such (a formula, a sheet without its header, no rows at all). Checking the rows against
 * each other and the tenant is the onboarding service's job.
 */
public record OnboardingRows(List<OnboardingLine> teams, List<OnboardingLine> people, List<SheetProblem> problems) {

    public OnboardingRows {
        teams = List.copyOf(teams);
        people = List.copyOf(people);
        problems = List.copyOf(problems);
    }
}
