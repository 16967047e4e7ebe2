package org.skillboard.people;

public record TeamPerson(long personId, String name, String jobTitle) {
}
