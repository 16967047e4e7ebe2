package org.skillboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which assessment is the latest and which one a heatmap cell shows: the rules alone, without Spring. */
class LatestAndShownTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_correction_recorded_later_the_same_day_wins() {
        Candidate first = new Candidate(AssessmentKind.MANAGER, MONDAY, MORNING);
        Candidate correction = new Candidate(AssessmentKind.MANAGER, MONDAY, MORNING.plusSeconds(600));

        assertThat(LatestAndShown.isNewer(correction, first)).isTrue();
        assertThat(LatestAndShown.isNewer(first, correction)).isFalse();
    }

    @Test
    void an_older_assessment_never_becomes_the_latest_even_when_recorded_later() {
        Candidate lastWeek = new Candidate(AssessmentKind.SELF, MONDAY.minusWeeks(1), MORNING.plusSeconds(3600));
        Candidate today = new Candidate(AssessmentKind.SELF, MONDAY, MORNING);

        assertThat(LatestAndShown.isNewer(lastWeek, today)).isFalse();
        assertThat(LatestAndShown.isNewer(today, lastWeek)).isTrue();
    }

    @Test
    void the_same_assessment_is_not_newer_than_itself() {
        Candidate one = new Candidate(AssessmentKind.SELF, MONDAY, MORNING);

        assertThat(LatestAndShown.isNewer(one, new Candidate(AssessmentKind.SELF, MONDAY, MORNING))).isFalse();
    }

    @Test
    void the_managers_assessment_is_shown_over_a_newer_self_assessment() {
        Candidate manager = latest(AssessmentKind.MANAGER, MONDAY.minusMonths(6));
        Candidate self = latest(AssessmentKind.SELF, MONDAY);

        LatestAndShown.markShown(List.of(self, manager));

        assertThat(manager.shown).isTrue();
        assertThat(self.shown).isFalse();
    }

    @Test
    void without_a_managers_assessment_the_self_assessment_is_shown() {
        Candidate self = latest(AssessmentKind.SELF, MONDAY.minusMonths(1));
        Candidate peer = latest(AssessmentKind.PEER, MONDAY);

        LatestAndShown.markShown(List.of(peer, self));

        assertThat(self.shown).isTrue();
        assertThat(peer.shown).isFalse();
    }

    @Test
    void a_peers_assessment_alone_is_never_shown() {
        Candidate peer = latest(AssessmentKind.PEER, MONDAY);

        LatestAndShown.markShown(List.of(peer));

        assertThat(peer.shown).isFalse();
    }

    @Test
    void an_assessment_that_lost_latest_loses_shown_too() {
        Candidate before = new Candidate(AssessmentKind.MANAGER, MONDAY.minusMonths(1), MORNING);
        before.shown = true;
        Candidate now = latest(AssessmentKind.MANAGER, MONDAY);

        LatestAndShown.markShown(List.of(before, now));

        assertThat(now.shown).isTrue();
        assertThat(before.shown).isFalse();
    }

    @Test
    void of_two_latest_managers_assessments_that_raced_the_newer_is_shown() {
        Candidate earlier = latest(AssessmentKind.MANAGER, MONDAY);
        Candidate later = new Candidate(AssessmentKind.MANAGER, MONDAY, MORNING.plusSeconds(1));
        later.latest = true;

        LatestAndShown.markShown(List.of(later, earlier));

        assertThat(later.shown).isTrue();
        assertThat(earlier.shown).isFalse();
    }

    private static Candidate latest(AssessmentKind kind, LocalDate day) {
        Candidate candidate = new Candidate(kind, day, MORNING);
        candidate.latest = true;
        return candidate;
    }

    /** An assessment as the rules see it; {@code latest} is what the stored rows or the bulk add decided. */
    private static final class Candidate implements LatestAndShown.Candidate {

        private final AssessmentKind kind;
        private final LocalDate assessedOn;
        private final Instant recordedAt;
        private boolean latest;
        private boolean shown;

        Candidate(AssessmentKind kind, LocalDate assessedOn, Instant recordedAt) {
            this.kind = kind;
            this.assessedOn = assessedOn;
            this.recordedAt = recordedAt;
        }

        @Override
        public AssessmentKind getKind() {
            return kind;
        }

        @Override
        public LocalDate getAssessedOn() {
            return assessedOn;
        }

        @Override
        public Instant getRecordedAt() {
            return recordedAt;
        }

        @Override
        public boolean isLatest() {
            return latest;
        }

        @Override
        public void setShown(boolean shown) {
            this.shown = shown;
        }
    }
}
