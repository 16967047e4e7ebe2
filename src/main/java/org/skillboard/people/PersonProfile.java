package org.skillboard.people;

import java.util.List;

public record PersonProfile(long personId, String name, String jobTitle, String email, List<TeamPlace> teams) {

    public record TeamPlace(String teamName, TeamRole role, List<String> leads) {
    }
}
