package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.heatmap.CellDetail;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.TrendData;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.CollectedHistory;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Version 2 of a framework drops the skill CSMG, in which a lead assessed a member ten days before:
 * what was assessed under version 1 keeps its name and level in the cell history, the history export,
 * trends and "as it was on" a day before version 2; the library keeps version 1 readable and says what
 * changed; the level name the admin set in the app carries into version 2.
 */
@SkillboardTest
class FrameworkVersionsTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final LocalDate TEN_DAYS_AGO = TestClock.TODAY.minusDays(10);

    static FreshTenant tenant;
    static long member;
    static long alpha;
    static long version1;

    @Autowired
    FrameworkService frameworks;
    @Autowired
    FrameworkVersions versions;
    @Autowired
    HeatmapService heatmaps;

    @BeforeAll
    static void version2DropsCsmgAfterTheMemberWasAssessedInIt(@Autowired TenantFixture tenants,
            @Autowired AssessmentRecording recording, @Autowired PeopleService people,
            @Autowired FrameworkService frameworks, @Autowired FrameworkInstaller installer) {
        tenant = tenants.newSkillsTenant("fw-versions");
        member = tenant.personId("member");
        tenant.signInAs("lead");
        alpha = people.myTeams().getFirst().id();
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "3", null, TEN_DAYS_AGO, null));
        tenant.signInAs("admin");
        version1 = frameworks.library().getFirst().id();
        frameworks.nameLevel(version1, "1", "Inicial");
        assertThat(installer.importFile("skills.yaml", version2()).outcome())
                .isEqualTo(FrameworkInstaller.Outcome.NEW_VERSION);
        SignIn.out();
    }

    /** The test framework at version 2: CEXP renamed, CSMG gone. */
    static String version2() {
        String version1 = TestFrameworks.skills();
        return version1.substring(0, version1.indexOf("  - code: CSMG")).replace("version: 1", "version: 2")
                .replace("name: Customer experience", "name: Customer experience design");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_cell_history_names_an_item_the_new_version_dropped_and_offers_no_new_assessment() {
        tenant.signInAs("lead");

        CellDetail cell = heatmaps.cell(member, CSMG, Locale.ENGLISH);

        assertThat(cell.item().itemName()).isEqualTo("Customer service support");
        assertThat(cell.level("3")).hasValueSatisfying(level -> assertThat(level.name()).isEqualTo("Apply"));
        assertThat(cell.history()).singleElement().satisfies(entry -> assertThat(entry.levelCode()).isEqualTo("3"));
        assertThat(cell.mayRecord()).as("no framework in use has CSMG any more").isEmpty();
    }

    @Test
    void the_history_export_names_an_item_the_new_version_dropped() {
        tenant.signInAs("lead");

        assertThat(history()).singleElement().satisfies(line -> {
            assertThat(line.itemCode()).isEqualTo("CSMG");
            assertThat(line.itemName()).isEqualTo("Customer service support");
            assertThat(line.levelCode()).isEqualTo("3");
        });
    }

    @Test
    void trends_show_an_item_the_new_version_dropped_with_its_name() {
        tenant.signInAs("lead");

        TrendData trend = heatmaps.trend(alpha, null, TEN_DAYS_AGO.minusDays(1));

        assertThat(trend.series()).extracting(TrendData.Series::itemCode).containsExactly("CEXP", "CSMG");
        assertThat(trend.series().getLast().itemName()).isEqualTo("Customer service support");
        assertThat(trend.series().getLast().averages().getLast()).isEqualTo(3.0);
        assertThat(trend.changes()).singleElement().satisfies(change -> {
            assertThat(change.itemName()).isEqualTo("Customer service support");
            assertThat(change.now()).isEqualTo("3");
        });
    }

    @Test
    void as_it_was_on_a_day_before_the_new_version_shows_the_old_versions_items_and_today_does_not() {
        tenant.signInAs("lead");

        HeatmapData before = heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TestClock.TODAY.minusDays(1)));

        assertThat(before.columns()).extracting(CatalogueItem::itemCode).containsExactly("CEXP", "CSMG");
        assertThat(before.columns()).extracting(CatalogueItem::itemName)
                .containsExactly("Customer experience", "Customer service support");
        HeatmapData.Row row = before.rows().stream().filter(r -> r.personId() == member).findFirst().orElseThrow();
        assertThat(row.cells().getLast().levelCode()).isEqualTo("3");

        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha)).columns()).extracting(CatalogueItem::itemName)
                .containsExactly("Customer experience design");
        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TestClock.TODAY)).columns())
                .as("version 2 was current at the end of the day it came").extracting(CatalogueItem::itemCode)
                .containsExactly("CEXP");
    }

    @Test
    void a_level_name_set_in_the_app_carries_into_the_new_version() {
        tenant.signInAs("admin");

        FrameworkDefinition current = frameworks.definitionForAdmin(frameworks.library().getFirst().id());

        assertThat(current.version()).isEqualTo(2);
        assertThat(current.levels().getFirst().name()).isEqualTo("Inicial");
        assertThat(current.levels().get(1).name()).as("named by the file").isEqualTo("Assist");
    }

    @Test
    void the_library_keeps_the_old_version_readable_and_says_what_changed() {
        tenant.signInAs("member");
        long version2 = frameworks.library().getFirst().id();

        List<FrameworkSummary> all = versions.versions(version2);

        assertThat(all).extracting(FrameworkSummary::version).containsExactly(2, 1);
        assertThat(all).extracting(FrameworkSummary::retiredOn).containsExactly(null, TestClock.TODAY);
        assertThat(frameworks.detail(version1).content().items()).extracting(FrameworkDefinition.Item::code)
                .containsExactly("CEXP", "CSMG");
        VersionChanges changes = versions.changes(version1, version2);
        assertThat(changes.items()).containsExactly(
                new VersionChanges.Change(VersionChanges.What.CHANGED, "CEXP", "Customer experience design"),
                new VersionChanges.Change(VersionChanges.What.REMOVED, "CSMG", "Customer service support"));
        assertThat(changes.levels()).as("the level named in the app carried over").isEmpty();
    }

    @Test
    void a_dimension_the_admin_added_carries_into_the_maturity_models_new_version(
            @Autowired TenantFixture tenants, @Autowired FrameworkInstaller installer) {
        FreshTenant maturity = tenants.newMaturityTenant("fw-versions-m");
        maturity.signInAs("admin");
        long model = frameworks.all().getFirst().id();
        frameworks.addDimension(model, "culture", "Culture", "How people behave with customers.");

        installer.importFile("maturity.yaml", TestFrameworks.maturity().replace("version: 1", "version: 2"));

        FrameworkDefinition version2 = frameworks.definitionForAdmin(frameworks.all().getFirst().id());
        assertThat(version2.version()).isEqualTo(2);
        assertThat(version2.items()).extracting(FrameworkDefinition.Item::code)
                .containsExactly("feedback", "ownership", "metrics", "culture");
        assertThat(version2.items().getLast().fromTenant()).isTrue();
    }

    private List<HistoryLine> history() {
        CollectedHistory history = new CollectedHistory();
        heatmaps.assessmentHistory(alpha, history);
        return history.lines();
    }
}
