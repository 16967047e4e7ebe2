package org.skillboard.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one assessor writes on the maturity worksheet for one unit: per dimension the level
 * today and the level wanted in five years (level codes of the model's scale; either may
 * be {@code null} in a draft), the ambition, and the critical changes in their order.
 */
public record WorksheetAnswers(LocalDate assessedOn, Map<String, Choice> choices, String ambition,
        List<Change> changes) {

    public WorksheetAnswers {
        choices = Map.copyOf(choices);
        changes = List.copyOf(changes);
    }

    public record Choice(String today, String target) {
    }

    /** A change the unit must make; {@code owner} names a person, role or body, as the worksheet leaves it open. */
    public record Change(String description, String owner, LocalDate dueOn) {
    }

    public Choice choice(String dimension) {
        return choices.getOrDefault(dimension, new Choice(null, null));
    }
}
