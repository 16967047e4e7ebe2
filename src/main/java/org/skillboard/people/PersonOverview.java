package org.skillboard.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the tenant admin manages them: details, whether she is still here (and the day she left), and
 * every team in use she is in.
 */
public record PersonOverview(long id, String key, String name, String jobTitle, String email, boolean active,
        LocalDate leftOn, List<Membership> teams) {

    public record Membership(long teamId, String teamName, TeamRole role) {
    }
}
