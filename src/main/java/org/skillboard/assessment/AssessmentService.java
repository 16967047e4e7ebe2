package org.skillboard.assessment;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.skillboard.assessment.AssessmentBulkWrites.FlagChange;
import org.skillboard.base.BulkReads;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.PeopleService;
import org.skillboard.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records assessments and reads them back. Members assess themselves, team leads the
 * people in their teams (and may accept a self-assessment as it is), peers each other
 * where the tenant allows it. Nothing is overwritten: every assessment stays in the
 * history and the newest per person, item and kind is the current one.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    static final int MAX_EVIDENCE = 2000;
    private static final Pattern PERIOD_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** How far an import's inserts got: {@code stored} of {@code storing}. */
    @FunctionalInterface
    public interface ImportProgress {
        void stored(long stored, long storing);
    }
    /** Ids per bulk update of flags. */
    private static final int UPDATE_CHUNK = 500;
    /** Rows per batch of inserts: one round trip per thousand. */
    private static final int INSERT_BATCH = 1000;
    /** The last day both databases store (LocalDate.MAX is beyond MariaDB's DATE range). */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final AssessmentRepository assessments;
    private final AssessmentPeriodRepository periods;
    private final AssessmentSettingsRepository settings;
    private final PeopleService people;
    private final PeopleProvisioning provisioning;
    private final FrameworkService frameworks;
    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentPeriodRepository periods,
            AssessmentSettingsRepository settings, PeopleService people, PeopleProvisioning provisioning,
            FrameworkService frameworks, EntityManager entityManager, PlatformTransactionManager transactions,
            Clock clock) {
        this.assessments = assessments;
        this.periods = periods;
        this.settings = settings;
        this.people = people;
        this.provisioning = provisioning;
        this.frameworks = frameworks;
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records one assessment, if the signed-in user may make it. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public AssessmentEntry record(NewAssessment input) {
        checkMayAssess(input.personId(), input.kind());
        CatalogueItem item = checkLevel(input.item(), input.levelCode());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = input.assessedOn() == null ? today : input.assessedOn();
        if (day.isAfter(today)) {
            throw new UserFacingException("assessment.error.future-date");
        }
        Long periodId = input.periodId();
        if (periodId != null && periods.findById(periodId).isEmpty()) {
            throw new UserFacingException("assessment.error.no-period");
        }
        if (periodId == null) {
            periodId = periods.findAllByOrderByStartsOnDesc().stream().filter(period -> period.contains(day))
                    .findFirst().map(AssessmentPeriod::getId).orElse(null);
        }
        Assessment saved = save(new Assessment(input.personId(), input.item(), input.kind(), input.levelCode(), day,
                CurrentUser.require().personId(), periodId, null, evidence(input.evidence())));
        return entries(List.of(saved)).getFirst();
    }

    /** A team lead takes the person's current self-assessment as her own assessment. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    @Transactional
    public AssessmentEntry acceptSelfAssessment(long personId, ItemRef item) {
        checkMayAssess(personId, AssessmentKind.MANAGER);
        Assessment self = assessments.findLatest(personId, item, AssessmentKind.SELF).stream()
                .max(Comparator.comparing(Assessment::getAssessedOn).thenComparing(Assessment::getRecordedAt))
                .orElseThrow(() -> new UserFacingException("assessment.error.no-self-assessment"));
        checkLevel(item, self.getLevelCode());
        LocalDate today = LocalDate.now(clock);
        Long periodId = periods.findAllByOrderByStartsOnDesc().stream().filter(period -> period.contains(today))
                .findFirst().map(AssessmentPeriod::getId).orElse(self.getPeriodId());
        Assessment saved = save(new Assessment(personId, item, AssessmentKind.MANAGER, self.getLevelCode(), today,
                CurrentUser.require().personId(), periodId, self.getId(), null));
        return entries(List.of(saved)).getFirst();
    }

    /** What the signed-in user may record for this person: none, or some of self, manager, peer. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Set<AssessmentKind> kindsIMayRecord(long personId) {
        Set<AssessmentKind> kinds = java.util.EnumSet.noneOf(AssessmentKind.class);
        for (AssessmentKind kind : AssessmentKind.values()) {
            if (mayAssess(personId, kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** A person's assessments of one item, newest first, for the person, their leads and tenant admins. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<AssessmentEntry> history(long personId, ItemRef item) {
        checkMaySee(personId);
        return entries(assessments.history(personId, item));
    }

    /**
     * Current levels of many people at once: the newest assessment per person, item and
     * kind, now ({@code asOf == null}, one read of the rows marked latest) or as it was
     * at the end of a past day (one read of the history up to that day). Callers (the
     * heatmap) have checked that the user may see these people.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> currentLevels(Collection<Long> personIds, LocalDate asOf) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return newestPerKey(read(personIds, asOf));
    }

    /** Every assessment of these people up to a day, oldest first, for trends. Callers have checked access. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> historyOf(Collection<Long> personIds, LocalDate until) {
        return personIds.isEmpty() ? List.of() : read(personIds, until);
    }

    /**
     * The level a heatmap cell shows by default, per person and item: the newest manager
     * assessment, else the newest self-assessment. Now ({@code asOf == null}): one read of
     * the rows marked shown, as they are; should two assessments have raced, a person and
     * item can come twice, and readers keep {@link LevelFact#shown}. As it was at the end of
     * a past day: found in the history, one per person and item. Callers (the heatmap) have
     * checked that the user may see these people.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> shownLevels(Collection<Long> personIds, LocalDate asOf) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        if (asOf == null) {
            return BulkReads.large(personIds) ? ofPeople(assessments.shownOfTenant(), personIds)
                    : assessments.shownOf(personIds);
        }
        Map<ItemKey, LevelFact> shown = new LinkedHashMap<>();
        for (LevelFact fact : read(personIds, asOf)) {
            if (fact.kind() != AssessmentKind.PEER) {
                shown.merge(ItemKey.of(fact), fact, LevelFact::shown);
            }
        }
        return List.copyOf(shown.values());
    }

    /**
     * The current levels of one kind: now ({@code asOf == null}) the rows of that kind
     * marked latest, as they are (see {@link #shownLevels}), or as it was at the end of a
     * past day, from the history. Callers have checked that the user may see these people.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<LevelFact> currentLevels(Collection<Long> personIds, LocalDate asOf, AssessmentKind kind) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        if (asOf == null) {
            return BulkReads.large(personIds) ? ofPeople(assessments.latestOfTenant(kind), personIds)
                    : assessments.latestOf(personIds, kind);
        }
        return newestPerKey(read(personIds, asOf).stream().filter(fact -> fact.kind() == kind).toList());
    }

    /**
     * Every assessment of these people, oldest first, handed to {@code each} one at a time while the read
     * is open, so that an export of any length holds one row, not the whole history. Assessor and period
     * are named; the names are read before the assessments. Callers (the heatmap's exports) have checked
     * that the user may see these people.
     *
     * @return how many assessments were handed over
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public long eachAssessmentOf(Collection<Long> personIds, Consumer<AssessmentRecord> each) {
        if (personIds.isEmpty()) {
            return 0;
        }
        boolean large = BulkReads.large(personIds);
        Set<Long> wanted = large ? new HashSet<>(personIds) : Set.of();
        Map<Long, String> assessors = people.names(large ? assessments.assessorsOfTenant()
                : assessments.assessorsOf(personIds));
        Map<Long, String> periodNames = new HashMap<>();
        periods.findAllByOrderByStartsOnDesc().forEach(period -> periodNames.put(period.getId(), period.getName()));
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

    /** The latest levels ({@code until == null}) or the history up to a day of some people. */
    private List<LevelFact> read(Collection<Long> personIds, LocalDate until) {
        if (!BulkReads.large(personIds)) {
            return until == null ? assessments.latestOf(personIds) : assessments.historyUntil(personIds, until);
        }
        return ofPeople(until == null ? assessments.latestOfTenant() : assessments.historyOfTenantUntil(until),
                personIds);
    }

    /** The tenant's levels of some people, for reads of the whole tenant (see BulkReads). */
    private static List<LevelFact> ofPeople(List<LevelFact> all, Collection<Long> personIds) {
        Set<Long> wanted = new HashSet<>(personIds);
        return all.stream().filter(fact -> wanted.contains(fact.personId())).toList();
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public AssessmentRules rules() {
        return settings.findFirstBy().map(AssessmentSettings::rules).orElse(AssessmentRules.DEFAULT);
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public AssessmentRules changeRules(int reviewIntervalMonths, boolean peerAssessments) {
        return applyRules(reviewIntervalMonths, peerAssessments);
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<PeriodSummary> periods() {
        return periods.findAllByOrderByStartsOnDesc().stream().map(AssessmentPeriod::summary).toList();
    }

    /** Creates the period with this key, or renames and re-dates it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public PeriodSummary savePeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        return applyPeriod(key, name, startsOn, endsOn);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionRules(int reviewIntervalMonths, boolean peerAssessments) {
        applyRules(reviewIntervalMonths, peerAssessments);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        applyPeriod(key, name, startsOn, endsOn);
    }

    /**
     * Adds assessments from a file, in bulk. An assessment the tenant already has (same
     * person, item, kind, day and level) is not added again, so loading a file twice adds
     * nothing. Every person, period, item and level must exist; the caller checked them.
     *
     * @return how many assessments were added
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int provision(List<ProvisionedAssessment> incoming) {
        Set<String> personKeys = new HashSet<>();
        incoming.forEach(row -> {
            personKeys.add(row.personKey());
            if (row.assessorKey() != null) {
                personKeys.add(row.assessorKey());
            }
        });
        Map<String, Long> ids = provisioning.idsByKey(personKeys);
        Map<String, Long> periodIds = new HashMap<>();
        periods.findAllByOrderByStartsOnDesc().forEach(period -> periodIds.put(period.getKey(), period.getId()));
        Set<Long> personIds = new HashSet<>();
        incoming.forEach(row -> personIds.add(Objects.requireNonNull(ids.get(row.personKey()), row.personKey())));

        List<Assessment> candidates = new ArrayList<>();
        for (ProvisionedAssessment row : incoming) {
            Long periodId = row.periodKey() == null ? null
                    : Objects.requireNonNull(periodIds.get(row.periodKey()), row.periodKey());
            candidates.add(new Assessment(ids.get(row.personKey()), row.item(), row.kind(), row.levelCode(),
                    row.assessedOn(), row.assessorKey() == null ? null : ids.get(row.assessorKey()), periodId, null,
                    evidence(row.evidence())));
        }
        return addAll(personIds, candidates, true, count -> {
        });
    }

    /**
     * Checks imported assessments (an uploaded sheet) row by row without storing anything:
     * whether the user may record each one, whether its item and level exist, and what
     * storing it would do. Rows are checked against what is stored and against the rows
     * before them, so a sheet that repeats itself is counted once.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<ImportCheck> checkImport(List<NewAssessment> rows) {
        return new ImportPlan(rows).checks();
    }

    /**
     * Stores imported assessments, all or none: refused if any row has a problem; rows
     * that change nothing are left out, so importing the same sheet twice stores it once.
     * Imports of one tenant take turns, so two racing uploads never interleave; read
     * committed, so that the one that waited reads what the other stored (under MariaDB's
     * default, repeatable read, it would read what was there when its transaction first read).
     * The caller that owns the transaction (an upload's confirm) must run it so too.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportCounts importAll(List<NewAssessment> rows) {
        return importAll(rows, (stored, storing) -> {
        });
    }

    /**
     * {@link #importAll(List)}, telling {@code progress} how many assessments were inserted so
     * far, and of how many.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportCounts importAll(List<NewAssessment> rows, ImportProgress progress) {
        makeSettingsRow();
        settings.lockForImport().orElseThrow(() -> new IllegalStateException("The tenant has no settings row"));
        ImportPlan plan = new ImportPlan(rows);
        List<ImportCheck> checks = plan.checks();
        if (checks.stream().anyMatch(check -> !check.ok())) {
            throw new UserFacingException("assessment.error.import-has-problems");
        }
        Long assessor = CurrentUser.require().personId();
        List<AssessmentPeriod> allPeriods = periods.findAllByOrderByStartsOnDesc();
        List<Assessment> candidates = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!checks.get(i).stores()) {
                continue;
            }
            NewAssessment row = rows.get(i);
            LocalDate day = plan.day(row);
            Long periodId = allPeriods.stream().filter(period -> period.contains(day)).findFirst()
                    .map(AssessmentPeriod::getId).orElse(null);
            candidates.add(new Assessment(row.personId(), row.item(), row.kind(), row.levelCode(), day, assessor,
                    periodId, null, evidence(row.evidence())));
            if (checks.get(i).status() == ImportCheck.Status.NEW) {
                added++;
            } else {
                changed++;
            }
        }
        int storing = candidates.size();
        progress.stored(0, storing);
        addAll(plan.personIds(), candidates, false, stored -> progress.stored(stored, storing));
        return new ImportCounts(added, changed, rows.size() - added - changed);
    }

    /**
     * Adds new assessments in bulk, keeping {@code latest} and {@code shown} right: one read
     * of the people's rows marked latest (as plain values, not entities), the flags of stored
     * rows changed by bulk updates, inserts in batches (see {@link AssessmentBulkWrites}).
     * The new assessments may come in any order, and are inserted in theirs (a sheet's rows
     * of one person stay together in the indexes): of two of the same person, item and kind
     * the newer becomes latest, and of two of one day the later one. With {@code dedupe}, an
     * assessment the tenant already has (same person, item, kind, day and level) is not added
     * again (a tenant file loaded twice); an import has left those out already.
     *
     * @param stored told how many were inserted so far, after each batch
     */
    private int addAll(Set<Long> personIds, List<Assessment> candidates, boolean dedupe, LongConsumer stored) {
        Set<LevelFact> known = dedupe ? new HashSet<>(read(personIds, LAST_DAY)) : null;
        Map<LevelKey, Flags> latest = new HashMap<>();
        Map<ItemKey, List<Flags>> latestByItem = new HashMap<>();
        List<LatestRow> latestRows = BulkReads.large(personIds)
                ? latestRowsOf(assessments.latestRowsOfTenant(), personIds) : assessments.latestRowsOf(personIds);
        for (LatestRow row : latestRows) {
            Flags flags = Flags.of(row);
            latest.merge(flags.levelKey, flags, (a, b) -> a.isNewerThan(b) ? a : b);
            latestByItem.computeIfAbsent(flags.itemKey(), key -> new ArrayList<>()).add(flags);
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
            if (previous == null || !previous.isNewerThan(flags)) {
                if (previous != null) {
                    previous.latest = false;
                }
                flags.latest = true;
                latest.put(flags.levelKey, flags);
            }
            fresh.add(flags);
            latestByItem.computeIfAbsent(flags.itemKey(), key -> new ArrayList<>()).add(flags);
        }
        fresh.stream().map(Flags::itemKey).distinct().forEach(key -> Flags.markShown(latestByItem.get(key)));

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

    private static List<LatestRow> latestRowsOf(List<LatestRow> all, Collection<Long> personIds) {
        Set<Long> wanted = new HashSet<>(personIds);
        return all.stream().filter(row -> wanted.contains(row.personId())).toList();
    }

    /**
     * The flags of one assessment while a bulk write decides them: a stored row marked latest
     * (read as values) or a new one; the same rules as {@link Assessment#isNewerThan} and
     * {@link Assessment#isShownBefore}.
     */
    private static final class Flags {

        final LatestRow stored;
        final Assessment fresh;
        final LevelKey levelKey;
        final LocalDate assessedOn;
        final java.time.Instant recordedAt;
        boolean latest;
        boolean shown;

        private Flags(LatestRow stored, Assessment fresh, LevelKey levelKey, LocalDate assessedOn,
                java.time.Instant recordedAt, boolean latest, boolean shown) {
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

        ItemKey itemKey() {
            return new ItemKey(levelKey.personId(), levelKey.family(), levelKey.itemCode());
        }

        boolean isNewerThan(Flags other) {
            int byDate = assessedOn.compareTo(other.assessedOn);
            return byDate != 0 ? byDate > 0 : recordedAt.isAfter(other.recordedAt);
        }

        boolean isShownBefore(Flags other) {
            if (levelKey.kind() != other.levelKey.kind()) {
                return levelKey.kind() == AssessmentKind.MANAGER || other.levelKey.kind() == AssessmentKind.PEER;
            }
            return isNewerThan(other);
        }

        /** As {@link AssessmentService#markShown(List)}: of the rows marked latest, the manager's, else the self-assessment. */
        static void markShown(List<Flags> ofOneItem) {
            Flags shown = null;
            for (Flags candidate : ofOneItem) {
                if (candidate.latest && candidate.levelKey.kind() != AssessmentKind.PEER
                        && (shown == null || candidate.isShownBefore(shown))) {
                    shown = candidate;
                }
            }
            for (Flags candidate : ofOneItem) {
                candidate.shown = candidate == shown;
            }
        }
    }

    /**
     * The tenant's settings row, what imports take turns on, made (with the defaults) before
     * its first import locks it, in a transaction of its own: two first imports at once would
     * otherwise both insert it, and one fail on the unique tenant.
     */
    private void makeSettingsRow() {
        if (settings.findFirstBy().isPresent()) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> settings.save(new AssessmentSettings(
                    AssessmentRules.DEFAULT.reviewIntervalMonths(), AssessmentRules.DEFAULT.peerAssessments())));
        } catch (DataIntegrityViolationException e) {
            // another import made it at the same moment: it is there to take turns on
        }
    }

    private Assessment save(Assessment fresh) {
        List<Assessment> ofItem = new ArrayList<>(assessments.findLatestOfItem(fresh.getPersonId(), fresh.item()));
        List<Assessment> current = ofItem.stream().filter(row -> row.getKind() == fresh.getKind()).toList();
        boolean newest = current.stream().allMatch(fresh::isNewerThan);
        if (newest) {
            current.forEach(previous -> previous.setLatest(false));
        }
        fresh.setLatest(newest);
        ofItem.add(fresh);
        markShown(ofItem);
        return assessments.save(fresh);
    }

    /**
     * Marks the one assessment of a person and item that a heatmap cell shows by default,
     * and unmarks the others: of the rows marked latest (all of them for this person and
     * item, as {@code shown} is only ever on a latest row), the manager's, else the self-assessment.
     */
    private static void markShown(List<Assessment> ofOneItem) {
        Assessment shown = null;
        for (Assessment candidate : ofOneItem) {
            if (candidate.isLatest() && candidate.getKind() != AssessmentKind.PEER
                    && (shown == null || candidate.isShownBefore(shown))) {
                shown = candidate;
            }
        }
        for (Assessment candidate : ofOneItem) {
            candidate.setShown(candidate == shown);
        }
    }

    private List<AssessmentEntry> entries(List<Assessment> rows) {
        Set<Long> assessors = new HashSet<>();
        rows.forEach(row -> {
            if (row.getAssessorId() != null) {
                assessors.add(row.getAssessorId());
            }
        });
        Map<Long, String> names = people.names(assessors);
        Map<Long, String> periodNames = new HashMap<>();
        periods.findAllByOrderByStartsOnDesc().forEach(period -> periodNames.put(period.getId(), period.getName()));
        return rows.stream().map(row -> new AssessmentEntry(row.getId(), row.getPersonId(), row.item(), row.getKind(),
                row.getLevelCode(), row.getAssessedOn(), names.get(row.getAssessorId()),
                periodNames.get(row.getPeriodId()), row.getEvidence(), row.isLatest(), row.getAcceptedFrom() != null))
                .toList();
    }

    private static List<LevelFact> newestPerKey(List<LevelFact> facts) {
        Map<LevelKey, LevelFact> newest = new LinkedHashMap<>();
        for (LevelFact fact : facts) {
            newest.merge(LevelKey.of(fact), fact, LevelFact::shown);
        }
        return List.copyOf(newest.values());
    }

    private void checkMayAssess(long personId, AssessmentKind kind) {
        if (!mayAssess(personId, kind)) {
            throw new AccessDeniedException("May not record a " + kind + " assessment of person " + personId);
        }
    }

    private boolean mayAssess(long personId, AssessmentKind kind) {
        return switch (kind) {
            case SELF -> Long.valueOf(personId).equals(CurrentUser.require().personId());
            case MANAGER -> people.leadsTeamOf(personId);
            case PEER -> rules().peerAssessments() && people.sharesTeamWith(personId);
        };
    }

    private void checkMaySee(long personId) {
        if (!Long.valueOf(personId).equals(CurrentUser.require().personId()) && !people.oversees(personId)) {
            throw new AccessDeniedException("Not one of your people");
        }
    }

    private CatalogueItem checkLevel(ItemRef ref, String levelCode) {
        CatalogueItem item = frameworks.catalogue().stream()
                .filter(candidate -> candidate.family().equals(ref.family())
                        && candidate.itemCode().equals(ref.itemCode()))
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.unknown-item", ref.itemCode()));
        if (levelCode == null || !item.defines(levelCode)) {
            throw new UserFacingException("assessment.error.level-not-defined", String.valueOf(levelCode),
                    item.itemName(), String.join(", ", item.levelCodes()));
        }
        return item;
    }

    private static String evidence(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_EVIDENCE) {
            throw new UserFacingException("assessment.error.evidence-too-long", MAX_EVIDENCE);
        }
        return trimmed;
    }

    private AssessmentRules applyRules(int reviewIntervalMonths, boolean peerAssessments) {
        if (reviewIntervalMonths < 1 || reviewIntervalMonths > 60) {
            throw new UserFacingException("assessment.error.review-interval", 1, 60);
        }
        AssessmentSettings row = settings.findFirstBy()
                .orElseGet(() -> settings.save(new AssessmentSettings(reviewIntervalMonths, peerAssessments)));
        row.update(reviewIntervalMonths, peerAssessments);
        return row.rules();
    }

    private PeriodSummary applyPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        if (key == null || !PERIOD_KEY.matcher(key).matches()) {
            throw new UserFacingException("assessment.error.period-key", String.valueOf(key));
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("assessment.error.period-name");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new UserFacingException("assessment.error.period-dates");
        }
        AssessmentPeriod period = periods.findByKey(key)
                .orElseGet(() -> periods.save(new AssessmentPeriod(key, name.strip(), startsOn, endsOn)));
        period.update(name.strip(), startsOn, endsOn);
        return period.summary();
    }

    /** The checks of one import: what the user may record, and what each row would change. */
    private final class ImportPlan {

        private final List<NewAssessment> rows;
        private final Set<Long> personIds = new HashSet<>();
        private final LocalDate today = LocalDate.now(clock);

        ImportPlan(List<NewAssessment> rows) {
            this.rows = rows;
            rows.forEach(row -> personIds.add(row.personId()));
        }

        Set<Long> personIds() {
            return personIds;
        }

        LocalDate day(NewAssessment row) {
            return row.assessedOn() == null ? today : row.assessedOn();
        }

        List<ImportCheck> checks() {
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, String> known = people.names(personIds);
            Map<ItemRef, CatalogueItem> items = new HashMap<>();
            frameworks.catalogue().forEach(item -> items.put(new ItemRef(item.family(), item.itemCode()), item));
            // what is stored for the person, item and kind of each row, and nothing else: a file
            // touches some skills of its people, whose whole history may be much longer
            Map<LevelKey, List<LevelFact>> stored = new HashMap<>();
            rows.forEach(row -> stored.put(new LevelKey(row.personId(), row.item().family(), row.item().itemCode(),
                    row.kind()), new ArrayList<>()));
            Set<Long> readable = new HashSet<>(personIds);
            readable.retainAll(known.keySet());
            if (!readable.isEmpty()) {
                boolean large = BulkReads.large(readable);
                try (Stream<LevelFact> facts = large ? assessments.streamFactsOfTenant()
                        : assessments.streamFactsOf(readable)) {
                    facts.forEach(fact -> {
                        List<LevelFact> ofKey = stored.get(LevelKey.of(fact));
                        if (ofKey != null) {
                            ofKey.add(fact);
                        }
                    });
                }
            }
            Permissions permissions = new Permissions();
            List<ImportCheck> checks = new ArrayList<>(rows.size());
            for (NewAssessment row : rows) {
                ImportCheck check = check(row, known, items, permissions, stored);
                checks.add(check);
                if (check.stores()) {
                    LevelFact fact = new LevelFact(row.personId(), row.item().family(), row.item().itemCode(),
                            row.kind(), row.levelCode(), day(row));
                    stored.computeIfAbsent(LevelKey.of(fact), key -> new ArrayList<>()).add(fact);
                }
            }
            return checks;
        }

        private ImportCheck check(NewAssessment row, Map<Long, String> known, Map<ItemRef, CatalogueItem> items,
                Permissions permissions, Map<LevelKey, List<LevelFact>> stored) {
            String name = known.get(row.personId());
            if (name == null) {
                return ImportCheck.problem("assessment.error.unknown-person");
            }
            if (!permissions.mayImport(row.personId(), row.kind())) {
                return ImportCheck.problem("assessment.error.not-yours-to-assess", name);
            }
            CatalogueItem item = items.get(row.item());
            if (item == null) {
                return ImportCheck.problem("assessment.error.unknown-item", row.item().itemCode());
            }
            if (row.levelCode() == null || !item.defines(row.levelCode())) {
                return ImportCheck.problem("assessment.error.level-not-defined", String.valueOf(row.levelCode()),
                        item.itemName(), String.join(", ", item.levelCodes()));
            }
            LocalDate day = day(row);
            if (day.isAfter(today)) {
                return ImportCheck.problem("assessment.error.future-date");
            }
            if (row.evidence() != null && row.evidence().strip().length() > MAX_EVIDENCE) {
                return ImportCheck.problem("assessment.error.evidence-too-long", MAX_EVIDENCE);
            }
            LevelFact before = null;
            for (LevelFact fact : stored.getOrDefault(new LevelKey(row.personId(), row.item().family(),
                    row.item().itemCode(), row.kind()), List.of())) {
                if (fact.assessedOn().equals(day) && fact.levelCode().equals(row.levelCode())) {
                    return new ImportCheck(ImportCheck.Status.UNCHANGED, fact.levelCode(), null, List.of());
                }
                if (!fact.assessedOn().isAfter(day) && (before == null || !fact.assessedOn().isBefore(before.assessedOn()))) {
                    before = fact;
                }
            }
            if (before == null) {
                return new ImportCheck(ImportCheck.Status.NEW, null, null, List.of());
            }
            return new ImportCheck(before.levelCode().equals(row.levelCode()) ? ImportCheck.Status.UNCHANGED
                    : ImportCheck.Status.CHANGED, before.levelCode(), null, List.of());
        }
    }

    /**
     * Who the signed-in user may record assessments of in an import: a tenant admin anyone
     * of the tenant in any kind (bulk loads and history); otherwise as on the screens.
     */
    private final class Permissions {

        private final Long me = CurrentUser.require().personId();
        private final boolean admin = CurrentUser.require().hasRole(org.skillboard.security.Roles.TENANT_ADMIN);
        private final Set<Long> led = new HashSet<>();
        private final Map<Long, Boolean> peers = new HashMap<>();

        Permissions() {
            if (!admin && me != null && CurrentUser.require().hasRole(org.skillboard.security.Roles.TEAM_LEAD)) {
                people.myTeams().forEach(team -> {
                    team.leads().forEach(person -> led.add(person.personId()));
                    team.members().forEach(person -> led.add(person.personId()));
                });
                led.remove(me);
            }
        }

        boolean mayImport(long personId, AssessmentKind kind) {
            if (admin) {
                return true;
            }
            return switch (kind) {
                case SELF -> Long.valueOf(personId).equals(me);
                case MANAGER -> led.contains(personId);
                case PEER -> peers.computeIfAbsent(personId,
                        id -> rules().peerAssessments() && people.sharesTeamWith(id));
            };
        }
    }

    private record LevelKey(long personId, String family, String itemCode, AssessmentKind kind) {
        static LevelKey of(LevelFact fact) {
            return new LevelKey(fact.personId(), fact.family(), fact.itemCode(), fact.kind());
        }

        static LevelKey of(Assessment assessment) {
            return new LevelKey(assessment.getPersonId(), assessment.item().family(), assessment.item().itemCode(),
                    assessment.getKind());
        }
    }

    /** Person and item: what {@code shown} is counted per. */
    private record ItemKey(long personId, String family, String itemCode) {
        static ItemKey of(LevelFact fact) {
            return new ItemKey(fact.personId(), fact.family(), fact.itemCode());
        }

        static ItemKey of(Assessment assessment) {
            return new ItemKey(assessment.getPersonId(), assessment.item().family(), assessment.item().itemCode());
        }
    }
}
