package org.skillboard.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and people as the signed-in user may see them: a tenant admin sees every
 * team, a team lead the teams she leads, a member only their own profile.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    PeopleService(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
    }

    /** The teams the user oversees, each with its leads and members, in two queries. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public List<TeamOverview> myTeams() {
        SkillboardUser me = CurrentUser.require();
        List<Long> teamIds;
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            teamIds = teams.findAllByOrderByNameAsc().stream().map(Team::getId).toList();
        } else if (me.personId() == null) {
            teamIds = List.of();
        } else {
            teamIds = memberships.findWithTeamByPersonId(me.personId()).stream()
                    .filter(membership -> membership.getRole() == TeamRole.LEAD)
                    .map(membership -> membership.getTeam().getId()).toList();
        }
        return overviews(teamIds);
    }

    /** One team, if the user oversees it; refused otherwise, whether or not it exists. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public TeamOverview team(long teamId) {
        SkillboardUser me = CurrentUser.require();
        // built first (one query, the tenant filter applies), then checked as myTeams() would: any team
        // of the tenant for its admin, a team she leads for anyone else
        TeamOverview team = overviews(List.of(teamId)).stream().findFirst().orElse(null);
        boolean mine = team != null && (me.hasRole(Roles.TENANT_ADMIN) || me.personId() != null
                && team.leads().stream().anyMatch(lead -> lead.personId() == me.personId()));
        if (!mine) {
            throw new AccessDeniedException("Not one of your teams");
        }
        return team;
    }

    /**
     * The teams the user belongs to, with her role in each; for a tenant admin every team
     * (with {@code role == null} where she is not in it).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<VisibleTeam> visibleTeams() {
        SkillboardUser me = CurrentUser.require();
        Map<Long, TeamRole> roles = new java.util.HashMap<>();
        List<VisibleTeam> mine = new ArrayList<>();
        if (me.personId() != null) {
            for (TeamMembership membership : memberships.findWithTeamByPersonId(me.personId())) {
                Team team = membership.getTeam();
                roles.put(team.getId(), membership.getRole());
                mine.add(new VisibleTeam(team.getId(), team.getKey(), team.getName(), membership.getRole()));
            }
        }
        if (!me.hasRole(Roles.TENANT_ADMIN)) {
            return mine;
        }
        return teams.findAllByOrderByNameAsc().stream()
                .map(team -> new VisibleTeam(team.getId(), team.getKey(), team.getName(), roles.get(team.getId())))
                .toList();
    }

    /** The signed-in user's own profile, if the login represents a person. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Optional<PersonProfile> myProfile() {
        Long personId = CurrentUser.require().personId();
        if (personId == null) {
            return Optional.empty();
        }
        return people.findById(personId).map(person -> {
            List<TeamMembership> mine = memberships.findWithTeamByPersonId(personId);
            List<Long> teamIds = mine.stream().map(membership -> membership.getTeam().getId()).toList();
            Map<Long, List<String>> leadsByTeam = new LinkedHashMap<>();
            for (TeamOverview overview : overviews(teamIds)) {
                leadsByTeam.put(overview.id(), overview.leads().stream().map(TeamPerson::name).toList());
            }
            List<PersonProfile.TeamPlace> places = mine.stream().map(membership -> new PersonProfile.TeamPlace(
                    membership.getTeam().getName(), membership.getRole(),
                    leadsByTeam.getOrDefault(membership.getTeam().getId(), List.of()))).toList();
            return new PersonProfile(person.getId(), person.getName(), person.getJobTitle(), person.getEmail(), places);
        });
    }

    /** Whether the signed-in user leads a team this person is in (or administers the tenant). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public boolean oversees(long personId) {
        SkillboardUser me = CurrentUser.require();
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            return people.findById(personId).isPresent();
        }
        if (!me.hasRole(Roles.TEAM_LEAD) || me.personId() == null) {
            return false;
        }
        return myTeams().stream().anyMatch(team -> team.members().stream().anyMatch(p -> p.personId() == personId)
                || team.leads().stream().anyMatch(p -> p.personId() == personId));
    }

    /**
     * Whether the signed-in user leads one of this person's teams, and so assesses them
     * as their manager. Administering the tenant is not enough, and nobody manages herself.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public boolean leadsTeamOf(long personId) {
        Long me = CurrentUser.require().personId();
        if (me == null || me == personId) {
            return false;
        }
        java.util.Set<Long> theirTeams = teamIdsOf(personId, null);
        return teamIdsOf(me, TeamRole.LEAD).stream().anyMatch(theirTeams::contains);
    }

    /** Whether the signed-in user is in a team with this person (and is not that person). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public boolean sharesTeamWith(long personId) {
        Long me = CurrentUser.require().personId();
        if (me == null || me == personId) {
            return false;
        }
        java.util.Set<Long> theirTeams = teamIdsOf(personId, null);
        return teamIdsOf(me, null).stream().anyMatch(theirTeams::contains);
    }

    /**
     * Whether the signed-in user may see all of these people: each is herself or in a team she leads; a
     * tenant admin anyone of her tenant (another tenant's people are never found). One query for a lead.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public boolean maySee(java.util.Collection<Long> personIds) {
        SkillboardUser me = CurrentUser.require();
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            return true;
        }
        java.util.Set<Long> others = new java.util.HashSet<>(personIds);
        if (me.personId() != null) {
            others.remove(me.personId());
        }
        if (others.isEmpty()) {
            return true;
        }
        return me.hasRole(Roles.TEAM_LEAD) && me.personId() != null
                && new java.util.HashSet<>(memberships.peopleInTeamsOf(me.personId(), TeamRole.LEAD))
                        .containsAll(others);
    }

    /** Names of people by id, refused unless the user may see them all (see {@link #maySee}). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Map<Long, String> names(java.util.Collection<Long> personIds) {
        checkMaySee(personIds);
        Map<Long, String> names = new java.util.HashMap<>();
        people.findByIds(personIds).forEach(person -> names.put(person.getId(), person.getName()));
        return names;
    }

    /** The keys of these people, by id, for sheets that name people by key; refused as {@link #names}. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Map<Long, String> keysOf(java.util.Collection<Long> personIds) {
        checkMaySee(personIds);
        Map<Long, String> keys = new java.util.HashMap<>();
        people.findByIds(personIds).forEach(person -> keys.put(person.getId(), person.getKey()));
        return keys;
    }

    /**
     * Keys and names of people by id, for exports that name people as the tenant's files do; refused as
     * {@link #names}.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Map<Long, NamedPerson> keysAndNames(java.util.Collection<Long> personIds) {
        checkMaySee(personIds);
        Map<Long, NamedPerson> found = new java.util.HashMap<>();
        people.findByIds(personIds).forEach(person -> found.put(person.getId(), named(person)));
        return found;
    }

    /** Everybody in the tenant, by name, whether in a team or not. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<NamedPerson> everyone() {
        return people.findAllByOrderByNameAsc().stream().map(PeopleService::named).toList();
    }

    private void checkMaySee(java.util.Collection<Long> personIds) {
        if (!maySee(personIds)) {
            throw new AccessDeniedException("Not one of your people");
        }
    }

    private static NamedPerson named(Person person) {
        return new NamedPerson(person.getId(), person.getKey(), person.getName());
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public PeopleCounts counts() {
        return new PeopleCounts(people.count(), teams.count());
    }

    private java.util.Set<Long> teamIdsOf(long personId, TeamRole role) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (TeamMembership membership : memberships.findWithTeamByPersonId(personId)) {
            if (role == null || membership.getRole() == role) {
                ids.add(membership.getTeam().getId());
            }
        }
        return ids;
    }

    private List<TeamOverview> overviews(List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        Map<Long, TeamOverviewBuilder> byTeam = new LinkedHashMap<>();
        for (TeamMembership membership : memberships.findWithPeopleByTeamIds(teamIds)) {
            Team team = membership.getTeam();
            TeamPerson person = new TeamPerson(membership.getPerson().getId(), membership.getPerson().getName(),
                    membership.getPerson().getJobTitle());
            TeamOverviewBuilder builder = byTeam.computeIfAbsent(team.getId(), id -> new TeamOverviewBuilder(team));
            (membership.getRole() == TeamRole.LEAD ? builder.leads : builder.members).add(person);
        }
        // teams without anybody yet still show
        List<Long> missing = teamIds.stream().filter(id -> !byTeam.containsKey(id)).toList();
        missing.forEach(id -> teams.findById(id).ifPresent(team -> byTeam.put(id, new TeamOverviewBuilder(team))));
        return byTeam.values().stream().map(TeamOverviewBuilder::build)
                .sorted(java.util.Comparator.comparing(TeamOverview::name)).toList();
    }

    private static final class TeamOverviewBuilder {
        private final Team team;
        private final List<TeamPerson> leads = new ArrayList<>();
        private final List<TeamPerson> members = new ArrayList<>();

        TeamOverviewBuilder(Team team) {
            this.team = team;
        }

        TeamOverview build() {
            return new TeamOverview(team.getId(), team.getKey(), team.getName(), List.copyOf(leads),
                    List.copyOf(members));
        }
    }
}
