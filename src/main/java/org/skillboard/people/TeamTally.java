package org.skillboard.people;

/** How many teams the tenant has: in use, and archived. */
public record TeamTally(long inUse, long archived) {
}
