package org.skillboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentBulkWrites.FlagChange;
import org.skillboard.base.TenantScope;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports write in bulk, past the persistence context (decision 0013): what they store reads back as what a
 * lead records on the screen, rows may come in any order, and the writes stay in the importer's tenant.
 */
@SkillboardTest
class AssessmentImportTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static String a;
    static String b;

    @Autowired
    AssessmentRecording recording;
    @Autowired
    AssessmentReads reads;
    @Autowired
    AssessmentSettingsService settings;
    @Autowired
    AssessmentImports imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    TenantFixture tenants;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        a = tenants.newSkillsTenant("ai-a").slug();
        b = tenants.newSkillsTenant("ai-b").slug();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_imported_assessment_reads_back_as_one_recorded_on_the_screen() {
        long person = tenants.personId(a, "nologin");
        SignIn.as(users, TestTenants.login("admin", a));
        PeriodSummary period = settings.savePeriod("ai-2026", "Year 2026", TestClock.TODAY.minusYears(1),
                TestClock.TODAY);
        SignIn.as(users, TestTenants.login("lead", a));
        LocalDate day = TestClock.TODAY.minusDays(3);

        ImportCounts counts = imports.importAll(List.of(new NewAssessment(person, CSMG, AssessmentKind.MANAGER,
                "4", "  Ran the escalation desk  ", day, null)));
        recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "4", "Ran the escalation desk",
                day, null));

        assertThat(counts).isEqualTo(new ImportCounts(1, 0, 0));
        AssessmentEntry imported = reads.history(person, CSMG).getFirst();
        AssessmentEntry recorded = reads.history(person, CEXP).getFirst();
        assertThat(imported).usingRecursiveComparison().ignoringFields("id", "item").isEqualTo(recorded);
        assertThat(imported.periodName()).isEqualTo(period.name());
        assertThat(imported.latest()).isTrue();
        assertThat(reads.shownLevels(List.of(person), null)).extracting(LevelFact::itemCode,
                LevelFact::levelCode, LevelFact::assessedOn).contains(tuple("CSMG", "4", day), tuple("CEXP", "4", day));
    }

    @Test
    void a_correction_recorded_on_the_screen_after_an_import_of_the_same_day_becomes_the_current_level() {
        long person = tenants.personId(a, "member");
        SignIn.as(users, TestTenants.login("lead", a));
        LocalDate day = TestClock.TODAY.minusDays(1);

        imports.importAll(List.of(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "2", null, day,
                null)));
        recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "5", null, day, null));

        assertThat(reads.history(person, CEXP)).filteredOn(AssessmentEntry::latest)
                .extracting(AssessmentEntry::levelCode).containsExactly("5");
        assertThat(shownLevel(person, CEXP)).isEqualTo("5");
    }

    @Test
    void the_newest_row_of_a_sheet_becomes_current_whatever_the_order_of_the_rows() {
        long person = tenants.personId(a, "nologin");
        SignIn.as(users, TestTenants.login("admin", a));
        LocalDate today = TestClock.TODAY;

        // the newest day first, twice (the later row is the later entry), then older ones
        imports.importAll(List.of(
                new NewAssessment(person, CEXP, AssessmentKind.SELF, "5", null, today.minusDays(10), null),
                new NewAssessment(person, CEXP, AssessmentKind.SELF, "6", null, today.minusDays(10), null),
                new NewAssessment(person, CEXP, AssessmentKind.SELF, "2", null, today.minusYears(1), null),
                new NewAssessment(person, CEXP, AssessmentKind.SELF, "3", null, today.minusMonths(6), null)));

        assertThat(reads.history(person, CEXP)).filteredOn(entry -> entry.kind() == AssessmentKind.SELF)
                .extracting(AssessmentEntry::levelCode, AssessmentEntry::latest)
                .containsExactly(tuple("6", true), tuple("5", false), tuple("3", false), tuple("2", false));
        assertThat(shownLevel(person, CEXP)).isEqualTo("6");
    }

    @Test
    void flags_are_changed_only_on_the_importers_tenants_rows(@Autowired EntityManager entityManager,
            @Autowired PlatformTransactionManager transactions) {
        long memberOfB = tenants.personId(b, "member");
        SignIn.as(users, TestTenants.login("lead", b));
        recording.record(NewAssessment.today(memberOfB, CSMG, AssessmentKind.MANAGER, "3", null));
        long idOfB = reads.history(memberOfB, CSMG).getFirst().id();

        SignIn.as(users, TestTenants.login("admin", a));
        new TransactionTemplate(transactions).executeWithoutResult(status -> AssessmentBulkWrites.change(
                entityManager.unwrap(Session.class), FlagChange.NO_LONGER_LATEST_NOR_SHOWN, List.of(idOfB), 500));

        SignIn.as(users, TestTenants.login("lead", b));
        assertThat(reads.history(memberOfB, CSMG).getFirst().latest()).isTrue();
        assertThat(shownLevel(memberOfB, CSMG)).isEqualTo("3");
    }

    @Test
    void bulk_writes_refuse_to_run_across_tenants(@Autowired EntityManager entityManager,
            @Autowired PlatformTransactionManager transactions) {
        assertThatThrownBy(() -> TenantScope.callAcrossTenants(() -> new TransactionTemplate(transactions).execute(
                status -> {
                    AssessmentBulkWrites.change(entityManager.unwrap(Session.class), FlagChange.NO_LONGER_LATEST,
                            List.of(1L), 500);
                    return null;
                }))).isInstanceOf(IllegalStateException.class).hasMessageContaining("one tenant's scope");
    }

    private String shownLevel(long personId, ItemRef item) {
        return reads.shownLevels(List.of(personId), null).stream()
                .filter(fact -> fact.family().equals(item.family()) && fact.itemCode().equals(item.itemCode()))
                .map(LevelFact::levelCode).findFirst().orElseThrow();
    }
}
