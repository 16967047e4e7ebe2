package org.skillboard.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which assessment is the latest of its person, item and kind, and which one a heatmap cell shows by
 * default. The rules live here once: recording one assessment (entities) and adding many in bulk (imports
 * and tenant files, plain JDBC) both decide by them.
 */
final class LatestAndShown {

    /** What the rules look at: an assessment, stored or about to be. */
    interface Candidate {

        AssessmentKind getKind();

        LocalDate getAssessedOn();

        Instant getRecordedAt();

        boolean isLatest();

        void setShown(boolean shown);
    }

    private LatestAndShown() {
    }

    /**
     * Whether one assessment is newer than another of the same person, item and kind: assessed on a later
     * day, or on the same day and recorded later (a correction).
     */
    static boolean isNewer(Candidate one, Candidate other) {
        int byDate = one.getAssessedOn().compareTo(other.getAssessedOn());
        return byDate != 0 ? byDate > 0 : one.getRecordedAt().isAfter(other.getRecordedAt());
    }

    /**
     * Whether a heatmap cell shows one assessment rather than another of the same person and item: a
     * manager's over a self-assessment (over a peer's), and of one kind the newer.
     */
    static boolean isShownBefore(Candidate one, Candidate other) {
        if (one.getKind() != other.getKind()) {
            return one.getKind() == AssessmentKind.MANAGER || other.getKind() == AssessmentKind.PEER;
        }
        return isNewer(one, other);
    }

    /**
     * Marks the one assessment of a person and item that a heatmap cell shows by default, and unmarks the
     * others: of the ones marked latest (all of them for this person and item, as {@code shown} is only ever
     * on a latest one), the manager's, else the self-assessment; a peer's never.
     */
    static void markShown(List<? extends Candidate> ofOneItem) {
        Candidate shown = null;
        for (Candidate candidate : ofOneItem) {
            if (candidate.isLatest() && candidate.getKind() != AssessmentKind.PEER
                    && (shown == null || isShownBefore(candidate, shown))) {
                shown = candidate;
            }
        }
        for (Candidate candidate : ofOneItem) {
            candidate.setShown(candidate == shown);
        }
    }
}
