package org.skillboard.maturity;

import java.util.List;

/**
 * A unit's maturity in one round: per dimension the median and the spread of the levels
 * its assessors chose for today and for five years ahead (ranks on the model's scale), from
 * each assessor's latest completed worksheet in the round. Drafts do not count.
 *
 * @param teamName the team's name; {@code null} for the whole organisation
 * @param round {@code null} when the unit has no completed assessment yet
 * @param answers each assessor's own answers, for those allowed to read them (the unit's
 *     leads and the tenant's admins), and the signed-in user's own; empty otherwise
 */
public record UnitResult(MaturityUnit unit, String teamName, MaturityRound round, int assessors,
        List<DimensionResult> dimensions, List<AssessorAnswers> answers) {

    public record DimensionResult(String code, String name, Spread today, Spread target) {

        /** Median target minus median today; {@code null} when either is missing. */
        public Double gap() {
            return today.median() == null || target.median() == null ? null : target.median() - today.median();
        }
    }

    /** The median, lowest and highest of some ranks; all {@code null} (and count 0) when there are none. */
    public record Spread(Double median, Integer min, Integer max, int count) {

        static Spread of(List<Integer> ranks) {
            if (ranks.isEmpty()) {
                return new Spread(null, null, null, 0);
            }
            List<Integer> sorted = ranks.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            return new Spread(median, sorted.getFirst(), sorted.getLast(), n);
        }

        /** Highest minus lowest: 0 when every assessor agrees. */
        public Integer range() {
            return min == null ? null : max - min;
        }
    }

    public record AssessorAnswers(long personId, String name, WorksheetAnswers answers, boolean mine) {
    }

    public boolean assessed() {
        return round != null;
    }

    /** The mean over dimensions of the gap between today and the target; {@code null} when nothing is rated. */
    public Double averageGap() {
        return dimensions.stream().map(DimensionResult::gap).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null);
    }
}
