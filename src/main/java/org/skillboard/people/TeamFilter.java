package org.skillboard.people;

/**
 * Which teams the tenant admin's list shows.
 *
 * @param text         contained in the name or key, in any case; {@code null} for any
 * @param withArchived archived teams too
 */
public record TeamFilter(String text, boolean withArchived) {

    /** Every team in use. */
    public static final TeamFilter IN_USE = new TeamFilter(null, false);

    public TeamFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
