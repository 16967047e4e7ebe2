package org.skillboard.assessment;

import java.time.LocalDate;

/** An assessment period as views show it. */
public record PeriodSummary(long id, String key, String name, LocalDate startsOn, LocalDate endsOn) {
}
