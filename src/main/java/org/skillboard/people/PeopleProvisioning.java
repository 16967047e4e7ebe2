package org.skillboard.people;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates teams and people from a tenant's files: adds what is missing,
 * updates what the files own (names, e-mail, job title), removes nothing.
 */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM')")
public class PeopleProvisioning {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    PeopleProvisioning(PersonRepository people, TeamRepository teams, TeamMembershipRepository memberships) {
        this.people = people;
        this.teams = teams;
        this.memberships = memberships;
    }

    public long person(String key, String name, String email, String jobTitle) {
        Person person = people.findByKey(key).orElseGet(() -> people.save(new Person(key, name)));
        person.setName(name);
        person.setEmail(email);
        person.setJobTitle(jobTitle);
        return person.getId();
    }

    public long team(String key, String name) {
        Team team = teams.findByKey(key).orElseGet(() -> teams.save(new Team(key, name)));
        team.setName(name);
        return team.getId();
    }

    public void membership(String teamKey, String personKey, TeamRole role) {
        Team team = teams.findByKey(teamKey).orElseThrow(() -> new IllegalArgumentException("team " + teamKey));
        Person person = people.findByKey(personKey)
                .orElseThrow(() -> new IllegalArgumentException("person " + personKey));
        memberships.findByTeamAndPerson(team, person).ifPresentOrElse(
                membership -> membership.setRole(role),
                () -> memberships.save(new TeamMembership(team, person, role)));
    }

    /** A person as a tenant's files give it, for {@link #people(java.util.List)}. */
    public record PersonData(String key, String name, String email, String jobTitle) {
    }

    /**
     * Creates or updates many people at once (a generated demo team): one query finds
     * those that exist, the new ones are inserted in batches.
     *
     * @return the id of each person, by key
     */
    public java.util.Map<String, Long> people(java.util.List<PersonData> entries) {
        java.util.Map<String, Person> existing = new java.util.HashMap<>();
        if (!entries.isEmpty()) {
            people.findByKeyIn(entries.stream().map(PersonData::key).toList())
                    .forEach(person -> existing.put(person.getKey(), person));
        }
        java.util.List<Person> fresh = new java.util.ArrayList<>();
        for (PersonData entry : entries) {
            Person person = existing.get(entry.key());
            if (person == null) {
                person = new Person(entry.key(), entry.name());
                existing.put(entry.key(), person);
                fresh.add(person);
            }
            person.setName(entry.name());
            person.setEmail(entry.email());
            person.setJobTitle(entry.jobTitle());
        }
        people.saveAll(fresh);
        java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
        entries.forEach(entry -> ids.put(entry.key(), existing.get(entry.key()).getId()));
        return ids;
    }

    /**
     * Puts many people in one team with one role at once: one query finds the team's
     * memberships, the missing ones are inserted in batches, a different role is changed.
     */
    public void memberships(String teamKey, java.util.Collection<String> personKeys, TeamRole role) {
        Team team = teams.findByKey(teamKey).orElseThrow(() -> new IllegalArgumentException("team " + teamKey));
        java.util.Map<String, TeamMembership> current = new java.util.HashMap<>();
        memberships.findWithPersonByTeam(team)
                .forEach(membership -> current.put(membership.getPerson().getKey(), membership));
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String key : personKeys) {
            TeamMembership membership = current.get(key);
            if (membership == null) {
                missing.add(key);
            } else {
                membership.setRole(role);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        java.util.List<Person> found = people.findByKeyIn(missing);
        if (found.size() != new java.util.HashSet<>(missing).size()) {
            throw new IllegalArgumentException("unknown people among " + missing);
        }
        memberships.saveAll(found.stream().map(person -> new TeamMembership(team, person, role)).toList());
    }

    /** Ids of the people with these keys; keys nobody has are left out. */
    public java.util.Map<String, Long> idsByKey(java.util.Collection<String> keys) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            people.findByKeyIn(keys).forEach(person -> ids.put(person.getKey(), person.getId()));
        }
        return ids;
    }

    /** The ids of the tenant's teams with these keys; keys no team has are left out. */
    public java.util.Map<String, Long> teamIdsByKey(java.util.Collection<String> keys) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        teams.findAllByOrderByNameAsc().stream().filter(team -> keys.contains(team.getKey()))
                .forEach(team -> ids.put(team.getKey(), team.getId()));
        return ids;
    }
}
