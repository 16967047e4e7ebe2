package org.skillboard.maturity;

/**
 * A unit the signed-in user may see the maturity of, and what else she may do with it.
 *
 * @param teamName the team's name; {@code null} for the whole organisation
 * @param mayAssess whether she may fill in the worksheet for it
 * @param mayReadAnswers whether she may read each assessor's own answers (the unit's leads, tenant admins)
 */
public record MaturityUnitSummary(MaturityUnit unit, String teamName, boolean mayAssess, boolean mayReadAnswers) {
}
