package org.skillboard.people;

import java.util.List;

/** A person as the tenant admin manages them: details and every team they are in. */
public record PersonOverview(long id, String key, String name, String jobTitle, String email,
        List<Membership> teams) {

    public record Membership(long teamId, String teamName, TeamRole role) {
    }
}
