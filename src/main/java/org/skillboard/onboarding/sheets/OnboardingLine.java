package org.skillboard.onboarding.sheets;

import java.util.Map;

/**
 * One filled row of the Teams or People sheet as written: its values by column (stripped, {@code null} where
 * empty) and the cell each column stands in, so that a problem can name it.
 */
public record OnboardingLine(OnboardingSheet kind, String sheet, int row, Map<OnboardingColumn, String> values,
        Map<OnboardingColumn, String> cells) {

    public OnboardingLine {
        values = Map.copyOf(values);
        cells = Map.copyOf(cells);
    }

    public String value(OnboardingColumn column) {
        return values.get(column);
    }

    /** The cell of the column in this row ({@code C7}), or the row's number if the sheet has no such column. */
    public String cell(OnboardingColumn column) {
        return cells.getOrDefault(column, String.valueOf(row));
    }
}
