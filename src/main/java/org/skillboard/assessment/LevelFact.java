package org.skillboard.assessment;

import java.time.LocalDate;

/** The level one person had in one item by one kind of assessment, as the heatmap reads it. */
public record LevelFact(long personId, String family, String itemCode, AssessmentKind kind, String levelCode,
        LocalDate assessedOn) {

    /**
     * Of two levels of the same person and item, the one a heatmap cell shows: a manager's
     * over a self-assessment (over a peer's), and of one kind the newer; of two on the same
     * day, {@code next}. Readers of the flagged rows keep it this way should two assessments
     * have raced for one flag, and it finds the shown level in a history read oldest first.
     */
    public static LevelFact shown(LevelFact kept, LevelFact next) {
        if (kept.kind != next.kind) {
            return rank(next.kind) > rank(kept.kind) ? next : kept;
        }
        return next.assessedOn.isBefore(kept.assessedOn) ? kept : next;
    }

    private static int rank(AssessmentKind kind) {
        return switch (kind) {
            case MANAGER -> 2;
            case SELF -> 1;
            case PEER -> 0;
        };
    }
}
