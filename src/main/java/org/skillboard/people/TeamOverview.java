package org.skillboard.people;

import java.util.List;

public record TeamOverview(long id, String key, String name, List<TeamPerson> leads, List<TeamPerson> members) {
}
