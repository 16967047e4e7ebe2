package org.skillboard.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and ids of any of the tenant's people, without asking whether the signed-in user may see them: for
 * the services that name people in records they have checked already (who assessed an assessment the user
 * may read, the rows of an upload that is checked row by row). Views and other features ask
 * {@link PeopleService}, which checks; ArchitectureTest keeps it that way.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
public class PersonLookup {

    private final PersonRepository people;

    PersonLookup(PersonRepository people) {
        this.people = people;
    }

    /** Names of people by id; ids of other tenants are simply not found. */
    public Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        people.findByIds(personIds).forEach(person -> names.put(person.getId(), person.getName()));
        return names;
    }

    /** The ids of the tenant's people with these keys, for sheets that name people by key; unknown keys left out. */
    public Map<String, Long> idsByKey(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            people.findByKeyIn(keys).forEach(person -> ids.put(person.getKey(), person.getId()));
        }
        return ids;
    }
}
