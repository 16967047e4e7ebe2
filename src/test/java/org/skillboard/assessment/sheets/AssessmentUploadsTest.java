package org.skillboard.assessment.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.ImportCheck;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Progress;
import org.skillboard.excel.SheetProblem;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.sheets.HeatmapWorkbook;
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

/** A team lead uploads an assessment sheet, sees what it would change and every problem, and confirms. */
@SkillboardTest
class AssessmentUploadsTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final String TODAY = TestClock.TODAY.toString();
    static String a;
    static String b;
    static long member;
    static long nologin;

    @Autowired
    AssessmentUploads uploads;
    @Autowired
    AssessmentReads reads;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        a = tenants.newSkillsTenant("up-a").slug();
        b = tenants.newSkillsTenant("up-b").slug();
        member = tenants.personId(a, "member");
        nologin = tenants.personId(a, "nologin");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void team_lead_previews_then_stores_a_sheet_and_the_same_file_twice_stores_nothing_more() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        // columns in another order, headers in Portuguese and English, a title row above, numbers as text
        byte[] sheet = workbook("Avaliações da equipa",
                row("Avaliação de março"),
                row("Nível", "Chave da pessoa", "Competência ou critério", "Tipo", "Data", "Evidence", "Notes"),
                row("3", "member", "csmg", "Chefia", "2026-03-15", "Handles escalations", "ignored"),
                row(3.0, "nologin", "CSMG", "manager", "15.03.2026", "", ""),
                row("4", "member", "CEXP", "MANAGER", TODAY, "", ""));

        ImportPreview preview = uploads.preview("equipa.xlsx", sheet);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).isEqualTo(3);
        assertThat(preview.changes()).extracting(ImportPreview.Change::personName, ImportPreview.Change::itemCode,
                ImportPreview.Change::level).contains(org.assertj.core.groups.Tuple.tuple("Member " + a, "CSMG", "3"));
        assertThat(reads.history(member, CSMG)).as("a preview stores nothing").isEmpty();

        ImportSummary stored = uploads.confirm("equipa.xlsx", sheet);
        assertThat(stored.added()).isEqualTo(3);
        assertThat(reads.history(member, CSMG)).singleElement().satisfies(entry -> {
            assertThat(entry.levelCode()).isEqualTo("3");
            assertThat(entry.kind()).isEqualTo(AssessmentKind.MANAGER);
            assertThat(entry.assessedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
            assertThat(entry.evidence()).isEqualTo("Handles escalations");
        });

        ImportPreview again = uploads.preview("equipa (1).xlsx", sheet);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.canConfirm()).isFalse();
        assertThat(uploads.confirm("equipa (1).xlsx", sheet).added()).isZero();
        assertThat(reads.history(member, CSMG)).hasSize(1);
    }

    @Test
    void a_later_level_is_a_change_and_the_same_level_again_is_not(@Autowired TenantFixture tenants)
            throws IOException {
        String own = tenants.newSkillsTenant("up-c").slug();
        SignIn.as(users, TestTenants.login("lead", own));
        uploads.confirm("first.xlsx", workbook("S", header(), row("nologin", "skills", "CEXP", "2", "manager",
                "2026-01-10", "")));

        ImportPreview preview = uploads.preview("second.xlsx", workbook("S", header(),
                row("nologin", "skills", "CEXP", "3", "manager", "2026-02-10", ""),
                row("nologin", "skills", "CSMG", "1", "manager", "2026-02-10", "")));
        assertThat(preview.changed()).isEqualTo(1);
        assertThat(preview.changes()).filteredOn(change -> change.status() == ImportCheck.Status.CHANGED)
                .singleElement().satisfies(change -> {
                    assertThat(change.previousLevel()).isEqualTo("2");
                    assertThat(change.level()).isEqualTo("3");
                });

        ImportPreview sameAgain = uploads.preview("third.xlsx", workbook("S", header(),
                row("nologin", "skills", "CEXP", "2", "manager", "2026-01-20", "")));
        assertThat(sameAgain.unchanged()).as("stating the current level again changes nothing").isEqualTo(1);
        assertThat(sameAgain.canConfirm()).isFalse();
    }

    @Test
    void an_upload_reports_its_progress_reading_checking_then_storing_to_the_end() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] sheet = workbook("Progress", header(),
                row("member", "skills", "CSMG", "4", "manager", "2025-05-05", ""),
                row("nologin", "skills", "CSMG", "3", "manager", "2025-05-05", ""));
        java.util.List<String> seen = new java.util.ArrayList<>();
        Progress recorder = (step, done, total) -> seen.add(step + " " + done + "/" + total);

        uploads.preview("progress.xlsx", sheet, recorder);
        assertThat(seen).as("a preview reads and checks").startsWith("READING 0/3").contains("CHECKING 2/2")
                .noneMatch(report -> report.startsWith("STORING"));
        seen.clear();
        uploads.confirm("progress.xlsx", sheet, recorder);
        assertThat(seen).as("confirming also stores, to the last row").startsWith("READING 0/3")
                .contains("STORING 0/2").endsWith("STORING 2/2");
    }

    @Test
    void every_problem_is_named_by_sheet_and_cell_and_nothing_is_stored() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] sheet = workbook("Team", header(),
                row("member", "skills", "CSMG", "2", "manager", TODAY, "fine"),
                row("ghost", "skills", "CSMG", "2", "manager", TODAY, ""),
                row("member", "skills", "XYZ", "2", "manager", TODAY, ""),
                row("member", "skills", "CEXP", "1", "manager", TODAY, ""),
                row("other", "skills", "CSMG", "2", "manager", TODAY, ""),
                row("member", "skills", "CSMG", "2", "boss", TODAY, ""),
                row("member", "skills", "CSMG", "2", "manager", "next tuesday", ""),
                row("member", "skills", "CSMG", "", "manager", TODAY, ""),
                row("member", "skills", "CSMG", "2", "manager", TestClock.TODAY.plusDays(3).toString(), ""));

        int before = reads.history(member, CSMG).size();
        ImportPreview preview = uploads.preview("team.xlsx", sheet);
        assertThat(preview.problems()).extracting(SheetProblem::cell, SheetProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A3", "sheets.error.unknown-person"),
                org.assertj.core.groups.Tuple.tuple("C4", "sheets.error.unknown-item"),
                org.assertj.core.groups.Tuple.tuple("D5", "assessment.error.level-not-defined"),
                org.assertj.core.groups.Tuple.tuple("A6", "assessment.error.not-yours-to-assess"),
                org.assertj.core.groups.Tuple.tuple("E7", "sheets.error.unknown-kind"),
                org.assertj.core.groups.Tuple.tuple("F8", "sheets.error.not-a-date"),
                org.assertj.core.groups.Tuple.tuple("D9", "sheets.error.missing.level"),
                org.assertj.core.groups.Tuple.tuple("F10", "assessment.error.future-date"));
        assertThat(preview.problems()).allSatisfy(problem -> assertThat(problem.sheet()).isEqualTo("Team"));
        assertThat(preview.canConfirm()).isFalse();
        assertThatThrownBy(() -> uploads.confirm("team.xlsx", sheet)).isInstanceOf(UserFacingException.class)
                .hasMessage("The sheet still has 8 problems; nothing was stored.");
        assertThat(reads.history(member, CSMG)).as("not even the good row").hasSize(before);
    }

    @Test
    void another_tenants_people_are_unknown_and_a_member_uploads_only_her_own_self_assessments() throws IOException {
        SignIn.as(users, TestTenants.login("member", b));
        ImportPreview preview = uploads.preview("mine.xlsx", workbook("S", header(),
                row("member", "skills", "CSMG", "4", "self", TODAY, ""),
                row("nologin", "skills", "CSMG", "4", "self", TODAY, ""),
                row("member", "skills", "CSMG", "4", "manager", TODAY, "")));
        assertThat(preview.problems()).extracting(SheetProblem::cell, SheetProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A3", "assessment.error.not-yours-to-assess"),
                org.assertj.core.groups.Tuple.tuple("A4", "assessment.error.not-yours-to-assess"));
        assertThat(preview.added()).isEqualTo(1);

        SignIn.as(users, TestTenants.login("lead", b));
        ImportPreview keysOfA = uploads.preview("a.xlsx", workbook("S", header(),
                row("no-such-key-in-b", "skills", "CSMG", "4", "manager", TODAY, "")));
        assertThat(keysOfA.problems()).extracting(SheetProblem::messageKey)
                .containsExactly("sheets.error.unknown-person");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_the_reason() {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] csv = "person,item,level\nmember,CSMG,3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> uploads.preview("renamed.xlsx", csv)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not an Excel workbook");
    }

    @Test
    void a_sheet_without_the_columns_says_so() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        ImportPreview preview = uploads.preview("x.xlsx", workbook("S", row("Name", "Score"), row("Ana", 3)));
        assertThat(preview.problems()).extracting(SheetProblem::messageKey).containsExactly("sheets.error.no-header");
    }

    @Test
    void every_stored_upload_is_recorded_for_the_tenant_admin() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] sheet = workbook("S", header(), row("nologin", "skills", "CSMG", "5", "manager", "2025-12-01", ""));
        uploads.confirm("december.xlsx", sheet);

        SignIn.as(users, TestTenants.login("admin", a));
        assertThat(uploads.recentImports()).filteredOn(record -> record.fileName().equals("december.xlsx"))
                .singleElement().satisfies(record -> {
                    assertThat(record.importedBy()).isEqualTo(TestTenants.login("lead", a));
                    assertThat(record.checksum()).isEqualTo(AssessmentUploads.checksum(sheet));
                    assertThat(record.added()).isEqualTo(1);
                });
        SignIn.as(users, TestTenants.login("admin", b));
        assertThat(uploads.recentImports()).noneMatch(record -> record.fileName().equals("december.xlsx"));
    }

    @Test
    void an_exported_history_uploaded_again_changes_nothing(@Autowired TenantFixture tenants,
            @Autowired HeatmapService heatmaps, @Autowired PeopleService people) throws IOException {
        String own = tenants.newSkillsTenant("up-d").slug();
        SignIn.as(users, TestTenants.login("lead", own));
        long alpha = people.myTeams().stream().filter(team -> team.key().equals("alpha")).findFirst().orElseThrow()
                .id();
        uploads.confirm("history.xlsx", workbook("S", header(),
                row("member", "skills", "CSMG", "2", "manager", "2025-10-01", "=HYPERLINK(\"x\")"),
                row("member", "skills", "CSMG", "3", "manager", "2026-02-01", "+ leads the night shift"),
                row("nologin", "skills", "CEXP", "4", "manager", "2026-02-01", "")));

        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle("vaadin-i18n.translations",
                java.util.Locale.ROOT);
        java.io.ByteArrayOutputStream exported = new java.io.ByteArrayOutputStream();
        HeatmapWorkbook.writeHistory(sink -> heatmaps.assessmentHistory(alpha, sink), org.skillboard.excel.Texts.of(english::getString),
                java.util.Locale.ENGLISH, exported);

        ImportPreview again = uploads.preview("export.xlsx", exported.toByteArray());
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.added() + again.changed()).isZero();
    }

    static Object[] header() {
        return row("person", "framework", "item", "level", "kind", "date", "evidence");
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static byte[] workbook(String sheetName, Object[]... rows) {
        return TestWorkbooks.sheet(sheetName, rows);
    }
}
