package org.skillboard.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.skillboard.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin manages her organisation's people and teams: who is in which team,
 * as lead or member, and each person's details. Works in the signed-in admin's tenant
 * only; an id of another tenant's row is not found, exactly like a missing one, because
 * Hibernate's tenant filter hides it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class PeopleAdministration {

    /** The key format of tenant files, so that people created here can be named there too. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // column sizes of the person and team tables
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_JOB_TITLE_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    PeopleAdministration(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
    }

    /** Everybody in the tenant with the teams they are in, in two queries. */
    @Transactional(readOnly = true)
    public List<PersonOverview> people() {
        Map<Long, List<PersonOverview.Membership>> teamsByPerson = new LinkedHashMap<>();
        for (TeamMembership membership : memberships.findAllWithTeamsAndPeople()) {
            teamsByPerson.computeIfAbsent(membership.getPerson().getId(), id -> new ArrayList<>())
                    .add(new PersonOverview.Membership(membership.getTeam().getId(), membership.getTeam().getName(),
                            membership.getRole()));
        }
        return people.findAllByOrderByNameAsc().stream().map(person -> overview(person,
                teamsByPerson.getOrDefault(person.getId(), List.of()))).toList();
    }

    /** Every team of the tenant with its leads and members, in two queries. */
    @Transactional(readOnly = true)
    public List<TeamOverview> teams() {
        return overviews(teams.findAllByOrderByNameAsc(), memberships.findAllWithTeamsAndPeople());
    }

    @Transactional(readOnly = true)
    public TeamOverview team(long teamId) {
        Team team = requireTeam(teamId);
        return overviews(List.of(team), memberships.findWithPeopleByTeamIds(List.of(team.getId()))).getFirst();
    }

    public PersonOverview createPerson(String key, String name, String email, String jobTitle) {
        String checkedKey = checkedKey(key);
        if (people.findByKey(checkedKey).isPresent()) {
            throw new UserFacingException("people.error.person-key-taken", checkedKey);
        }
        Person person = new Person(checkedKey, checkedName(name));
        person.setEmail(checkedEmail(email));
        person.setJobTitle(checkedJobTitle(jobTitle));
        return overview(people.save(person), List.of());
    }

    public PersonOverview updatePerson(long personId, String name, String email, String jobTitle) {
        Person person = requirePerson(personId);
        person.setName(checkedName(name));
        person.setEmail(checkedEmail(email));
        person.setJobTitle(checkedJobTitle(jobTitle));
        List<PersonOverview.Membership> places = memberships.findWithTeamByPersonId(personId).stream()
                .map(membership -> new PersonOverview.Membership(membership.getTeam().getId(),
                        membership.getTeam().getName(), membership.getRole()))
                .toList();
        return overview(person, places);
    }

    public TeamOverview createTeam(String key, String name) {
        String checkedKey = checkedKey(key);
        if (teams.findByKey(checkedKey).isPresent()) {
            throw new UserFacingException("people.error.team-key-taken", checkedKey);
        }
        Team team = teams.save(new Team(checkedKey, checkedTeamName(name)));
        return new TeamOverview(team.getId(), team.getKey(), team.getName(), List.of(), List.of());
    }

    public void renameTeam(long teamId, String name) {
        requireTeam(teamId).setName(checkedTeamName(name));
    }

    /**
     * Deletes an empty team. A team with people is refused rather than emptied on the
     * way, so that nobody loses their place in a team by a slip of the mouse.
     */
    public void deleteTeam(long teamId) {
        Team team = requireTeam(teamId);
        long size = memberships.countByTeam(team);
        if (size > 0) {
            throw new UserFacingException("people.error.team-not-empty", team.getName(), size);
        }
        teams.delete(team);
    }

    public void addToTeam(long teamId, long personId, TeamRole role) {
        Objects.requireNonNull(role, "role");
        Team team = requireTeam(teamId);
        Person person = requirePerson(personId);
        if (memberships.findByTeamAndPerson(team, person).isPresent()) {
            throw new UserFacingException("people.error.already-in-team", person.getName(), team.getName());
        }
        memberships.save(new TeamMembership(team, person, role));
    }

    public void changeRole(long teamId, long personId, TeamRole role) {
        Objects.requireNonNull(role, "role");
        requireMembership(teamId, personId).setRole(role);
    }

    public void removeFromTeam(long teamId, long personId) {
        memberships.delete(requireMembership(teamId, personId));
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

    private static PersonOverview overview(Person person, List<PersonOverview.Membership> places) {
        return new PersonOverview(person.getId(), person.getKey(), person.getName(), person.getJobTitle(),
                person.getEmail(), List.copyOf(places));
    }

    /** Teams in the given order, each with its leads and members as the memberships list them. */
    private static List<TeamOverview> overviews(List<Team> wanted, Collection<TeamMembership> all) {
        Map<Long, List<TeamPerson>> leads = new LinkedHashMap<>();
        Map<Long, List<TeamPerson>> members = new LinkedHashMap<>();
        for (TeamMembership membership : all) {
            Person person = membership.getPerson();
            (membership.getRole() == TeamRole.LEAD ? leads : members)
                    .computeIfAbsent(membership.getTeam().getId(), id -> new ArrayList<>())
                    .add(new TeamPerson(person.getId(), person.getName(), person.getJobTitle()));
        }
        return wanted.stream().map(team -> new TeamOverview(team.getId(), team.getKey(), team.getName(),
                List.copyOf(leads.getOrDefault(team.getId(), List.of())),
                List.copyOf(members.getOrDefault(team.getId(), List.of())))).toList();
    }

    private static String checkedKey(String key) {
        String trimmed = key == null ? "" : key.strip();
        if (!KEY.matcher(trimmed).matches()) {
            throw new UserFacingException("people.error.key", trimmed);
        }
        return trimmed;
    }

    private static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("people.error.name");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("people.error.name-too-long", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    private static String checkedTeamName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("people.error.team-name");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("people.error.name-too-long", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    /** Optional; when given, it must look like an address. */
    private static String checkedEmail(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(trimmed).matches()) {
            throw new UserFacingException("people.error.email", trimmed);
        }
        return trimmed;
    }

    private static String checkedJobTitle(String jobTitle) {
        String trimmed = jobTitle == null ? "" : jobTitle.strip();
        if (trimmed.length() > MAX_JOB_TITLE_LENGTH) {
            throw new UserFacingException("people.error.job-title-too-long", MAX_JOB_TITLE_LENGTH);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
