package org.skillboard.onboarding;

import java.util.List;
import org.skillboard.excel.SheetProblem;
import org.skillboard.people.TeamRole;

/**
 * What a checked workbook asks for: new teams, new people, their places in teams (new or existing), and
 * logins; and every problem. Only a plan without problems is stored.
 */
record OnboardingPlan(List<NewTeam> teams, List<NewPerson> people, List<Place> places, List<NewLogin> logins,
        List<SheetProblem> problems) {

    record NewTeam(String key, String name) {
    }

    record NewPerson(String key, String name, String email, String jobTitle) {
    }

    record Place(String personKey, String teamKey, TeamRole role) {
    }

    record NewLogin(String personKey, String login, boolean tenantAdmin) {
    }

    OnboardingPreview preview(String fileName) {
        return new OnboardingPreview(fileName, teams.size(), people.size(), places.size(), logins.size(), problems);
    }
}
