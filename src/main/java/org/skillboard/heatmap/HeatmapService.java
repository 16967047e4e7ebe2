package org.skillboard.heatmap;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRules;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.LevelFact;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.jobprofile.Target;
import org.skillboard.people.NamedPerson;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonProfile;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the team heatmap. A team lead sees the teams she leads, a tenant admin every
 * team, a member only their own row. Whatever the team's size, the model comes from a
 * fixed number of set-based reads: the team, the catalogue, job profiles and targets,
 * and the current (or as-of) levels.
 */
@Service
@Transactional(readOnly = true)
public class HeatmapService {

    private final PeopleService people;
    private final FrameworkService frameworks;
    private final JobProfileService jobProfiles;
    private final AssessmentReads assessments;
    private final AssessmentRecording recording;
    private final AssessmentSettingsService settings;
    private final Clock clock;

    HeatmapService(PeopleService people, FrameworkService frameworks, JobProfileService jobProfiles,
            AssessmentReads assessments, AssessmentRecording recording, AssessmentSettingsService settings,
            Clock clock) {
        this.people = people;
        this.frameworks = frameworks;
        this.jobProfiles = jobProfiles;
        this.assessments = assessments;
        this.recording = recording;
        this.settings = settings;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public HeatmapData heatmap(HeatmapQuery query) {
        Shown shown = shownPeople(query.teamId(), query.asOf());
        List<CatalogueItem> columns = columns(query.family(), query.category(), query.asOf());
        List<Long> ids = shown.people().stream().map(TeamPerson::personId).toList();
        Map<Long, JobProfileSummary> profiles = jobProfiles.profilesOfPeople(ids);
        Map<Long, Map<ItemRef, Target>> targets = jobProfiles.targetsOfPeople(ids, profiles);
        List<LevelFact> facts = levels(ids, query);
        ColumnIndex index = new ColumnIndex(columns);
        Map<Long, LevelFact[]> levels = index.byPerson(facts);
        LocalDate staleBefore = settings.rules().staleBefore(query.asOf() == null ? today() : query.asOf());

        List<HeatmapData.Row> rows = new ArrayList<>();
        for (TeamPerson person : shown.people()) {
            JobProfileSummary profile = profiles.get(person.personId());
            if (query.jobProfileId() != null && (profile == null || profile.id() != query.jobProfileId())) {
                continue;
            }
            LevelFact[] mine = levels.get(person.personId());
            Target[] myTargets = index.targets(targets.get(person.personId()));
            HeatmapData.Cell[] cells = new HeatmapData.Cell[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(columns.get(c), mine == null ? null : mine[c], myTargets == null ? null : myTargets[c],
                        staleBefore);
            }
            HeatmapData.Row row = new HeatmapData.Row(person.personId(), person.name(),
                    profile == null ? null : profile.name(), shown.leads().contains(person.personId()),
                    Collections.unmodifiableList(Arrays.asList(cells)));
            if (!query.onlyGaps() || row.hasGap()) {
                rows.add(row);
            }
        }
        List<HeatmapData.Row> ordered = sorted(rows, query);
        List<HeatmapData.ColumnSummary> summaries = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            summaries.add(summary(columns.get(c), c, ordered));
        }
        return new HeatmapData(shown.teamName(), query, staleBefore, columns, ordered, List.copyOf(summaries),
                facts.size());
    }

    /** One level per person and item, of the kind the query shows: read as flagged, or found in the history. */
    private List<LevelFact> levels(List<Long> ids, HeatmapQuery query) {
        return switch (query.source()) {
            case MANAGER_ELSE_SELF -> assessments.shownLevels(ids, query.asOf());
            case SELF -> assessments.currentLevels(ids, query.asOf(), AssessmentKind.SELF);
            case MANAGER -> assessments.currentLevels(ids, query.asOf(), AssessmentKind.MANAGER);
        };
    }

    /**
     * A cell opened: the person's history in the item, its level texts in the reader's
     * language, the target and what the signed-in user may record. Refused unless the
     * user is the person, leads one of their teams, or administers the tenant.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public CellDetail cell(long personId, ItemRef item, java.util.Locale reader) {
        List<org.skillboard.assessment.AssessmentEntry> history = assessments.history(personId, item);
        org.skillboard.framework.ItemLevels levels = frameworks.itemLevels(item.family(), item.itemCode(), reader)
                .orElseThrow(() -> new org.skillboard.base.UserFacingException("assessment.error.unknown-item",
                        item.itemCode()));
        Target target = jobProfiles.targetsOf(personId).get(item);
        String name = people.names(List.of(personId)).get(personId);
        // an item of a retired version or an archived framework is read, no longer assessed
        boolean inUse = frameworks.catalogue().stream()
                .anyMatch(each -> each.family().equals(item.family()) && each.itemCode().equals(item.itemCode()));
        return new CellDetail(personId, name, levels, target, history,
                inUse ? recording.kindsIMayRecord(personId) : java.util.Set.of(), settings.rules().staleBefore(today()));
    }

    /**
     * A team's trend: its average level per item at the end of each assessment period so
     * far (or of each of the last twelve months when the tenant has no periods), and
     * every assessment whose level changed since a day. One read of the team's history.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    public TrendData trend(long teamId, String family, LocalDate since) {
        Shown shown = shownPeople(teamId, null);
        List<Long> ids = shown.people().stream().map(TeamPerson::personId).toList();
        LocalDate today = today();
        List<LevelFact> history = assessments.historyOf(ids, today);
        List<CatalogueItem> columns = withRetired(columns(family, null, null), family, history);
        List<LocalDate> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        settings.periods().stream().filter(period -> !period.startsOn().isAfter(today))
                .sorted(Comparator.comparing(org.skillboard.assessment.PeriodSummary::startsOn)).forEach(period -> {
                    points.add(period.endsOn().isAfter(today) ? today : period.endsOn());
                    names.add(period.name());
                });
        if (points.isEmpty()) {
            for (int month = 11; month >= 0; month--) {
                LocalDate end = today.minusMonths(month).withDayOfMonth(1).plusMonths(1).minusDays(1);
                points.add(end.isAfter(today) ? today : end);
                names.add(end.toString().substring(0, 7));
            }
        }
        Map<ItemRef, CatalogueItem> byRef = new HashMap<>();
        columns.forEach(column -> byRef.put(new ItemRef(column.family(), column.itemCode()), column));
        Map<ItemRef, List<Double>> averages = new LinkedHashMap<>();
        columns.forEach(column -> averages.put(new ItemRef(column.family(), column.itemCode()), new ArrayList<>()));
        Map<List<Object>, LevelFact> state = new HashMap<>();
        Map<List<Object>, LevelFact> atSince = null;
        int next = 0;
        List<LocalDate> boundaries = new ArrayList<>(points);
        for (LocalDate point : boundaries) {
            while (next < history.size() && !history.get(next).assessedOn().isAfter(point)) {
                if (atSince == null && since != null && history.get(next).assessedOn().isAfter(since)) {
                    atSince = new HashMap<>(state);
                }
                LevelFact fact = history.get(next++);
                state.put(List.of(fact.personId(), fact.family(), fact.itemCode(), fact.kind()), fact);
            }
            averages.forEach((ref, series) -> series.add(average(state, ref, byRef.get(ref), ids)));
        }
        if (atSince == null) {
            atSince = since == null ? Map.of() : new HashMap<>(state);
        }
        List<TrendData.Change> changes = new ArrayList<>();
        if (since != null) {
            Map<Long, String> personNames = new HashMap<>();
            shown.people().forEach(person -> personNames.put(person.personId(), person.name()));
            for (Map.Entry<List<Object>, LevelFact> entry : state.entrySet()) {
                LevelFact now = entry.getValue();
                LevelFact before = atSince.get(entry.getKey());
                CatalogueItem item = byRef.get(new ItemRef(now.family(), now.itemCode()));
                if (item != null && now.assessedOn().isAfter(since)
                        && (before == null || !before.levelCode().equals(now.levelCode()))) {
                    changes.add(new TrendData.Change(now.personId(), personNames.get(now.personId()), item.itemCode(),
                            item.itemName(), now.kind(), before == null ? null : before.levelCode(),
                            now.levelCode(), now.assessedOn()));
                }
            }
            changes.sort(Comparator.comparing(TrendData.Change::on).reversed()
                    .thenComparing(TrendData.Change::personName, java.text.Collator.getInstance()));
        }
        List<TrendData.Series> series = columns.stream().map(column -> new TrendData.Series(column.family(),
                column.itemCode(), column.shortLabel(), column.itemName(), column.frameworkName(), column.scaleSize(),
                averages.get(new ItemRef(column.family(), column.itemCode())))).toList();
        return new TrendData(shown.teamName(), List.copyOf(points), List.copyOf(names), series, since,
                List.copyOf(changes));
    }

    /**
     * The heatmap for these filters as the Excel export writes it: the read model the screen shows, with the
     * framework and job profile filtered on by name, and the day. Access as for {@link #heatmap}.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public HeatmapExport heatmapExport(HeatmapQuery query) {
        HeatmapData data = heatmap(query);
        String frameworkName = query.family() == null ? null : data.columns().stream()
                .map(CatalogueItem::frameworkName).findFirst().orElse(query.family());
        String jobProfileName = null;
        SkillboardUser me = CurrentUser.require();
        if (query.jobProfileId() != null && (me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD))) {
            jobProfileName = jobProfiles.profiles().stream().filter(profile -> profile.id() == query.jobProfileId())
                    .map(JobProfileSummary::name).findFirst().orElse(null);
        }
        return new HeatmapExport(data, frameworkName, jobProfileName, today());
    }

    /**
     * Every assessment of the people the user may see, oldest first, handed to the sink while it is read (the
     * history's length does not matter): a team's people for its lead or a tenant admin; without a team, the
     * whole tenant for a tenant admin and the people of all her teams for a lead; a member only herself,
     * whatever team she asks for. Another team than her own is refused to a lead, as the heatmap is.
     *
     * @return how many assessments were handed over
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public long assessmentHistory(Long teamId, HistorySink sink) {
        SkillboardUser me = CurrentUser.require();
        String teamName = null;
        Map<Long, NamedPerson> named;
        // history keeps everyone: leavers and archived teams too
        if (teamId == null && me.hasRole(Roles.TENANT_ADMIN)) {
            named = new HashMap<>();
            people.everyoneWithLeavers().forEach(person -> named.put(person.personId(), person));
        } else {
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            boolean overseer = me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD);
            if (teamId == null && me.hasRole(Roles.TEAM_LEAD)) {
                people.myTeamsWithLeavers().forEach(team -> ids.addAll(everyoneIn(team)));
            } else if (teamId != null && overseer) {
                TeamOverview team = people.teamWithLeavers(teamId);
                teamName = team.name();
                ids.addAll(everyoneIn(team));
            } else {
                shownPeople(null, null).people().forEach(person -> ids.add(person.personId()));
            }
            named = people.keysAndNames(ids);
        }
        Map<String, Map<String, CatalogueItem>> items = new HashMap<>();
        frameworks.catalogueEver().forEach(item -> items.computeIfAbsent(item.family(), family -> new HashMap<>())
                .put(item.itemCode(), item));
        sink.start(teamName, today());
        return assessments.eachAssessmentOf(named.keySet(), record -> {
            NamedPerson person = named.get(record.personId());
            CatalogueItem item = items.getOrDefault(record.family(), Map.of()).get(record.itemCode());
            sink.line(new HistoryLine(person.key(), person.name(), record.family(), record.itemCode(),
                    item == null ? null : item.itemName(), record.levelCode(), record.kind(), record.assessedOn(),
                    record.periodName(), record.assessorName(), record.evidence()));
        });
    }

    /**
     * Today's columns and, after them, the items the team was assessed in that no framework in use has any
     * more (dropped by a new version, or of an archived framework), named as their newest version names them.
     */
    private List<CatalogueItem> withRetired(List<CatalogueItem> columns, String family, List<LevelFact> history) {
        java.util.Set<ItemRef> shown = new java.util.HashSet<>();
        columns.forEach(column -> shown.add(new ItemRef(column.family(), column.itemCode())));
        java.util.Set<ItemRef> assessed = new java.util.HashSet<>();
        history.forEach(fact -> assessed.add(new ItemRef(fact.family(), fact.itemCode())));
        assessed.removeAll(shown);
        if (assessed.isEmpty()) {
            return columns;
        }
        List<CatalogueItem> all = new ArrayList<>(columns);
        frameworks.catalogueEver().stream().filter(item -> family == null || item.family().equals(family))
                .filter(item -> assessed.contains(new ItemRef(item.family(), item.itemCode()))).forEach(all::add);
        return all;
    }

    /** Mean scale rank of the team in one item: the manager's level where there is one, else the person's own. */
    private static Double average(Map<List<Object>, LevelFact> state, ItemRef ref, CatalogueItem item,
            List<Long> people) {
        double sum = 0;
        int count = 0;
        for (Long person : people) {
            LevelFact fact = state.get(List.of(person, ref.family(), ref.itemCode(), AssessmentKind.MANAGER));
            if (fact == null) {
                fact = state.get(List.of(person, ref.family(), ref.itemCode(), AssessmentKind.SELF));
            }
            int index = fact == null ? -1 : item.indexOf(fact.levelCode());
            if (index >= 0) {
                sum += item.levelRanks().get(index);
                count++;
            }
        }
        return count == 0 ? null : Math.round(sum / count * 100) / 100.0;
    }

    /** The skills and criteria a heatmap can show, for its filters. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<CatalogueItem> catalogue() {
        return columns(null, null, null);
    }

    /**
     * The rows of a heatmap: a member's own; a team's people still here, or, "as it was on" a day, those who
     * had not left by the end of it (a person who left later is shown, her team archived or not).
     */
    private Shown shownPeople(Long teamId, LocalDate asOf) {
        SkillboardUser me = CurrentUser.require();
        boolean overseer = me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD);
        if (teamId == null || !overseer) {
            PersonProfile own = people.myProfile().orElse(null);
            List<TeamPerson> self = own == null ? List.of() : List.of(new TeamPerson(own.personId(), own.name(),
                    own.jobTitle()));
            return new Shown(null, self, java.util.Set.of());
        }
        TeamOverview team = asOf == null ? people.team(teamId) : people.teamOn(teamId, asOf);
        Map<Long, TeamPerson> everyone = new LinkedHashMap<>();
        team.leads().forEach(person -> everyone.put(person.personId(), person));
        team.members().forEach(person -> everyone.putIfAbsent(person.personId(), person));
        java.util.Set<Long> leads = new java.util.HashSet<>();
        team.leads().forEach(person -> leads.add(person.personId()));
        return new Shown(team.name(), List.copyOf(everyone.values()), leads);
    }

    private static List<Long> everyoneIn(TeamOverview team) {
        List<Long> ids = new ArrayList<>();
        team.leads().forEach(person -> ids.add(person.personId()));
        team.members().forEach(person -> ids.add(person.personId()));
        return ids;
    }

    /** Today's columns, or as they were on a day: a framework archived since still shows. */
    private List<CatalogueItem> columns(String family, String category, LocalDate asOf) {
        List<CatalogueItem> all = (asOf == null ? frameworks.catalogue() : frameworks.catalogueOn(asOf)).stream()
                .filter(item -> family == null || item.family().equals(family))
                .filter(item -> category == null || category.equals(item.categoryName()))
                .toList();
        // group by framework, then by category in the order categories first appear
        Map<String, Integer> frameworkOrder = new HashMap<>();
        Map<String, Integer> categoryOrder = new HashMap<>();
        for (CatalogueItem item : all) {
            frameworkOrder.putIfAbsent(item.family(), frameworkOrder.size());
            categoryOrder.putIfAbsent(item.family() + "\u0000" + item.categoryName(), categoryOrder.size());
        }
        List<CatalogueItem> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing((CatalogueItem item) -> frameworkOrder.get(item.family()))
                .thenComparing(item -> categoryOrder.get(item.family() + "\u0000" + item.categoryName())));
        return ordered;
    }

    private static HeatmapData.Cell cell(CatalogueItem column, LevelFact shown, Target target,
            LocalDate staleBefore) {
        int targetIndex = target == null ? -1 : column.indexOf(target.levelCode());
        String targetCode = targetIndex < 0 ? null : target.levelCode();
        int level = shown == null ? -1 : column.indexOf(shown.levelCode());
        if (level < 0) {
            return targetIndex < 0 ? HeatmapData.Cell.EMPTY
                    : new HeatmapData.Cell(null, -1, targetCode, targetIndex, null, null, false);
        }
        return new HeatmapData.Cell(shown.levelCode(), level, targetCode, targetIndex, shown.kind(),
                shown.assessedOn(), shown.assessedOn().isBefore(staleBefore));
    }

    /** The rows in the query's order; each person's name becomes a collation key once. */
    private static List<HeatmapData.Row> sorted(List<HeatmapData.Row> rows, HeatmapQuery query) {
        Collator collator = Collator.getInstance();
        List<Ranked> ranked = new ArrayList<>(rows.size());
        for (HeatmapData.Row row : rows) {
            ranked.add(new Ranked(row, rank(row, query), collator.getCollationKey(row.name())));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).reversed().thenComparing(Ranked::name));
        return ranked.stream().map(Ranked::row).toList();
    }

    /** Higher first, then by name: the shortfall, the level in the sort column, or nothing. */
    private static int rank(HeatmapData.Row row, HeatmapQuery query) {
        return switch (query.sort()) {
            case PERSON -> 0;
            case GAP -> row.shortfall();
            case SKILL -> row.cells().isEmpty() ? -1
                    : row.cells().get(Math.min(query.sortColumn(), row.cells().size() - 1)).level();
        };
    }

    private record Ranked(HeatmapData.Row row, int rank, CollationKey name) {
    }

    /**
     * A column's summary over the people the team's leads lead: a lead is shown in her team's heatmap,
     * but her own level and target would hide the team's real risk (a level the members need that only one
     * of them holds). A team of leads only is summarised over them.
     */
    static HeatmapData.ColumnSummary summary(CatalogueItem column, int c, List<HeatmapData.Row> shown) {
        List<HeatmapData.Row> members = shown.stream().filter(row -> !row.lead()).toList();
        List<HeatmapData.Row> rows = members.isEmpty() ? shown : members;
        int[] assessed = new int[rows.size()];
        int count = 0;
        long sum = 0;
        int[] perLevel = new int[column.levelCodes().size()];
        int withTarget = 0;
        int reaching = 0;
        int needed = -1;
        for (HeatmapData.Row row : rows) {
            HeatmapData.Cell cell = row.cells().get(c);
            if (cell.assessed()) {
                assessed[count++] = cell.level();
                sum += cell.level();
                perLevel[cell.level()]++;
            }
            if (cell.hasTarget()) {
                withTarget++;
                needed = Math.max(needed, cell.target());
                if (cell.level() >= cell.target()) {
                    reaching++;
                }
            }
        }
        int holders = 0;
        for (int level = needed; needed >= 0 && level < perLevel.length; level++) {
            holders += perLevel[level];
        }
        String median = null;
        if (count > 0) {
            int level = 0;
            for (int below = perLevel[0]; below <= (count - 1) / 2; below += perLevel[level]) {
                level++;
            }
            median = column.levelCodes().get(level);
        }
        return new HeatmapData.ColumnSummary(count, count == 0 ? Double.NaN : (double) sum / count,
                averageText(column, Arrays.copyOf(assessed, count)), median, withTarget, reaching,
                needed < 0 ? null : column.levelCodes().get(needed), holders);
    }

    /** As {@link #averageText(CatalogueItem, int[])}, for level indexes in a collection. */
    static String averageText(CatalogueItem column, Collection<Integer> assessed) {
        return averageText(column, assessed.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Numeric levels average as numbers ("3.4"); letter bands as the nearest band ("≈D"). */
    static String averageText(CatalogueItem column, int[] assessed) {
        if (assessed.length == 0) {
            return null;
        }
        boolean numeric = column.levelCodes().stream().allMatch(code -> code.matches("\\d+(\\.\\d+)?"));
        if (numeric) {
            double[] values = column.levelCodes().stream().mapToDouble(Double::parseDouble).toArray();
            double mean = Arrays.stream(assessed).mapToDouble(index -> values[index]).average().orElseThrow();
            return String.format(java.util.Locale.ROOT, "%.1f", mean);
        }
        double meanIndex = Arrays.stream(assessed).average().orElseThrow();
        return "≈" + column.levelCodes().get((int) Math.round(meanIndex));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Shown(String teamName, List<TeamPerson> people, java.util.Set<Long> leads) {
        Shown {
            Objects.requireNonNull(people);
        }
    }
}
