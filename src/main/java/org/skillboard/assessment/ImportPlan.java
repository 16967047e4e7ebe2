package org.skillboard.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.skillboard.base.BulkReads;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonLookup;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;

/**
 * The checks of one import: what the user may record, and what each row would change. Rows are checked
 * against what is stored and against the rows before them, so a sheet that repeats itself is counted once.
 */
final class ImportPlan {

    private final List<NewAssessment> rows;
    private final Set<Long> personIds = new HashSet<>();
    private final LocalDate today;

    ImportPlan(List<NewAssessment> rows, LocalDate today) {
        this.rows = rows;
        this.today = today;
        rows.forEach(row -> personIds.add(row.personId()));
    }

    Set<Long> personIds() {
        return personIds;
    }

    LocalDate day(NewAssessment row) {
        return row.assessedOn() == null ? today : row.assessedOn();
    }

    /** One check per row; the rows' people are named whether or not the user may assess them. */
    List<ImportCheck> checks(PersonLookup lookup, FrameworkService frameworks, AssessmentRepository assessments,
            Supplier<Permissions> permissionsOfUser) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> known = lookup.names(personIds);
        Map<ItemRef, CatalogueItem> items = new HashMap<>();
        frameworks.catalogue().forEach(item -> items.put(new ItemRef(item.family(), item.itemCode()), item));
        // what is stored for the person, item and kind of each row, and nothing else: a file
        // touches some skills of its people, whose whole history may be much longer
        Map<LevelKey, List<LevelFact>> stored = new HashMap<>();
        rows.forEach(row -> stored.put(LevelKey.of(row), new ArrayList<>()));
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
        Permissions permissions = permissionsOfUser.get();
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
        if (row.evidence() != null && row.evidence().strip().length() > Assessment.MAX_EVIDENCE) {
            return ImportCheck.problem("assessment.error.evidence-too-long", Assessment.MAX_EVIDENCE);
        }
        LevelFact before = null;
        for (LevelFact fact : stored.getOrDefault(LevelKey.of(row), List.of())) {
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

    /**
     * Who the signed-in user may record assessments of in an import: a tenant admin anyone
     * of the tenant in any kind (bulk loads and history); otherwise as on the screens.
     */
    static final class Permissions {

        private final PeopleService people;
        private final BooleanSupplier peerAssessments;
        private final Long me = CurrentUser.require().personId();
        private final boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
        private final Set<Long> led = new HashSet<>();
        private final Map<Long, Boolean> peers = new HashMap<>();

        Permissions(PeopleService people, BooleanSupplier peerAssessments) {
            this.people = people;
            this.peerAssessments = peerAssessments;
            if (!admin && me != null && CurrentUser.require().hasRole(Roles.TEAM_LEAD)) {
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
                case PEER -> peers.computeIfAbsent(personId, id -> peerAssessments.getAsBoolean() && people.sharesTeamWith(id));
            };
        }
    }
}
