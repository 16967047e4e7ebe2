package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A framework added by mistake is archived, not deleted: it leaves the library, the templates, new
 * assessments and today's heatmap, while what was assessed in it stays in "as it was on" and the
 * history export; restoring it brings it back.
 */
@SkillboardTest
@RecordApplicationEvents
class ArchivedFrameworkTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final LocalDate YESTERDAY = TestClock.TODAY.minusDays(1);

    static FreshTenant tenant;
    static FreshTenant other;
    static long member;
    static long alpha;

    @Autowired
    FrameworkService frameworks;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    ApplicationEvents events;

    @BeforeAll
    static void aTenantWhoseLeadAssessedCexpYesterday(@Autowired TenantFixture tenants,
            @Autowired AssessmentRecording recording, @Autowired PeopleService people) {
        tenant = tenants.newSkillsTenant("arch-fw");
        other = tenants.newSkillsTenant("arch-fw-b");
        member = tenant.personId("member");
        tenant.signInAs("lead");
        alpha = people.myTeams().getFirst().id();
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "4", null, YESTERDAY, null));
        SignIn.out();
    }

    @AfterEach
    void restoreAndSignOut() {
        tenant.signInAs("admin");
        frameworks.all(true).stream().filter(FrameworkSummary::archived).forEach(f -> frameworks.restore(f.id()));
        SignIn.out();
    }

    @Test
    void an_archived_framework_leaves_the_library_templates_new_assessments_and_todays_heatmap() {
        tenant.signInAs("admin");
        long skills = only(frameworks.library()).id();

        FrameworkSummary archived = frameworks.archive(skills);

        assertThat(archived.archived()).isTrue();
        assertThat(frameworks.library()).isEmpty();
        assertThat(frameworks.all()).isEmpty();
        assertThat(frameworks.all(true)).extracting(FrameworkSummary::id).containsExactly(skills);
        assertThat(frameworks.catalogue()).as("what templates, pickers and checks read").isEmpty();
        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha)).columns()).isEmpty();
        tenant.signInAs("lead");
        assertThatThrownBy(() -> recording.record(NewAssessment.today(member, CEXP, AssessmentKind.MANAGER, "5",
                null))).isInstanceOf(UserFacingException.class);
        assertThat(events.stream(AdminChange.class)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(AdminChange.Kind.FRAMEWORK);
            assertThat(change.action()).isEqualTo("archived");
            assertThat(change.subject()).isEqualTo(archived.name());
        });
    }

    @Test
    void what_was_assessed_in_an_archived_framework_stays_in_as_it_was_on_and_the_history_export() {
        tenant.signInAs("admin");
        frameworks.archive(only(frameworks.library()).id());

        tenant.signInAs("lead");
        HeatmapData yesterday = heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(YESTERDAY));
        assertThat(yesterday.columns()).extracting(CatalogueItem::itemCode).containsExactly("CEXP", "CSMG");
        HeatmapData.Row row = yesterday.rows().stream().filter(r -> r.personId() == member).findFirst()
                .orElseThrow();
        assertThat(row.cells().getFirst().levelCode()).isEqualTo("4");
        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TestClock.TODAY)).columns())
                .as("archived today: no longer in use at the end of today").isEmpty();

        List<HistoryLine> lines = history();
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.itemCode()).isEqualTo("CEXP");
            assertThat(line.itemName()).isEqualTo("Customer experience");
            assertThat(line.levelCode()).isEqualTo("4");
        });
    }

    @Test
    void a_restored_framework_is_back_in_the_library_and_todays_heatmap() {
        tenant.signInAs("admin");
        long skills = only(frameworks.library()).id();
        frameworks.archive(skills);

        frameworks.restore(skills);

        assertThat(frameworks.library()).extracting(FrameworkSummary::id).containsExactly(skills);
        assertThat(frameworks.catalogue()).hasSize(2);
        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha)).columns()).hasSize(2);
        assertThat(events.stream(AdminChange.class)).extracting(AdminChange::action)
                .containsExactly("archived", "restored");
    }

    @Test
    void a_lead_or_a_member_cannot_archive_or_restore() {
        tenant.signInAs("lead");
        long skills = only(frameworks.library()).id();
        assertThatThrownBy(() -> frameworks.archive(skills)).isInstanceOf(AccessDeniedException.class);
        tenant.signInAs("member");
        assertThatThrownBy(() -> frameworks.archive(skills)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> frameworks.restore(skills)).isInstanceOf(AccessDeniedException.class);

        tenant.signInAs("admin");
        assertThat(frameworks.library()).hasSize(1);
        assertThat(events.stream(AdminChange.class)).isEmpty();
    }

    @Test
    void another_tenants_framework_is_not_found_and_stays_in_use() {
        tenant.signInAs("admin");
        long skills = only(frameworks.library()).id();

        other.signInAs("admin");
        assertThatThrownBy(() -> frameworks.archive(skills)).isInstanceOf(UserFacingException.class)
                .extracting(refusal -> ((UserFacingException) refusal).messageKey())
                .isEqualTo("framework.error.not-found");

        tenant.signInAs("member");
        assertThat(frameworks.library()).extracting(FrameworkSummary::id).containsExactly(skills);
    }

    private List<HistoryLine> history() {
        List<HistoryLine> lines = new ArrayList<>();
        heatmaps.assessmentHistory(alpha, new HistorySink() {
            @Override
            public void start(String teamName, LocalDate madeOn) {
            }

            @Override
            public void line(HistoryLine line) {
                lines.add(line);
            }
        });
        return lines;
    }

    private static FrameworkSummary only(List<FrameworkSummary> list) {
        assertThat(list).hasSize(1);
        return list.getFirst();
    }
}
