package org.skillboard.heatmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.LevelFact;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team lead's start page: derived from today's heatmaps of the teams she leads (a few set-based reads per
 * team) and two reads of the newest self and manager levels of all their members together.
 */
@Service
@Transactional(readOnly = true)
public class LeadAgendaService {

    private final PeopleService people;
    private final HeatmapService heatmaps;
    private final AssessmentReads assessments;
    private final AssessmentRecording recording;

    LeadAgendaService(PeopleService people, HeatmapService heatmaps, AssessmentReads assessments,
            AssessmentRecording recording) {
        this.people = people;
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        this.recording = recording;
    }

    @PreAuthorize("hasRole('TEAM_LEAD')")
    public LeadAgenda agenda() {
        SkillboardUser me = CurrentUser.require();
        // a lead who also administers the tenant oversees every team; her agenda is about those she leads
        List<TeamOverview> led = people.myTeams().stream()
                .filter(team -> me.personId() != null
                        && team.leads().stream().anyMatch(lead -> lead.personId() == me.personId()))
                .toList();
        Map<Long, Long> teamOf = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> keys = new HashMap<>();
        Map<ItemRef, CatalogueItem> items = new HashMap<>();
        List<LeadAgenda.PersonCount> below = new ArrayList<>();
        List<LeadAgenda.PersonCount> stale = new ArrayList<>();
        List<LeadAgenda.ThinSkill> thin = new ArrayList<>();
        for (TeamOverview team : led) {
            HeatmapData map = heatmaps.heatmap(HeatmapQuery.team(team.id()));
            map.columns().forEach(column -> items.put(new ItemRef(column.family(), column.itemCode()), column));
            // links open a person's cell by her key
            keys.putAll(people.keysOf(map.rows().stream().map(HeatmapData.Row::personId).toList()));
            for (HeatmapData.Row row : map.rows()) {
                if (row.lead() || teamOf.putIfAbsent(row.personId(), team.id()) != null) {
                    continue;
                }
                names.put(row.personId(), row.name());
                int gaps = (int) row.cells().stream().filter(HeatmapData.Cell::belowTarget).count();
                int old = (int) row.cells().stream().filter(HeatmapData.Cell::stale).count();
                if (gaps > 0) {
                    below.add(new LeadAgenda.PersonCount(team.id(), row.personId(), keys.get(row.personId()),
                            row.name(), gaps, first(map, row, HeatmapData.Cell::belowTarget)));
                }
                if (old > 0) {
                    stale.add(new LeadAgenda.PersonCount(team.id(), row.personId(), keys.get(row.personId()),
                            row.name(), old, first(map, row, HeatmapData.Cell::stale)));
                }
            }
            for (int c = 0; c < map.columns().size(); c++) {
                HeatmapData.ColumnSummary summary = map.summaries().get(c);
                CatalogueItem column = map.columns().get(c);
                if (summary.singlePointOfFailure()) {
                    thin.add(new LeadAgenda.ThinSkill(team.id(), team.name(),
                            new ItemRef(column.family(), column.itemCode()), column.itemName(),
                            summary.neededLevel(), summary.holders(),
                            holder(map, c, summary).map(keys::get).orElse(null)));
                }
            }
        }
        Comparator<LeadAgenda.PersonCount> most = Comparator.comparingInt(LeadAgenda.PersonCount::items).reversed()
                .thenComparing(LeadAgenda.PersonCount::personName);
        below.sort(most);
        stale.sort(most);
        thin.sort(Comparator.comparingInt(LeadAgenda.ThinSkill::holders).thenComparing(LeadAgenda.ThinSkill::teamName)
                .thenComparing(LeadAgenda.ThinSkill::itemName));
        return new LeadAgenda(LeadAgenda.Top.of(waiting(teamOf, names, keys, items)), LeadAgenda.Top.of(below),
                LeadAgenda.Top.of(stale), LeadAgenda.Top.of(thin));
    }

    /** The item of the first of a row's cells that counts in a list, in the heatmap's order. */
    private static ItemRef first(HeatmapData map, HeatmapData.Row row, Predicate<HeatmapData.Cell> counts) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (counts.test(row.cells().get(c))) {
                return new ItemRef(map.columns().get(c).family(), map.columns().get(c).itemCode());
            }
        }
        return null;
    }

    /**
     * The one person who holds the level a column's summary says the team needs, counted as the summary
     * counts: over the members, or over the leads in a team of leads only.
     */
    private static Optional<Long> holder(HeatmapData map, int c, HeatmapData.ColumnSummary summary) {
        if (summary.holders() != 1) {
            return Optional.empty();
        }
        int needed = map.columns().get(c).levelCodes().indexOf(summary.neededLevel());
        List<HeatmapData.Row> members = map.rows().stream().filter(row -> !row.lead()).toList();
        return (members.isEmpty() ? map.rows() : members).stream()
                .filter(row -> row.cells().get(c).level() >= needed).map(HeatmapData.Row::personId).findFirst();
    }

    /** The lead accepts a member's self-assessment as her own, in place; the agenda as it is then. */
    @PreAuthorize("hasRole('TEAM_LEAD')")
    @Transactional
    public LeadAgenda accept(long personId, ItemRef item) {
        recording.acceptSelfAssessment(personId, item);
        return agenda();
    }

    /**
     * Self-assessments a lead may accept, by the rule of {@link CellDetail#mayAcceptSelfAssessment()}: no
     * manager assessment yet, another level, or an older one. Items no longer in use are left out, as the
     * cell dialog offers no assessment in them. The longest waiting first.
     */
    private List<LeadAgenda.Waiting> waiting(Map<Long, Long> teamOf, Map<Long, String> names,
            Map<Long, String> keys, Map<ItemRef, CatalogueItem> items) {
        if (teamOf.isEmpty()) {
            return List.of();
        }
        Map<List<Object>, LevelFact> managers = new HashMap<>();
        for (LevelFact fact : assessments.currentLevels(teamOf.keySet(), null, AssessmentKind.MANAGER)) {
            managers.put(List.of(fact.personId(), fact.family(), fact.itemCode()), fact);
        }
        List<LeadAgenda.Waiting> waiting = new ArrayList<>();
        for (LevelFact self : assessments.currentLevels(teamOf.keySet(), null, AssessmentKind.SELF)) {
            ItemRef ref = new ItemRef(self.family(), self.itemCode());
            LevelFact manager = managers.get(List.of(self.personId(), self.family(), self.itemCode()));
            boolean reviewed = manager != null && manager.levelCode().equals(self.levelCode())
                    && !manager.assessedOn().isBefore(self.assessedOn());
            if (reviewed || !items.containsKey(ref)) {
                continue;
            }
            waiting.add(new LeadAgenda.Waiting(teamOf.get(self.personId()), self.personId(),
                    keys.get(self.personId()), names.get(self.personId()), ref, items.get(ref).itemName(), self.levelCode(), self.assessedOn(),
                    manager == null ? null : manager.levelCode()));
        }
        waiting.sort(Comparator.comparing(LeadAgenda.Waiting::selfOn).thenComparing(LeadAgenda.Waiting::personName)
                .thenComparing(LeadAgenda.Waiting::itemName));
        return waiting;
    }
}
