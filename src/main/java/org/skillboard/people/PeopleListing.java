package org.skillboard.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The tenant admin's people and teams lists, a page at a time: one query for the page, one for its count,
 * one or two for what each row shows (teams of the people, leads and sizes of the teams), whatever the
 * tenant's size. {@link PeopleAdministration} checks who asks.
 */
@Component
class PeopleListing {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    PeopleListing(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
    }

    Page<PersonOverview> people(PeopleFilter filter, Pageable page) {
        Page<Person> found = people.findFiltered(PeopleRules.containsPattern(filter.text()), active(filter),
                filter.teamId(), role(filter), filter.place() == PeopleFilter.Place.NO_TEAM, page);
        Map<Long, List<PersonOverview.Membership>> places = new HashMap<>();
        List<Long> ids = found.getContent().stream().map(Person::getId).toList();
        if (!ids.isEmpty()) {
            for (TeamMembership membership : memberships.findWithTeamInUseByPersonIds(ids)) {
                places.computeIfAbsent(membership.getPerson().getId(), id -> new ArrayList<>())
                        .add(membership(membership));
            }
        }
        return found.map(person -> overview(person, places.getOrDefault(person.getId(), List.of())));
    }

    long countPeople(PeopleFilter filter) {
        return people.countFiltered(PeopleRules.containsPattern(filter.text()), active(filter), filter.teamId(),
                role(filter), filter.place() == PeopleFilter.Place.NO_TEAM);
    }

    PeopleTally peopleTally() {
        return new PeopleTally(people.countByActive(true), people.countByActive(false));
    }

    Page<TeamRow> teams(TeamFilter filter, Pageable page) {
        Page<Team> found = teams.findFiltered(PeopleRules.containsPattern(filter.text()), filter.withArchived(),
                page);
        List<Long> ids = found.getContent().stream().map(Team::getId).toList();
        Map<Long, List<String>> leads = new LinkedHashMap<>();
        Map<Long, Long> sizes = new HashMap<>();
        if (!ids.isEmpty()) {
            memberships.findActiveWithPersonByTeamIdsAndRole(ids, TeamRole.LEAD).forEach(membership ->
                    leads.computeIfAbsent(membership.getTeam().getId(), id -> new ArrayList<>())
                            .add(membership.getPerson().getName()));
            memberships.countActiveByTeamIds(ids).forEach(row -> sizes.put((Long) row[0], (Long) row[1]));
        }
        return found.map(team -> new TeamRow(team.getId(), team.getKey(), team.getName(), team.isArchived(),
                List.copyOf(leads.getOrDefault(team.getId(), List.of())), sizes.getOrDefault(team.getId(), 0L)));
    }

    long countTeams(TeamFilter filter) {
        return teams.countFiltered(PeopleRules.containsPattern(filter.text()), filter.withArchived());
    }

    TeamTally teamTally() {
        return new TeamTally(teams.countByArchivedAtIsNull(), teams.countByArchivedAtIsNotNull());
    }

    static PersonOverview overview(Person person, List<PersonOverview.Membership> places) {
        return new PersonOverview(person.getId(), person.getKey(), person.getName(), person.getJobTitle(),
                person.getEmail(), person.isActive(), person.getLeftOn(), List.copyOf(places));
    }

    static PersonOverview.Membership membership(TeamMembership membership) {
        return new PersonOverview.Membership(membership.getTeam().getId(), membership.getTeam().getName(),
                membership.getRole());
    }

    private static Boolean active(PeopleFilter filter) {
        return filter.status() == null ? null : filter.status() == PeopleFilter.Status.ACTIVE;
    }

    private static TeamRole role(PeopleFilter filter) {
        if (filter.place() == null) {
            return null;
        }
        return switch (filter.place()) {
            case LEAD -> TeamRole.LEAD;
            case MEMBER -> TeamRole.MEMBER;
            case NO_TEAM -> null;
        };
    }
}
