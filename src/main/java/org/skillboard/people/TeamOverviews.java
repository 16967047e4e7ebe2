package org.skillboard.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Teams with their leads and members, in two queries whatever their size, showing the people a view asks
 * for: those still here (current views), those here at the end of a day ("as it was on"), or everyone who
 * was ever in the team (history exports).
 */
@Component
class TeamOverviews {

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    TeamOverviews(TeamRepository teams, TeamMembershipRepository memberships) {
        this.teams = teams;
        this.memberships = memberships;
    }

    /** The teams by name, each with the people of it that {@code shown} accepts. */
    List<TeamOverview> of(List<Long> teamIds, Predicate<Person> shown) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Builder> byTeam = new LinkedHashMap<>();
        for (TeamMembership membership : memberships.findWithPeopleByTeamIds(teamIds)) {
            Team team = membership.getTeam();
            Builder builder = byTeam.computeIfAbsent(team.getId(), id -> new Builder(team));
            Person person = membership.getPerson();
            if (shown.test(person)) {
                (membership.getRole() == TeamRole.LEAD ? builder.leads : builder.members)
                        .add(new TeamPerson(person.getId(), person.getName(), person.getJobTitle()));
            }
        }
        // teams without anybody yet still show
        teamIds.stream().filter(id -> !byTeam.containsKey(id))
                .forEach(id -> teams.findById(id).ifPresent(team -> byTeam.put(id, new Builder(team))));
        return byTeam.values().stream().map(Builder::build).sorted(Comparator.comparing(TeamOverview::name))
                .toList();
    }

    private static final class Builder {
        private final Team team;
        private final List<TeamPerson> leads = new ArrayList<>();
        private final List<TeamPerson> members = new ArrayList<>();

        Builder(Team team) {
            this.team = team;
        }

        TeamOverview build() {
            return new TeamOverview(team.getId(), team.getKey(), team.getName(), team.isArchived(),
                    List.copyOf(leads), List.copyOf(members));
        }
    }
}
