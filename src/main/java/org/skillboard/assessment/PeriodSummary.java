package org.skillboard.assessment;

import java.time.LocalDate;

/** An assessment period as views show it; an archived one is out of use and kept for history. */
public record PeriodSummary(long id, String key, String name, LocalDate startsOn, LocalDate endsOn,
        boolean archived) {
}
