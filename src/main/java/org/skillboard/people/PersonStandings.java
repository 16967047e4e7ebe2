package org.skillboard.people;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.PersonStanding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the data says about a signed-in person, at every request: one indexed read of her row, and for
 * someone still here one indexed lookup of a team in use she leads. Not a guarded service: it is what the
 * security code reads to decide the user's roles, so it cannot itself ask for one; it tells nothing but
 * two facts about the caller's own person, in the caller's tenant (another tenant's id is not found).
 */
@Component
@Transactional(readOnly = true)
class PersonStandings implements PersonStanding {

    private final PersonRepository people;
    private final TeamMembershipRepository memberships;

    PersonStandings(PersonRepository people, TeamMembershipRepository memberships) {
        this.people = people;
        this.memberships = memberships;
    }

    @Override
    public Standing of(long personId) {
        boolean active = people.activeById(personId).orElse(false);
        if (!active) {
            return Standing.GONE;
        }
        return new Standing(true, memberships.existsByPersonIdAndRoleAndTeamArchivedAtIsNull(personId,
                TeamRole.LEAD));
    }

    @Override
    public Optional<Contact> contact(long personId) {
        return people.findById(personId).filter(Person::isActive)
                .map(person -> new Contact(person.getName(), person.getEmail()));
    }

    /** One query for a page of accounts: the ones who lead a team in use. */
    @Override
    public Set<Long> leadersAmong(Collection<Long> personIds) {
        return personIds.isEmpty() ? Set.of() : Set.copyOf(memberships.leadersAmong(personIds, TeamRole.LEAD));
    }
}
