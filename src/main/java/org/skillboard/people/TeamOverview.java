package org.skillboard.people;

import java.util.List;

/** A team with its leads and members (which of them depends on the view: see {@link PeopleService}). */
public record TeamOverview(long id, String key, String name, boolean archived, List<TeamPerson> leads,
        List<TeamPerson> members) {
}
