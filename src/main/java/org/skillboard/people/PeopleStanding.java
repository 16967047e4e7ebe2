package org.skillboard.people;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.PersonStanding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where a person stands by the people data: the roles of her login follow it at every request. */
@Component
@Transactional(readOnly = true)
class PeopleStanding implements PersonStanding {

    private final EntityManager entities;

    PeopleStanding(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Standing of(long personId) {
        Person person = entities.find(Person.class, personId);
        if (person == null) {
            return Standing.GONE;
        }
        return new Standing(true, !leadersAmong(Set.of(personId)).isEmpty());
    }

    @Override
    public Optional<Contact> contact(long personId) {
        return Optional.ofNullable(entities.find(Person.class, personId))
                .map(person -> new Contact(person.getName(), person.getEmail()));
    }

    @Override
    public Set<Long> leadersAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entities.createQuery("select distinct m.person.id from TeamMembership m"
                + " where m.person.id in :ids and m.role = :lead", Long.class)
                .setParameter("ids", personIds).setParameter("lead", TeamRole.LEAD).getResultList());
    }
}
