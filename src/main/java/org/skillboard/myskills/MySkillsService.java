package org.skillboard.myskills;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.LevelFact;
import org.skillboard.assessment.RecordedAssessment;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.ItemLevels;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own skills, as one read model: her row of the heatmap (levels, targets, staleness),
 * her history, her job profile and the level texts, each read once for all her items, never once per item.
 * Only ever the signed-in person: the heatmap shows a user without a team only her own row.
 */
@Service
@Transactional(readOnly = true)
public class MySkillsService {

    private final HeatmapService heatmaps;
    private final AssessmentReads assessments;
    private final JobProfileService jobProfiles;
    private final FrameworkService frameworks;
    private final Clock clock;
    private final MemberVisitRepository visits;

    MySkillsService(HeatmapService heatmaps, AssessmentReads assessments, JobProfileService jobProfiles,
            FrameworkService frameworks, Clock clock, MemberVisitRepository visits) {
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        this.jobProfiles = jobProfiles;
        this.frameworks = frameworks;
        this.clock = clock;
        this.visits = visits;
    }

    /** Her page, with level texts in the reader's language where the framework has it. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public MySkills mySkills(Locale reader) {
        LocalDate today = LocalDate.now(clock);
        HeatmapData own = heatmaps.heatmap(HeatmapQuery.team(null));
        if (own.rows().isEmpty()) {
            return MySkills.unlinked(today);
        }
        HeatmapData.Row me = own.rows().getFirst();
        JobProfileSummary profile = jobProfiles.profilesOfPeople(List.of(me.personId())).get(me.personId());
        Map<ItemRef, List<MySkills.Step>> history = new HashMap<>();
        Map<ItemRef, LevelFact> self = new HashMap<>();
        for (LevelFact fact : assessments.historyOf(List.of(me.personId()), today)) {
            ItemRef ref = new ItemRef(fact.family(), fact.itemCode());
            history.computeIfAbsent(ref, key -> new ArrayList<>())
                    .addFirst(new MySkills.Step(fact.assessedOn(), fact.kind(), fact.levelCode()));
            if (fact.kind() == AssessmentKind.SELF) {
                self.put(ref, fact);
            }
        }
        Map<ItemRef, ItemLevels> texts = new HashMap<>();
        frameworks.itemLevelsInUse(reader)
                .forEach(item -> texts.put(new ItemRef(item.family(), item.itemCode()), item));

        Map<String, List<MySkills.Line>> byFamily = new LinkedHashMap<>();
        Map<String, String> frameworkNames = new HashMap<>();
        for (int c = 0; c < own.columns().size(); c++) {
            CatalogueItem column = own.columns().get(c);
            HeatmapData.Cell cell = me.cells().get(c);
            ItemRef ref = new ItemRef(column.family(), column.itemCode());
            LevelFact mine = self.get(ref);
            if (!cell.hasTarget() && !cell.assessed() && mine == null) {
                continue;
            }
            ItemLevels levels = texts.getOrDefault(ref, fallback(column, reader));
            frameworkNames.putIfAbsent(column.family(), levels.frameworkName());
            byFamily.computeIfAbsent(column.family(), family -> new ArrayList<>()).add(new MySkills.Line(ref,
                    column.categoryName(), levels, cell.levelCode(), cell.from(), cell.assessedOn(), cell.stale(),
                    mine == null ? null : mine.levelCode(), mine == null ? null : mine.assessedOn(),
                    cell.targetCode(), next(levels, cell.levelCode()),
                    List.copyOf(history.getOrDefault(ref, List.of()))));
        }
        List<MySkills.FrameworkGroup> groups = new ArrayList<>();
        byFamily.forEach((family, lines) -> {
            List<MySkills.Line> ordered = new ArrayList<>(lines);
            ordered.sort(Comparator.comparing(line -> !line.needed()));
            groups.add(new MySkills.FrameworkGroup(family, frameworkNames.get(family), List.copyOf(ordered)));
        });
        return new MySkills(true, me.personId(), me.name(), profile == null ? null : profile.name(),
                own.staleBefore(), today, List.copyOf(groups));
    }

    /**
     * Her start page: where she is below target, what she has not assessed yet, and what her lead changed
     * since her previous visit. Each call is a visit: it moves her last visit to now.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public MemberAgenda agenda(Locale reader) {
        MySkills page = mySkills(reader);
        if (!page.linked()) {
            return MemberAgenda.unlinked();
        }
        Instant previous = visit(CurrentUser.require().accountId());
        List<MySkills.Line> lines = page.lines();
        List<MySkills.Line> below = lines.stream().filter(MySkills.Line::belowTarget).toList();
        List<MySkills.Line> notAssessed = lines.stream().filter(line -> line.needed() && line.self() == null)
                .toList();
        List<MemberAgenda.Change> changes = previous == null ? List.of() : changes(page, previous);
        return new MemberAgenda(true, (int) lines.stream().filter(MySkills.Line::needed).count(), below,
                notAssessed, changes, previous);
    }

    /**
     * Moves the account's last visit to now and says where it was. "Now" is the system's time, not the clock
     * the app dates assessments by: it is compared with when assessments were recorded, which the system's
     * time stamps.
     */
    private Instant visit(long accountId) {
        Optional<Instant> previous = visits.seenAt(accountId);
        Instant now = Instant.now();
        if (previous.isEmpty()) {
            visits.save(new MemberVisit(accountId, now));
        } else {
            visits.moveTo(accountId, now);
        }
        return previous.orElse(null);
    }

    /**
     * Per item, the newest manager assessment recorded after her previous visit by someone else, and the level
     * her lead had given before it; newest first. Items the page does not show (no longer in use) are left out.
     */
    private List<MemberAgenda.Change> changes(MySkills page, Instant since) {
        Map<ItemRef, MySkills.Line> shown = new HashMap<>();
        page.lines().forEach(line -> shown.put(line.item(), line));
        Map<ItemRef, RecordedAssessment> before = new HashMap<>();
        Map<ItemRef, RecordedAssessment> newest = new LinkedHashMap<>();
        // read in the order recorded: of two dated alike, the later recorded is the current one
        BinaryOperator<RecordedAssessment> current = (kept, fresh) -> fresh.assessedOn().isBefore(kept.assessedOn())
                ? kept : fresh;
        for (RecordedAssessment each : assessments.recordedOf(page.personId(), AssessmentKind.MANAGER)) {
            if (!each.recordedAt().isAfter(since)) {
                before.merge(each.item(), each, current);
            } else if (!Long.valueOf(page.personId()).equals(each.assessorId())) {
                newest.merge(each.item(), each, current);
            }
        }
        List<MemberAgenda.Change> changes = new ArrayList<>();
        newest.forEach((item, change) -> {
            MySkills.Line line = shown.get(item);
            if (line != null) {
                changes.add(new MemberAgenda.Change(line, change.levelCode(),
                        before.containsKey(item) ? before.get(item).levelCode() : null, change.assessorName(),
                        change.assessedOn(), change.acceptedSelfAssessment()));
            }
        });
        changes.sort(Comparator.comparing(MemberAgenda.Change::assessedOn).reversed());
        return List.copyOf(changes);
    }

    /** The level after the one held, the first when none is, nothing at the top (as a heatmap cell says it). */
    static Optional<ItemLevels.LevelText> next(ItemLevels item, String held) {
        return item.after(held);
    }

    /** An item the catalogue has but no definition in use describes: its levels named, without texts. */
    private static ItemLevels fallback(CatalogueItem column, Locale reader) {
        List<ItemLevels.LevelText> levels = new ArrayList<>();
        for (int i = 0; i < column.levelCodes().size(); i++) {
            levels.add(new ItemLevels.LevelText(column.levelCodes().get(i), column.levelNames().get(i), null));
        }
        return new ItemLevels(column.family(), column.itemCode(), column.frameworkName(), reader, column.itemName(),
                null, List.copyOf(levels));
    }
}
