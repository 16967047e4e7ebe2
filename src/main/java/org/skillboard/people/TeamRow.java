package org.skillboard.people;

import java.util.List;

/**
 * A team in the tenant admin's list: its leads' names and how many people are in it, leavers not counted.
 */
public record TeamRow(long id, String key, String name, boolean archived, List<String> leads, long people) {
}
