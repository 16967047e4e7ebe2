package org.skillboard.heatmap;

import java.time.LocalDate;
import java.util.List;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.framework.CatalogueItem;

/**
 * The heatmap's read model: people in rows, skills and criteria in columns, each cell
 * the person's level and target, and a summary per column. Built by one service call
 * from a few set-based queries.
 *
 * @param teamName the team shown, or {@code null} for a member's own row
 * @param staleBefore assessments made before this day are stale
 * @param levelsRead how many levels it was built from: about one per person and item shown, read from the
 *     rows flagged {@code shown} (or {@code latest}, for one kind), or found in the history for an earlier day
 */
public record HeatmapData(String teamName, HeatmapQuery query, LocalDate staleBefore, List<CatalogueItem> columns,
        List<Row> rows, List<ColumnSummary> summaries, long levelsRead) {

    public record Row(long personId, String name, String jobProfile, boolean lead, List<Cell> cells) {

        /** How far below target this person is, summed over the shown items (a missing level counts fully). */
        public int shortfall() {
            return cells.stream().mapToInt(Cell::shortfall).sum();
        }

        public boolean hasGap() {
            return cells.stream().anyMatch(Cell::belowTarget);
        }
    }

    /**
     * One person in one item.
     *
     * @param level index of the level among the item's levels, -1 when not assessed
     * @param target index of the target level, -1 when there is no target
     * @param from the kind of assessment shown, {@code null} when not assessed
     */
    public record Cell(String levelCode, int level, String targetCode, int target, AssessmentKind from,
            LocalDate assessedOn, boolean stale) {

        static final Cell EMPTY = new Cell(null, -1, null, -1, null, null, false);

        public boolean assessed() {
            return level >= 0;
        }

        public boolean hasTarget() {
            return target >= 0;
        }

        public boolean belowTarget() {
            return hasTarget() && level < target;
        }

        /** Levels short of target; a missing assessment counts as the whole target plus one. */
        public int shortfall() {
            return belowTarget() ? target - level : 0;
        }
    }

    /**
     * A column's figures over the shown people.
     *
     * @param average mean level index, {@code NaN} when nobody is assessed
     * @param median the median level's code, {@code null} when nobody is assessed
     * @param withTarget people with a target in this item
     * @param atOrAboveTarget of those, how many reach it
     * @param neededLevel the highest target anyone shown has, {@code null} when nobody has one
     * @param holders how many people reach that needed level
     */
    public record ColumnSummary(int assessed, double average, String averageText, String median, int withTarget,
            int atOrAboveTarget, String neededLevel, int holders) {

        /** The item rests on one person (or nobody) at the level the team needs. */
        public boolean singlePointOfFailure() {
            return neededLevel != null && holders <= 1;
        }
    }
}
