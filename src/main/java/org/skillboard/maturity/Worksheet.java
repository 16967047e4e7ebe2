package org.skillboard.maturity;

import java.time.LocalDate;

/**
 * The worksheet the signed-in user fills in for one unit: her saved draft, or blank answers.
 *
 * @param draft whether {@code answers} come from a saved draft
 * @param lastCompletedOn the day of her last completed worksheet for this unit, if any
 */
public record Worksheet(MaturityModel model, MaturityUnitSummary unit, WorksheetAnswers answers, boolean draft,
        LocalDate lastCompletedOn) {
}
