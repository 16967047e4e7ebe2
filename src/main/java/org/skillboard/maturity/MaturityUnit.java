package org.skillboard.maturity;

import java.util.Optional;

/**
 * What a maturity assessment is about: the whole organisation ({@code teamId == null}) or
 * one team or department.
 */
public record MaturityUnit(Long teamId) {

    public static final MaturityUnit ORGANISATION = new MaturityUnit(null);
    private static final String ORGANISATION_PARAMETER = "organisation";

    public static MaturityUnit team(long teamId) {
        return new MaturityUnit(teamId);
    }

    public boolean isOrganisation() {
        return teamId == null;
    }

    /** The unit as it appears in a URL: {@code organisation} or the team's id. */
    public String parameter() {
        return isOrganisation() ? ORGANISATION_PARAMETER : teamId.toString();
    }

    /** The unit a URL names, if the text names one at all (whether the user may see it is checked elsewhere). */
    public static Optional<MaturityUnit> parse(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        if (parameter.equals(ORGANISATION_PARAMETER)) {
            return Optional.of(ORGANISATION);
        }
        try {
            return Optional.of(team(Long.parseLong(parameter)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
