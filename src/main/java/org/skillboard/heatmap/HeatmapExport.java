package org.skillboard.heatmap;

import java.time.LocalDate;

/**
 * What the Excel export of a heatmap needs: the heatmap as the user sees it, and its filters by name.
 *
 * @param frameworkName the framework filtered on, or {@code null} for all
 * @param jobProfileName the job profile filtered on, or {@code null} for all
 * @param madeOn the day the export was made
 */
public record HeatmapExport(HeatmapData data, String frameworkName, String jobProfileName, LocalDate madeOn) {
}
