package org.skillboard.people;

import org.skillboard.base.Keys;
import static org.skillboard.people.PeopleRules.checkedEmail;
import static org.skillboard.people.PeopleRules.checkedJobTitle;
import static org.skillboard.people.PeopleRules.checkedKey;
import static org.skillboard.people.PeopleRules.checkedName;
import static org.skillboard.people.PeopleRules.checkedTeamName;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.skillboard.base.AdminChange;
import org.skillboard.base.AdminChange.Kind;
import org.skillboard.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin manages her organisation's people and teams: who is in which team,
 * as lead or member, and each person's details. Nobody is deleted: a leaver is
 * deactivated and a team archived, so that history keeps them. Every change is published
 * as an {@link AdminChange} in its own transaction, for the audit log. Works in the
 * signed-in admin's tenant only; an id of another tenant's row is not found, exactly like
 * a missing one, because Hibernate's tenant filter hides it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class PeopleAdministration {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final TeamOverviews overviews;
    private final PeopleListing listing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleAdministration(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships,
            TeamOverviews overviews, PeopleListing listing, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
        this.overviews = overviews;
        this.listing = listing;
        this.events = events;
        this.clock = clock;
    }

    /** Everybody in the tenant, leavers too, at once, by name; screens page through {@link #findPeople}. */
    @Transactional(readOnly = true)
    public List<PersonOverview> people() {
        return listing.people(PeopleFilter.EVERYONE, Pageable.unpaged()).getContent();
    }

    /** Every team in use with the people still in it, at once, by name (two queries). */
    @Transactional(readOnly = true)
    public List<TeamOverview> teams() {
        return overviews.of(teams.findByArchivedAtIsNullOrderByNameAsc().stream().map(Team::getId).toList(),
                Person::isActive);
    }

    /** A page of the people the filter matches, by name, each with her teams in use: three queries. */
    @Transactional(readOnly = true)
    public Page<PersonOverview> findPeople(PeopleFilter filter, Pageable page) {
        return listing.people(Objects.requireNonNull(filter, "filter"), page);
    }

    @Transactional(readOnly = true)
    public long countPeople(PeopleFilter filter) {
        return listing.countPeople(Objects.requireNonNull(filter, "filter"));
    }

    /** How many people are still here and how many have left. */
    @Transactional(readOnly = true)
    public PeopleTally peopleTally() {
        return listing.peopleTally();
    }

    /** A page of the teams the filter matches, by name, with their leads and sizes: three queries. */
    @Transactional(readOnly = true)
    public Page<TeamRow> findTeams(TeamFilter filter, Pageable page) {
        return listing.teams(Objects.requireNonNull(filter, "filter"), page);
    }

    @Transactional(readOnly = true)
    public long countTeams(TeamFilter filter) {
        return listing.countTeams(Objects.requireNonNull(filter, "filter"));
    }

    /** How many teams are in use and how many archived. */
    @Transactional(readOnly = true)
    public TeamTally teamTally() {
        return listing.teamTally();
    }

    /** One person with her teams in use. */
    @Transactional(readOnly = true)
    public PersonOverview person(long personId) {
        Person person = requirePerson(personId);
        return PeopleListing.overview(person, places(personId));
    }

    /** One team with the people still in it. */
    @Transactional(readOnly = true)
    public TeamOverview team(long teamId) {
        return overviews.of(List.of(requireTeam(teamId).getId()), Person::isActive).getFirst();
    }

    /** A key for a new person with this name, free in the tenant: "Ülle Mägi" gives "ulle-magi" (or "-2"...). */
    @Transactional(readOnly = true)
    public String suggestKey(String name) {
        String base = Keys.slug(name, "person");
        return Keys.unique(base, people.keysLike(base, base + "-%"));
    }

    /** A key for a new team with this name, free in the tenant, as {@link #suggestKey}. */
    @Transactional(readOnly = true)
    public String suggestTeamKey(String name) {
        String base = Keys.slug(name, "team");
        return Keys.unique(base, teams.keysLike(base, base + "-%"));
    }

    public PersonOverview createPerson(String key, String name, String email, String jobTitle) {
        String checkedKey = checkedKey(key);
        if (people.findByKey(checkedKey).isPresent()) {
            throw new UserFacingException("people.error.person-key-taken", checkedKey);
        }
        Person person = new Person(checkedKey, checkedName(name));
        person.setEmail(checkedEmail(email));
        person.setJobTitle(checkedJobTitle(jobTitle));
        people.save(person);
        publish(Kind.PERSON, "created", person.getName(), null, details(person));
        return PeopleListing.overview(person, List.of());
    }

    public PersonOverview updatePerson(long personId, String name, String email, String jobTitle) {
        Person person = requirePerson(personId);
        String before = details(person);
        String beforeName = person.getName();
        person.setName(checkedName(name));
        person.setEmail(checkedEmail(email));
        person.setJobTitle(checkedJobTitle(jobTitle));
        String after = details(person);
        if (!before.equals(after) || !beforeName.equals(person.getName())) {
            publish(Kind.PERSON, "changed", person.getName(), beforeName + " · " + before,
                    person.getName() + " · " + after);
        }
        return PeopleListing.overview(person, places(personId));
    }

    /**
     * She has left, today: her history stays, current views and templates leave her out, her login stops
     * working at her next request and she can no longer be assessed. Her teams are kept, so that "as it was
     * on" an earlier day shows her in them. Nothing happens to someone who has left already.
     */
    public PersonOverview deactivate(long personId) {
        Person person = requirePerson(personId);
        if (person.isActive()) {
            person.deactivate(LocalDate.now(clock));
            publish(Kind.PERSON, "deactivated", person.getName(), null, String.valueOf(person.getLeftOn()));
        }
        return PeopleListing.overview(person, places(personId));
    }

    /** She is back (or left by mistake): in current views again, in the teams she was in. */
    public PersonOverview reactivate(long personId) {
        Person person = requirePerson(personId);
        if (!person.isActive()) {
            String leftOn = String.valueOf(person.getLeftOn());
            person.reactivate();
            publish(Kind.PERSON, "reactivated", person.getName(), leftOn, null);
        }
        return PeopleListing.overview(person, places(personId));
    }

    /** Moves her from one team to another in one step, with the role she had (lead stays lead). */
    public PersonOverview movePerson(long personId, long fromTeamId, long toTeamId) {
        TeamMembership current = requireMembership(fromTeamId, personId);
        Person person = current.getPerson();
        Team to = requireTeam(toTeamId);
        checkPlaceable(person, to);
        if (fromTeamId == toTeamId || memberships.findByTeamAndPerson(to, person).isPresent()) {
            throw new UserFacingException("people.error.already-in-team", person.getName(), to.getName());
        }
        TeamRole role = current.getRole();
        memberships.delete(current);
        memberships.save(new TeamMembership(to, person, role));
        publish(Kind.PERSON, "moved", person.getName(), current.getTeam().getName(), to.getName());
        return PeopleListing.overview(person, places(personId));
    }

    public TeamOverview createTeam(String key, String name) {
        String checkedKey = checkedKey(key);
        if (teams.findByKey(checkedKey).isPresent()) {
            throw new UserFacingException("people.error.team-key-taken", checkedKey);
        }
        Team team = teams.save(new Team(checkedKey, checkedTeamName(name)));
        publish(Kind.TEAM, "created", team.getName(), null, team.getKey());
        return new TeamOverview(team.getId(), team.getKey(), team.getName(), false, List.of(), List.of());
    }

    public void renameTeam(long teamId, String name) {
        Team team = requireTeam(teamId);
        String before = team.getName();
        team.setName(checkedTeamName(name));
        if (!before.equals(team.getName())) {
            publish(Kind.TEAM, "renamed", team.getName(), before, team.getName());
        }
    }

    /**
     * Off team pickers, today's heatmaps and templates, and no longer making its leads team leads; its
     * people, memberships and history stay, for "as it was on" views and exports. Archiving takes the place
     * of deleting: a team's maturity assessments and history refer to it.
     */
    public void archiveTeam(long teamId) {
        Team team = requireTeam(teamId);
        if (!team.isArchived()) {
            team.archive(Instant.now(clock));
            publish(Kind.TEAM, "archived", team.getName(), null, null);
        }
    }

    public void restoreTeam(long teamId) {
        Team team = requireTeam(teamId);
        if (team.isArchived()) {
            team.restore();
            publish(Kind.TEAM, "restored", team.getName(), null, null);
        }
    }

    public void addToTeam(long teamId, long personId, TeamRole role) {
        Objects.requireNonNull(role, "role");
        Team team = requireTeam(teamId);
        Person person = requirePerson(personId);
        checkPlaceable(person, team);
        if (memberships.findByTeamAndPerson(team, person).isPresent()) {
            throw new UserFacingException("people.error.already-in-team", person.getName(), team.getName());
        }
        memberships.save(new TeamMembership(team, person, role));
        publish(Kind.TEAM, "member-added", team.getName(), null, person.getName() + " · " + roleWord(role));
    }

    public void changeRole(long teamId, long personId, TeamRole role) {
        Objects.requireNonNull(role, "role");
        TeamMembership membership = requireMembership(teamId, personId);
        TeamRole before = membership.getRole();
        if (before != role) {
            membership.setRole(role);
            String who = membership.getPerson().getName();
            publish(Kind.TEAM, "role-changed", membership.getTeam().getName(), who + " · " + roleWord(before),
                    who + " · " + roleWord(role));
        }
    }

    public void removeFromTeam(long teamId, long personId) {
        TeamMembership membership = requireMembership(teamId, personId);
        memberships.delete(membership);
        publish(Kind.TEAM, "member-removed", membership.getTeam().getName(),
                membership.getPerson().getName() + " · " + roleWord(membership.getRole()), null);
    }

    /** A leaver is placed in no team, and nobody is placed in an archived team; each says what to do. */
    private static void checkPlaceable(Person person, Team team) {
        if (!person.isActive()) {
            throw new UserFacingException("people.error.person-left", person.getName(),
                    String.valueOf(person.getLeftOn()));
        }
        if (team.isArchived()) {
            throw new UserFacingException("people.error.team-archived", team.getName());
        }
    }

    private List<PersonOverview.Membership> places(long personId) {
        return memberships.findWithTeamByPersonId(personId).stream()
                .filter(membership -> !membership.getTeam().isArchived())
                .map(PeopleListing::membership).toList();
    }

    private TeamMembership requireMembership(long teamId, long personId) {
        Team team = requireTeam(teamId);
        Person person = requirePerson(personId);
        return memberships.findByTeamAndPerson(team, person).orElseThrow(() ->
                new UserFacingException("people.error.not-in-team", person.getName(), team.getName()));
    }

    private Team requireTeam(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> new UserFacingException("people.error.not-found"));
    }

    private Person requirePerson(long personId) {
        return people.findById(personId).orElseThrow(() -> new UserFacingException("people.error.not-found"));
    }

    /** A person's details as the audit log shows them before and after a change. */
    private static String details(Person person) {
        return Stream.of(person.getKey(), person.getEmail(), person.getJobTitle()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    /** A team role as the audit log shows it, in its reader's language. */
    private static String roleWord(TeamRole role) {
        return AdminChange.word(role == TeamRole.LEAD ? "role.TEAM_LEAD" : "role.MEMBER");
    }

    private void publish(Kind kind, String action, String subject, String before, String after) {
        events.publishEvent(AdminChange.of(kind, action, subject, before, after));
    }
}
