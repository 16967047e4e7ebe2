package org.skillboard.heatmap;

import java.time.LocalDate;
import java.util.List;
import org.skillboard.assessment.AssessmentKind;

/**
 * A team's levels over time: per skill or criterion, the team's average rank on the
 * framework's scale at the end of each assessment period, and what changed since a day.
 *
 * @param points the days the averages are taken at, oldest first
 * @param pointNames a name for each point (the period's name, or the day)
 */
public record TrendData(String teamName, List<LocalDate> points, List<String> pointNames, List<Series> series,
        LocalDate since, List<Change> changes) {

    /**
     * @param averages the team's mean scale rank at each point; {@code null} where nobody was assessed
     */
    public record Series(String family, String itemCode, String label, String itemName, String frameworkName,
            int scaleSize,
            List<Double> averages) {
    }

    /** An assessment whose level differs now from what it was on the chosen day. */
    public record Change(long personId, String personName, String itemCode, String itemName, AssessmentKind kind,
            String before, String now, LocalDate on) {

        public boolean up(List<String> levelCodes) {
            return before == null || levelCodes.indexOf(now) > levelCodes.indexOf(before);
        }
    }
}
