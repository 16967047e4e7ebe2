package org.skillboard.assessment.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentEntry;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.LevelFact;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.skillboard.testsupport.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people confirm uploads at the same moment, about the same people and skills: both
 * land as if one had come after the other, nothing is stored twice, and the levels the
 * heatmap shows are the newest. Each race runs on a tenant of its own that has never
 * imported before, released together by a barrier, and is repeated to make it bite.
 */
@SkillboardTest
class RacingUploadsTest {

    static final int ROUNDS = 5;
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final LocalDate TODAY = TestClock.TODAY;
    static final LocalDate D0 = TODAY.minusDays(120);
    static final LocalDate D1 = TODAY.minusDays(60);
    static final LocalDate D2 = TODAY.minusDays(10);

    @Autowired
    AssessmentUploads uploads;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    AssessmentReads reads;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    PeopleService people;
    @Autowired
    TenantFixture tenants;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_lead_and_the_admin_uploading_different_sheets_about_the_same_people_at_once_both_land_and_the_newest_level_wins()
            throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Tenant t = new Tenant("race");
            // what the tenant had before: entered on the screens, so the race is still the tenant's first import
            SignIn.as(users, t.login("lead"));
            recording.record(new NewAssessment(t.member, CSMG, AssessmentKind.MANAGER, "2", null, D0, null));
            recording.record(new NewAssessment(t.nologin, CEXP, AssessmentKind.MANAGER, "2", null, D0, null));
            SignIn.as(users, t.login("member"));
            recording.record(new NewAssessment(t.member, CSMG, AssessmentKind.SELF, "2", null, D0, null));
            SignIn.out();

            // the lead's sheet and the admin's share two rows word for word; the rest differ but touch the same cells
            Upload lead = new Upload(t.login("lead"), "lead.xlsx", sheet(
                    row("member", "CSMG", "3", "manager", D1),
                    row("nologin", "CEXP", "4", "manager", D1),
                    row("member", "CEXP", "3", "manager", D1),
                    row("nologin", "CSMG", "5", "manager", D2)));
            Upload admin = new Upload(t.login("admin"), "admin.xlsx", sheet(
                    row("member", "CSMG", "4", "manager", D2),
                    row("nologin", "CEXP", "4", "manager", D1),
                    row("member", "CEXP", "3", "manager", D1),
                    row("member", "CSMG", "5", "self", D2),
                    row("nologin", "CSMG", "1", "self", D1)));

            List<ImportSummary> results = race(lead, admin);

            String as = "round " + round;
            // either the lead's came first: all of hers is news, and the admin's repeats the two shared rows...
            List<Tuple> leadFirst = List.of(counts(admin, 1, 2, 2), counts(lead, 2, 2, 0));
            // ...or the admin's came first, and the lead's repeats them
            List<Tuple> adminFirst = List.of(counts(admin, 2, 3, 0), counts(lead, 1, 1, 2));
            assertThat(results.stream().sorted(Comparator.comparing(ImportSummary::fileName))
                    .map(RacingUploadsTest::counts).toList())
                    .as(as + ": as if one upload came after the other").isIn(leadFirst, adminFirst);

            List<LevelFact> expected = List.of(
                    fact(t.member, CSMG, AssessmentKind.MANAGER, "2", D0),
                    fact(t.member, CSMG, AssessmentKind.MANAGER, "3", D1),
                    fact(t.member, CSMG, AssessmentKind.MANAGER, "4", D2),
                    fact(t.member, CSMG, AssessmentKind.SELF, "2", D0),
                    fact(t.member, CSMG, AssessmentKind.SELF, "5", D2),
                    fact(t.member, CEXP, AssessmentKind.MANAGER, "3", D1),
                    fact(t.nologin, CEXP, AssessmentKind.MANAGER, "2", D0),
                    fact(t.nologin, CEXP, AssessmentKind.MANAGER, "4", D1),
                    fact(t.nologin, CSMG, AssessmentKind.MANAGER, "5", D2),
                    fact(t.nologin, CSMG, AssessmentKind.SELF, "1", D1));
            assertStoredExactly(t, expected, as);
            assertRecorded(t, results, as);
            assertNothingLeftToStore(t, as, lead, admin);
        }
    }

    @Test
    void the_same_file_confirmed_twice_at_once_is_stored_once_and_the_second_confirm_changes_nothing()
            throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Tenant t = new Tenant("twice");
            byte[] content = sheet(
                    row("member", "CSMG", "3", "manager", D1),
                    row("member", "CSMG", "4", "manager", D2),
                    row("nologin", "CEXP", "2", "manager", D1),
                    row("nologin", "CEXP", "2", "manager", D2),
                    row("member", "CEXP", "5", "manager", D2));
            // the same person in two tabs, or a double click: the same file, the same bytes
            Upload first = new Upload(t.login("lead"), "team.xlsx", content);
            Upload again = new Upload(t.login("lead"), "team.xlsx", content);

            List<ImportSummary> results = race(first, again);

            String as = "round " + round;
            // one stores the file (the repeated level of nologin is no change); the other finds it all there
            assertThat(results).as(as).extracting(RacingUploadsTest::counts).containsExactlyInAnyOrder(
                    counts(first, 3, 1, 1), counts(again, 0, 0, 5));

            List<LevelFact> expected = List.of(
                    fact(t.member, CSMG, AssessmentKind.MANAGER, "3", D1),
                    fact(t.member, CSMG, AssessmentKind.MANAGER, "4", D2),
                    fact(t.member, CEXP, AssessmentKind.MANAGER, "5", D2),
                    fact(t.nologin, CEXP, AssessmentKind.MANAGER, "2", D1));
            assertStoredExactly(t, expected, as);
            assertRecorded(t, results, as);
            assertNothingLeftToStore(t, as, first);
        }
    }

    /**
     * Confirms the uploads at once, each on a thread of its own that signs its own user in
     * (the security context, and with it the tenant, is per thread), and waits until all of
     * them are done.
     */
    private List<ImportSummary> race(Upload... racing) throws Exception {
        CyclicBarrier start = new CyclicBarrier(racing.length);
        ExecutorService threads = Executors.newFixedThreadPool(racing.length);
        try {
            List<Future<ImportSummary>> running = new ArrayList<>();
            for (Upload upload : racing) {
                running.add(threads.submit(() -> {
                    if (SecurityContextHolder.getContext().getAuthentication() != null) {
                        throw new IllegalStateException("a racing thread must start signed out");
                    }
                    SignIn.as(users, upload.login());
                    try {
                        start.await(30, TimeUnit.SECONDS);
                        return uploads.confirm(upload.fileName(), upload.content());
                    } finally {
                        SignIn.out();
                    }
                }));
            }
            List<ImportSummary> results = new ArrayList<>();
            AssertionError failed = null;
            for (Future<ImportSummary> upload : running) {
                try {
                    results.add(upload.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = new AssertionError("a racing upload failed: " + e.getCause(), e.getCause());
                    } else {
                        failed.addSuppressed(e.getCause());
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The tenant holds exactly these assessments, each once; per person, item and kind one
     * is marked latest, the newest; per person and item one is shown, the manager's else the
     * self-assessment; and the heatmap shows it, as the history gives it for today.
     */
    private void assertStoredExactly(Tenant t, List<LevelFact> expected, String as) {
        SignIn.as(users, t.login("admin"));
        List<Long> ids = List.of(t.member, t.nologin);
        Map<List<Object>, LevelFact> newest = new LinkedHashMap<>();
        expected.forEach(fact -> newest.merge(List.of(fact.personId(), fact.itemCode(), fact.kind()), fact,
                (a, b) -> a.assessedOn().isAfter(b.assessedOn()) ? a : b));
        Map<List<Object>, LevelFact> shown = new LinkedHashMap<>();
        newest.values().forEach(fact -> shown.merge(List.of(fact.personId(), fact.itemCode()), fact,
                (a, b) -> a.kind() == AssessmentKind.MANAGER ? a : b));

        for (long person : ids) {
            for (ItemRef item : List.of(CSMG, CEXP)) {
                String cell = as + ", person " + person + ", " + item.itemCode();
                List<AssessmentEntry> history = reads.history(person, item);
                List<LevelFact> mine = expected.stream()
                        .filter(fact -> fact.personId() == person && fact.itemCode().equals(item.itemCode()))
                        .toList();
                assertThat(history).as(cell + ": every assessment once").extracting(AssessmentEntry::kind,
                        AssessmentEntry::levelCode, AssessmentEntry::assessedOn)
                        .containsExactlyInAnyOrderElementsOf(mine.stream().map(RacingUploadsTest::entry).toList());
                assertThat(history).as(cell + ": one latest per kind, the newest").filteredOn(AssessmentEntry::latest)
                        .extracting(AssessmentEntry::kind, AssessmentEntry::levelCode, AssessmentEntry::assessedOn)
                        .containsExactlyInAnyOrderElementsOf(newest.values().stream()
                                .filter(mine::contains).map(RacingUploadsTest::entry).toList());
            }
        }
        // read as stored, one row per flag: should two rows carry one flag, a cell comes twice here
        for (AssessmentKind kind : List.of(AssessmentKind.MANAGER, AssessmentKind.SELF)) {
            assertThat(reads.currentLevels(ids, null, kind)).as(as + ": the rows marked latest, " + kind)
                    .containsExactlyInAnyOrderElementsOf(newest.values().stream()
                            .filter(fact -> fact.kind() == kind).toList());
        }
        assertThat(reads.currentLevels(ids, null)).as(as + ": current levels")
                .containsExactlyInAnyOrderElementsOf(newest.values());
        assertThat(reads.shownLevels(ids, null)).as(as + ": the rows marked shown, one per person and item")
                .containsExactlyInAnyOrderElementsOf(shown.values());

        SignIn.as(users, t.login("lead"));
        HeatmapQuery query = HeatmapQuery.team(t.alpha);
        HeatmapData now = heatmaps.heatmap(query);
        for (LevelFact fact : shown.values()) {
            assertThat(cell(now, fact.personId(), fact.itemCode())).as(as + ": heatmap of " + fact)
                    .extracting(HeatmapData.Cell::levelCode, HeatmapData.Cell::from, HeatmapData.Cell::assessedOn)
                    .containsExactly(fact.levelCode(), fact.kind(), fact.assessedOn());
        }
        assertThat(cells(now)).as(as + ": the heatmap from the flags is the heatmap from the history")
                .isEqualTo(cells(heatmaps.heatmap(query.withAsOf(TODAY))));
        SignIn.out();
    }

    /** Both uploads are in the tenant admin's list, as their confirms reported them. */
    private void assertRecorded(Tenant t, List<ImportSummary> results, String as) {
        SignIn.as(users, t.login("admin"));
        assertThat(uploads.recentImports()).as(as + ": every upload recorded").extracting(RacingUploadsTest::counts)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(RacingUploadsTest::counts).toList());
        assertThat(uploads.recentImports()).as(as).extracting(ImportSummary::importedBy)
                .containsExactlyInAnyOrderElementsOf(results.stream().map(ImportSummary::importedBy).toList());
        SignIn.out();
    }

    /** After the race, each file previewed again has nothing left to store. */
    private void assertNothingLeftToStore(Tenant t, String as, Upload... racing) {
        for (Upload upload : racing) {
            SignIn.as(users, upload.login());
            ImportPreview again = uploads.preview(upload.fileName(), upload.content());
            assertThat(again.problems()).as(as).isEmpty();
            assertThat(again.added() + again.changed()).as(as + ": " + upload.fileName() + " again").isZero();
        }
        SignIn.out();
    }

    private static HeatmapData.Cell cell(HeatmapData data, long personId, String itemCode) {
        int column = data.columns().stream().map(item -> item.itemCode()).toList().indexOf(itemCode);
        return data.rows().stream().filter(row -> row.personId() == personId).findFirst().orElseThrow().cells()
                .get(column);
    }

    private static List<List<HeatmapData.Cell>> cells(HeatmapData data) {
        return data.rows().stream().sorted(Comparator.comparingLong(HeatmapData.Row::personId))
                .map(HeatmapData.Row::cells).toList();
    }

    private static Tuple counts(ImportSummary summary) {
        return tuple(summary.fileName(), summary.checksum(), summary.added(), summary.changed(), summary.unchanged());
    }

    private static Tuple counts(Upload upload, int added, int changed, int unchanged) {
        return tuple(upload.fileName(), AssessmentUploads.checksum(upload.content()), added, changed, unchanged);
    }

    private static Tuple entry(LevelFact fact) {
        return tuple(fact.kind(), fact.levelCode(), fact.assessedOn());
    }

    private static LevelFact fact(long personId, ItemRef item, AssessmentKind kind, String level, LocalDate day) {
        return new LevelFact(personId, item.family(), item.itemCode(), kind, level, day);
    }

    private static Object[] row(String person, String item, String level, String kind, LocalDate day) {
        return new Object[] {person, "skills", item, level, kind, day.toString(), ""};
    }

    private static byte[] sheet(Object[]... rows) {
        Object[][] all = Stream.concat(Stream.<Object[]>of(new Object[] {"person", "framework", "item", "level", "kind",
                "date", "evidence"}), Stream.of(rows)).toArray(Object[][]::new);
        return TestWorkbooks.sheet("Assessments", all);
    }

    private record Upload(String login, String fileName, byte[] content) {
    }

    /** A fresh tenant (two teams, five people, the skills framework) that has never imported anything. */
    private final class Tenant {

        final String slug;
        final long member;
        final long nologin;
        final long alpha;

        Tenant(String prefix) {
            slug = tenants.newSkillsTenant(prefix).slug();
            member = tenants.personId(slug, "member");
            nologin = tenants.personId(slug, "nologin");
            SignIn.as(users, login("lead"));
            alpha = people.myTeams().stream().filter(team -> team.key().equals("alpha")).findFirst().orElseThrow()
                    .id();
            SignIn.out();
        }

        String login(String who) {
            return TestTenants.login(who, slug);
        }
    }
}
