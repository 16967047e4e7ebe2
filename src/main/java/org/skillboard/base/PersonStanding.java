package org.skillboard.base;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the data says about a person, read at every request of a signed-in user so
 * that roles follow the data: whether the person is still active (a leaver is not,
 * and her login stops working) and whether she leads a team (which makes her a
 * team lead). Implemented by the people feature; read in the caller's tenant, so
 * another tenant's person is {@link Standing#GONE}.
 */
public interface PersonStanding {

    Standing of(long personId);

    /** Name and e-mail address of an active person of the caller's tenant, for her login and its invitation. */
    Optional<Contact> contact(long personId);

    /** The ones among these people who lead a team; one query where the implementation can. */
    default Set<Long> leadersAmong(Collection<Long> personIds) {
        return personIds.stream().filter(id -> of(id).leadsATeam()).collect(Collectors.toSet());
    }

    record Standing(boolean active, boolean leadsATeam) {

        public static final Standing GONE = new Standing(false, false);
    }

    record Contact(String name, String email) {
    }
}
