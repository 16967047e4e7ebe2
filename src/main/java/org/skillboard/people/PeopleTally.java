package org.skillboard.people;

/** How many people the tenant has: still here, and left. */
public record PeopleTally(long active, long left) {
}
