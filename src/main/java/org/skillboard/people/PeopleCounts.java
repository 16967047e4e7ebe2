package org.skillboard.people;

public record PeopleCounts(long people, long teams) {
}
