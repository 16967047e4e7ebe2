package org.skillboard.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and people as the signed-in user may see them: a tenant admin sees every
 * team, a team lead the teams she leads, a member only their own profile. Current views
 * leave out leavers and archived teams; "as it was on" views and history exports, which
 * have their own methods here, keep them.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final TeamOverviews overviews;

    PeopleService(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships,
            TeamOverviews overviews) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
        this.overviews = overviews;
    }

    /**
     * The teams in use the user oversees, each with its leads and members who are still here, in two queries:
     * what current views (today's heatmap, templates, team pickers) show.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public List<TeamOverview> myTeams() {
        SkillboardUser me = CurrentUser.require();
        List<Long> teamIds;
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            teamIds = teams.findByArchivedAtIsNullOrderByNameAsc().stream().map(Team::getId).toList();
        } else if (me.personId() == null) {
            teamIds = List.of();
        } else {
            teamIds = memberships.findWithTeamByPersonId(me.personId()).stream()
                    .filter(membership -> membership.getRole() == TeamRole.LEAD && !membership.getTeam().isArchived())
                    .map(membership -> membership.getTeam().getId()).toList();
        }
        return overviews.of(teamIds, Person::isActive);
    }

    /**
     * One team with the people still in it, if the user oversees it; refused otherwise, whether or not it
     * exists. An archived team is found too (its history is kept), but no picker offers it.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public TeamOverview team(long teamId) {
        return checkedTeam(teamId, Person::isActive);
    }

    /**
     * One team as it was at the end of a day, for "as it was on" views: a person who left on that day or
     * before is not in it, one who left later is. Refused as {@link #team(long)}.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public TeamOverview teamOn(long teamId, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return checkedTeam(teamId, person -> person.activeOn(day));
    }

    /** The team with everyone ever in it, leavers too, for history exports. Refused as {@link #team(long)}. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public TeamOverview teamWithLeavers(long teamId) {
        return checkedTeam(teamId, person -> true);
    }

    /** The teams the user oversees, archived ones too, with leavers, for history exports. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public List<TeamOverview> myTeamsWithLeavers() {
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
        return overviews.of(teamIds, person -> true);
    }

    /** Built first (one query, the tenant filter applies), then checked: any team for an admin, else hers. */
    private TeamOverview checkedTeam(long teamId, java.util.function.Predicate<Person> shown) {
        SkillboardUser me = CurrentUser.require();
        TeamOverview team = overviews.of(List.of(teamId), shown).stream().findFirst().orElse(null);
        boolean mine = team != null && (me.hasRole(Roles.TENANT_ADMIN) || me.personId() != null
                && memberships.findWithTeamByPersonId(me.personId()).stream().anyMatch(membership ->
                        membership.getRole() == TeamRole.LEAD && membership.getTeam().getId() == teamId));
        if (!mine) {
            throw new AccessDeniedException("Not one of your teams");
        }
        return team;
    }

    /**
     * The teams in use the user belongs to, with her role in each; for a tenant admin every team in use
     * (with {@code role == null} where she is not in it). For team pickers.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<VisibleTeam> visibleTeams() {
        SkillboardUser me = CurrentUser.require();
        Map<Long, TeamRole> roles = new java.util.HashMap<>();
        List<VisibleTeam> mine = new ArrayList<>();
        if (me.personId() != null) {
            for (TeamMembership membership : memberships.findWithTeamByPersonId(me.personId())) {
                Team team = membership.getTeam();
                if (!team.isArchived()) {
                    roles.put(team.getId(), membership.getRole());
                    mine.add(new VisibleTeam(team.getId(), team.getKey(), team.getName(), membership.getRole()));
                }
            }
        }
        if (!me.hasRole(Roles.TENANT_ADMIN)) {
            return mine;
        }
        return teams.findByArchivedAtIsNullOrderByNameAsc().stream()
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
            List<TeamMembership> mine = memberships.findWithTeamByPersonId(personId).stream()
                    .filter(membership -> !membership.getTeam().isArchived()).toList();
            List<Long> teamIds = mine.stream().map(membership -> membership.getTeam().getId()).toList();
            Map<Long, List<String>> leadsByTeam = new LinkedHashMap<>();
            for (TeamOverview overview : overviews.of(teamIds, Person::isActive)) {
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
        // leavers and archived teams too: their history stays readable to their lead
        return memberships.peopleInTeamsOf(me.personId(), TeamRole.LEAD).contains(personId);
    }

    /** Whether this person is still here (a person of another tenant is not found, and so not). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public boolean isActive(long personId) {
        return people.activeById(personId).orElse(false);
    }

    /** Refuses, naming her and the day she left, when this person has left: she is no longer assessed. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public void checkActive(long personId) {
        people.findById(personId).filter(person -> !person.isActive()).ifPresent(person -> {
            throw new UserFacingException("people.error.person-left", person.getName(),
                    String.valueOf(person.getLeftOn()));
        });
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

    /** Everybody still here in the tenant, by name, whether in a team or not: for templates and pickers. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<NamedPerson> everyone() {
        return people.findByActiveTrueOrderByNameAsc().stream().map(PeopleService::named).toList();
    }

    /** Everybody in the tenant, leavers too, by name: for history exports. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<NamedPerson> everyoneWithLeavers() {
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
        return new PeopleCounts(people.countByActive(true), teams.countByArchivedAtIsNull());
    }

    private java.util.Set<Long> teamIdsOf(long personId, TeamRole role) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (TeamMembership membership : memberships.findWithTeamByPersonId(personId)) {
            if (!membership.getTeam().isArchived() && (role == null || membership.getRole() == role)) {
                ids.add(membership.getTeam().getId());
            }
        }
        return ids;
    }
}
