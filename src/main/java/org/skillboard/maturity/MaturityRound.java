package org.skillboard.maturity;

import java.time.LocalDate;

/**
 * A time span whose completed assessments make one result per unit: one of the tenant's
 * assessment periods, or a calendar year for assessments made outside every period.
 */
public record MaturityRound(String key, String name, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static MaturityRound year(LocalDate day) {
        int year = day.getYear();
        return new MaturityRound("year-" + year, String.valueOf(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }
}
