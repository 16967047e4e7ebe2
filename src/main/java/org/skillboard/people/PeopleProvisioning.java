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
}
