package org.skillboard.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.skillboard.base.BulkReads;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PersonLookup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments as people read them: one person's history in an item, the current (or as-of) levels of many
 * people for the heatmap and templates, their history for trends and exports. Every read is refused unless
 * the signed-in user may see every person it names: herself, the people of the teams she leads, anyone of
 * her tenant for a tenant admin.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentReads {

    private final AssessmentRepository assessments;
    private final AssessmentPeriodRepository periods;
    private final AssessmentAccess access;
    private final HistoryEntries entries;
    private final PersonLookup lookup;

    AssessmentReads(AssessmentRepository assessments, AssessmentPeriodRepository periods, AssessmentAccess access,
            HistoryEntries entries, PersonLookup lookup) {
        this.assessments = assessments;
        this.periods = periods;
        this.access = access;
        this.entries = entries;
        this.lookup = lookup;
    }

    /** How many assessments the tenant has recorded, for its administrator. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public long countAssessments() {
        return assessments.count();
    }

    /** A person's assessments of one item, newest first, for the person, their leads and tenant admins. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<AssessmentEntry> history(long personId, ItemRef item) {
        access.checkMaySee(personId);
        return entries.of(assessments.history(personId, item));
    }

    /**
     * One person's assessments of one kind in the order they were recorded, with when and by whom: what a
     * member's start page compares with her last visit. For the person, her leads and tenant admins.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<RecordedAssessment> recordedOf(long personId, AssessmentKind kind) {
        access.checkMaySee(personId);
        List<Assessment> rows = assessments.recordedOf(personId, kind);
        Map<Long, String> names = lookup.names(rows.stream().map(Assessment::getAssessorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> new RecordedAssessment(row.item(), row.getKind(), row.getLevelCode(),
                row.getAssessedOn(), row.getRecordedAt(), row.getAssessorId(), names.get(row.getAssessorId()),
                row.getAcceptedFrom() != null)).toList();
    }

    /**
     * Current levels of many people at once: the newest assessment per person, item and
     * kind, now ({@code asOf == null}, one read of the rows marked latest) or as it was
     * at the end of a past day (one read of the history up to that day).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> currentLevels(Collection<Long> personIds, LocalDate asOf) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.checkMaySee(personIds);
        return newestPerKey(assessments.levelsOf(personIds, asOf));
    }

    /** Every assessment of these people up to a day, oldest first, for trends. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> historyOf(Collection<Long> personIds, LocalDate until) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.checkMaySee(personIds);
        return assessments.levelsOf(personIds, until);
    }

    /**
     * The level a heatmap cell shows by default, per person and item: the newest manager
     * assessment, else the newest self-assessment. Now ({@code asOf == null}): one read of
     * the rows marked shown, as they are; should two assessments have raced, a person and
     * item can come twice, and readers keep {@link LevelFact#shown}. As it was at the end of
     * a past day: found in the history, one per person and item.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> shownLevels(Collection<Long> personIds, LocalDate asOf) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.checkMaySee(personIds);
        if (asOf == null) {
            return BulkReads.large(personIds) ? AssessmentRepository.ofPeople(assessments.shownOfTenant(), personIds)
                    : assessments.shownOf(personIds);
        }
        Map<LevelKey.ItemKey, LevelFact> shown = new LinkedHashMap<>();
        for (LevelFact fact : assessments.levelsOf(personIds, asOf)) {
            if (fact.kind() != AssessmentKind.PEER) {
                shown.merge(LevelKey.of(fact).itemKey(), fact, LevelFact::shown);
            }
        }
        return List.copyOf(shown.values());
    }

    /**
     * The current levels of one kind: now ({@code asOf == null}) the rows of that kind
     * marked latest, as they are (see {@link #shownLevels}), or as it was at the end of a
     * past day, from the history.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> currentLevels(Collection<Long> personIds, LocalDate asOf, AssessmentKind kind) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        access.checkMaySee(personIds);
        if (asOf == null) {
            return BulkReads.large(personIds)
                    ? AssessmentRepository.ofPeople(assessments.latestOfTenant(kind), personIds)
                    : assessments.latestOf(personIds, kind);
        }
        return newestPerKey(assessments.levelsOf(personIds, asOf).stream().filter(fact -> fact.kind() == kind)
                .toList());
    }

    /**
     * Every assessment of these people, oldest first, handed to {@code each} one at a time while the read
     * is open, so that an export of any length holds one row, not the whole history. Assessor and period
     * are named; the names are read before the assessments.
     *
     * @return how many assessments were handed over
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public long eachAssessmentOf(Collection<Long> personIds, Consumer<AssessmentRecord> each) {
        if (personIds.isEmpty()) {
            return 0;
        }
        access.checkMaySee(personIds);
        boolean large = BulkReads.large(personIds);
        Set<Long> wanted = large ? new HashSet<>(personIds) : Set.of();
        Map<Long, String> assessors = lookup.names(large ? assessments.assessorsOfTenant()
                : assessments.assessorsOf(personIds));
        Map<Long, String> periodNames = periods.namesById();
        long count = 0;
        try (Stream<StoredAssessment> rows = large ? assessments.streamOfTenant() : assessments.streamOf(personIds)) {
            for (StoredAssessment row : (Iterable<StoredAssessment>) rows::iterator) {
                if (large && !wanted.contains(row.personId())) {
                    continue;
                }
                each.accept(new AssessmentRecord(row.personId(), row.family(), row.itemCode(), row.kind(),
                        row.levelCode(), row.assessedOn(), row.assessorId() == null ? null
                                : assessors.get(row.assessorId()),
                        row.periodId() == null ? null : periodNames.get(row.periodId()), row.evidence()));
                count++;
            }
        }
        return count;
    }

    private static List<LevelFact> newestPerKey(List<LevelFact> facts) {
        Map<LevelKey, LevelFact> newest = new LinkedHashMap<>();
        for (LevelFact fact : facts) {
            newest.merge(LevelKey.of(fact), fact, LevelFact::shown);
        }
        return List.copyOf(newest.values());
    }
}
