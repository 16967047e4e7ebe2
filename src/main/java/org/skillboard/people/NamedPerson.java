package org.skillboard.people;

/** A person by id, with the stable key the tenant's files and spreadsheets use, and the name. */
public record NamedPerson(long personId, String key, String name) {
}
