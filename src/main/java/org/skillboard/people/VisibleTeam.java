package org.skillboard.people;

/** A team as one user sees it, with her role in it ({@code null} when she is not in it, as a tenant admin). */
public record VisibleTeam(long id, String key, String name, TeamRole role) {
}
