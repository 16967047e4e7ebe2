package org.skillboard.assessment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.hibernate.Session;
import org.skillboard.assessment.AssessmentBulkWrites.FlagChange;
import org.skillboard.base.BulkReads;
import org.springframework.stereotype.Component;

/**
 * Adds many assessments at once (an import, a tenant file), keeping {@code latest} and {@code shown} right
 * by the same rules as recording one ({@link LatestAndShown}): one read of the people's rows marked latest
 * (as plain values, not entities), the flags of stored rows changed by bulk updates, inserts in batches
 * (see {@link AssessmentBulkWrites}). Runs in its caller's transaction.
 */
@Component
class AssessmentBulkAdd {

    /** Ids per bulk update of flags. */
    private static final int UPDATE_CHUNK = 500;
    /** Rows per batch of inserts: one round trip per thousand. */
    private static final int INSERT_BATCH = 1000;
    /** The last day both databases store (LocalDate.MAX is beyond MariaDB's DATE range). */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final AssessmentRepository assessments;
    private final EntityManager entityManager;

    AssessmentBulkAdd(AssessmentRepository assessments, EntityManager entityManager) {
        this.assessments = assessments;
        this.entityManager = entityManager;
    }

    /**
     * Adds the new assessments of these people. They may come in any order, and are inserted in theirs (a
     * sheet's rows of one person stay together in the indexes): of two of the same person, item and kind
     * the newer becomes latest, and of two of one day the later one. With {@code dedupe}, an assessment the
     * tenant already has (same person, item, kind, day and level) is not added again (a tenant file loaded
     * twice); an import has left those out already.
     *
     * @param stored told how many were inserted so far, after each batch
     * @return how many were added
     */
    int add(Set<Long> personIds, List<Assessment> candidates, boolean dedupe, LongConsumer stored) {
        Set<LevelFact> known = dedupe ? new HashSet<>(assessments.levelsOf(personIds, LAST_DAY)) : null;
        Map<LevelKey, Flags> latest = new HashMap<>();
        Map<LevelKey.ItemKey, List<Flags>> latestByItem = new HashMap<>();
        List<LatestRow> latestRows = BulkReads.large(personIds)
                ? latestRowsOf(assessments.latestRowsOfTenant(), personIds) : assessments.latestRowsOf(personIds);
        for (LatestRow row : latestRows) {
            Flags flags = Flags.of(row);
            latest.merge(flags.levelKey, flags, (a, b) -> LatestAndShown.isNewer(a, b) ? a : b);
            latestByItem.computeIfAbsent(flags.levelKey.itemKey(), key -> new ArrayList<>()).add(flags);
        }
        List<Flags> fresh = new ArrayList<>();
        for (Assessment assessment : candidates) {
            if (known != null && !known.add(new LevelFact(assessment.getPersonId(), assessment.item().family(),
                    assessment.item().itemCode(), assessment.getKind(), assessment.getLevelCode(),
                    assessment.getAssessedOn()))) {
                continue;
            }
            Flags flags = Flags.of(assessment);
            Flags previous = latest.get(flags.levelKey);
            if (previous == null || !LatestAndShown.isNewer(previous, flags)) {
                if (previous != null) {
                    previous.latest = false;
                }
                flags.latest = true;
                latest.put(flags.levelKey, flags);
            }
            fresh.add(flags);
            latestByItem.computeIfAbsent(flags.levelKey.itemKey(), key -> new ArrayList<>()).add(flags);
        }
        fresh.stream().map(flags -> flags.levelKey.itemKey()).distinct()
                .forEach(key -> LatestAndShown.markShown(latestByItem.get(key)));

        // a stored row loses latest (and then shown, if it had it) to a newer one, or only shown
        // moves; most displaced rows lose both, in one update
        List<Long> noLongerLatestNorShown = new ArrayList<>();
        List<Long> noLongerLatest = new ArrayList<>();
        List<Long> nowShown = new ArrayList<>();
        List<Long> noLongerShown = new ArrayList<>();
        for (List<Flags> ofItem : latestByItem.values()) {
            for (Flags flags : ofItem) {
                if (flags.stored == null) {
                    continue;
                }
                boolean shownChanges = flags.shown != flags.stored.shown();
                if (!flags.latest && shownChanges && !flags.shown) {
                    noLongerLatestNorShown.add(flags.stored.id());
                } else {
                    if (!flags.latest) {
                        noLongerLatest.add(flags.stored.id());
                    }
                    if (shownChanges) {
                        (flags.shown ? nowShown : noLongerShown).add(flags.stored.id());
                    }
                }
            }
        }
        Session session = entityManager.unwrap(Session.class);
        session.flush();
        AssessmentBulkWrites.change(session, FlagChange.NO_LONGER_LATEST_NOR_SHOWN, noLongerLatestNorShown,
                UPDATE_CHUNK);
        AssessmentBulkWrites.change(session, FlagChange.NO_LONGER_LATEST, noLongerLatest, UPDATE_CHUNK);
        AssessmentBulkWrites.change(session, FlagChange.NO_LONGER_SHOWN, noLongerShown, UPDATE_CHUNK);
        AssessmentBulkWrites.change(session, FlagChange.NOW_SHOWN, nowShown, UPDATE_CHUNK);
        fresh.forEach(flags -> {
            flags.fresh.setLatest(flags.latest);
            flags.fresh.setShown(flags.shown);
        });
        AssessmentBulkWrites.insert(session, fresh.stream().map(flags -> flags.fresh).toList(), INSERT_BATCH, stored);
        return fresh.size();
    }

    private static List<LatestRow> latestRowsOf(List<LatestRow> all, Set<Long> personIds) {
        return all.stream().filter(row -> personIds.contains(row.personId())).toList();
    }

    /**
     * The flags of one assessment while a bulk add decides them: a stored row marked latest (read as
     * values) or a new one, judged by {@link LatestAndShown} as the entities are.
     */
    private static final class Flags implements LatestAndShown.Candidate {

        final LatestRow stored;
        final Assessment fresh;
        final LevelKey levelKey;
        final LocalDate assessedOn;
        final Instant recordedAt;
        boolean latest;
        boolean shown;

        private Flags(LatestRow stored, Assessment fresh, LevelKey levelKey, LocalDate assessedOn,
                Instant recordedAt, boolean latest, boolean shown) {
            this.stored = stored;
            this.fresh = fresh;
            this.levelKey = levelKey;
            this.assessedOn = assessedOn;
            this.recordedAt = recordedAt;
            this.latest = latest;
            this.shown = shown;
        }

        static Flags of(LatestRow row) {
            return new Flags(row, null, new LevelKey(row.personId(), row.family(), row.itemCode(), row.kind()),
                    row.assessedOn(), row.recordedAt(), true, row.shown());
        }

        static Flags of(Assessment assessment) {
            return new Flags(null, assessment, LevelKey.of(assessment), assessment.getAssessedOn(),
                    assessment.getRecordedAt(), false, false);
        }

        @Override
        public AssessmentKind getKind() {
            return levelKey.kind();
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
