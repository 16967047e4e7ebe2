package org.skillboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.assessment.sheets.AssessmentUploads;
import org.skillboard.base.AdminChange;
import org.skillboard.base.PersonStanding;
import org.skillboard.base.PersonStanding.Standing;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A leaver is deactivated, not deleted, and a team archived, not deleted: both leave today's views and keep
 * their history, "as it was on" an earlier day and in exports. Each test has a tenant of its own.
 */
@SkillboardTest
@RecordApplicationEvents
class LeaversAndArchivedTeamsTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final LocalDate TODAY = TestClock.TODAY;
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    static final Texts TEXTS = Texts.of(ENGLISH::getString, Locale.ENGLISH);

    @Autowired
    TenantFixture tenants;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    PeopleService people;
    @Autowired
    PersonStanding standing;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    AssessmentUploads uploads;
    @Autowired
    ApplicationEvents events;

    FreshTenant tenant;
    long member;
    long alpha;
    long beta;

    /** The lead of alpha assessed its member at CEXP 3 two months ago. */
    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.newSkillsTenant("leavers");
        member = tenant.personId("member");
        tenant.signInAs("admin");
        alpha = teamId("alpha");
        beta = teamId("beta");
        tenant.signInAs("lead");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "3", null, TODAY.minusMonths(2),
                null));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_leaver_keeps_her_history_but_leaves_todays_heatmap_and_the_templates() throws IOException {
        tenant.signInAs("admin");
        events.clear();
        PersonOverview left = administration.deactivate(member);
        assertThat(left.active()).isFalse();
        assertThat(left.leftOn()).isEqualTo(TODAY);
        assertThat(events.stream(AdminChange.class)).extracting(AdminChange::kind, AdminChange::action,
                AdminChange::subject).containsExactly(org.assertj.core.groups.Tuple.tuple(AdminChange.Kind.PERSON,
                        "deactivated", tenant.personName("member")));
        assertThat(names(longTemplate())).doesNotContain(tenant.personName("member"))
                .contains(tenant.personName("nologin"));

        tenant.signInAs("lead");
        assertThat(rows(HeatmapQuery.team(alpha))).doesNotContain(tenant.personName("member"))
                .contains(tenant.personName("nologin"));
        assertThat(names(template(alpha))).doesNotContain(tenant.personName("member"))
                .contains(tenant.personName("nologin"));
        assertThat(people.myTeams().getFirst().members()).extracting(TeamPerson::name)
                .containsExactly(tenant.personName("nologin"));

        List<HistoryLine> history = history(alpha);
        assertThat(history).extracting(HistoryLine::personName).containsExactly(tenant.personName("member"));
        assertThat(history.getFirst().levelCode()).isEqualTo("3");
    }

    @Test
    void a_leaver_is_shown_as_it_was_on_a_day_before_she_left_and_not_from_that_day() {
        tenant.signInAs("admin");
        administration.deactivate(member);

        tenant.signInAs("lead");
        HeatmapData before = heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TODAY.minusDays(1)));
        HeatmapData.Row row = before.rows().stream().filter(r -> r.personId() == member).findFirst().orElseThrow();
        assertThat(row.cells().get(before.columns().stream().map(c -> c.itemCode()).toList().indexOf("CEXP"))
                .levelCode()).isEqualTo("3");
        assertThat(rows(HeatmapQuery.team(alpha).withAsOf(TODAY))).doesNotContain(tenant.personName("member"));

        tenant.signInAs("admin");
        administration.reactivate(member);
        tenant.signInAs("lead");
        assertThat(rows(HeatmapQuery.team(alpha))).contains(tenant.personName("member"));
    }

    @Test
    void a_leaver_can_no_longer_be_assessed_and_is_told_why() {
        tenant.signInAs("admin");
        administration.deactivate(member);

        tenant.signInAs("lead");
        assertThat(recording.kindsIMayRecord(member)).isEmpty();
        assertThatThrownBy(() -> recording.record(NewAssessment.today(member, CEXP, AssessmentKind.MANAGER, "4",
                null))).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("people.error.person-left");
                    assertThat(refusal.arguments()).containsExactly(tenant.personName("member"), TODAY.toString());
                });
        assertThat(history(alpha)).hasSize(1);
    }

    @Test
    void an_archived_team_leaves_the_pickers_and_keeps_its_history() {
        long lead2 = tenant.personId("lead2");
        tenant.signInAs("admin");
        events.clear();
        administration.archiveTeam(beta);
        assertThat(events.stream(AdminChange.class)).extracting(AdminChange::action).containsExactly("archived");

        assertThat(people.myTeams()).extracting(TeamOverview::id).containsExactly(alpha);
        assertThat(people.visibleTeams()).extracting(VisibleTeam::id).containsExactly(alpha);
        assertThat(administration.findTeams(TeamFilter.IN_USE, org.springframework.data.domain.Pageable.unpaged()))
                .extracting(TeamRow::id).containsExactly(alpha);
        assertThat(administration.findTeams(new TeamFilter(null, true),
                org.springframework.data.domain.Pageable.unpaged())).extracting(TeamRow::id, TeamRow::archived)
                .contains(org.assertj.core.groups.Tuple.tuple(beta, true));
        assertThat(rows(HeatmapQuery.team(beta).withAsOf(TODAY.minusDays(1))))
                .contains(tenant.personName("other"), tenant.personName("lead2"));
        assertThat(people.team(beta).archived()).isTrue();

        tenant.signInAs("lead2");
        assertThat(standing.of(lead2)).isEqualTo(new Standing(true, false));

        tenant.signInAs("admin");
        administration.restoreTeam(beta);
        assertThat(people.myTeams()).extracting(TeamOverview::id).containsExactlyInAnyOrder(alpha, beta);
        assertThat(standing.of(lead2)).isEqualTo(new Standing(true, true));
    }

    @Test
    void person_standing_says_who_leads_who_does_not_and_who_has_left() {
        long lead = tenant.personId("lead");
        FreshTenant another = tenants.newTenant("leavers-other");
        long leadOfAnother = another.personId("lead");

        tenant.signInAs("member");
        assertThat(standing.of(lead)).isEqualTo(new Standing(true, true));
        assertThat(standing.of(member)).isEqualTo(new Standing(true, false));
        assertThat(standing.of(leadOfAnother)).isEqualTo(Standing.GONE);

        tenant.signInAs("admin");
        administration.changeRole(alpha, member, TeamRole.LEAD);
        assertThat(standing.of(member)).isEqualTo(new Standing(true, true));
        administration.deactivate(lead);
        assertThat(standing.of(lead)).isEqualTo(Standing.GONE);
    }

    @Test
    void moving_a_lead_keeps_her_role_and_a_refused_move_changes_nothing() {
        long lead = tenant.personId("lead");
        long other = tenant.personId("other");
        tenant.signInAs("admin");
        events.clear();
        PersonOverview moved = administration.movePerson(lead, alpha, beta);

        assertThat(moved.teams()).containsExactly(
                new PersonOverview.Membership(beta, tenant.teamName("beta"), TeamRole.LEAD));
        assertThat(people.team(beta).leads()).extracting(TeamPerson::name)
                .containsExactlyInAnyOrder(tenant.personName("lead"), tenant.personName("lead2"));
        assertThat(people.team(alpha).leads()).isEmpty();
        assertThat(events.stream(AdminChange.class)).extracting(AdminChange::action, AdminChange::before,
                AdminChange::after).containsExactly(org.assertj.core.groups.Tuple.tuple("moved",
                        tenant.teamName("alpha"), tenant.teamName("beta")));

        administration.archiveTeam(alpha);
        assertThatThrownBy(() -> administration.movePerson(lead, beta, alpha))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("people.error.team-archived"));
        assertThatThrownBy(() -> administration.movePerson(other, beta, beta))
                .isInstanceOf(UserFacingException.class);
        assertThat(administration.person(lead).teams()).containsExactly(
                new PersonOverview.Membership(beta, tenant.teamName("beta"), TeamRole.LEAD));
    }

    private long teamId(String key) {
        return people.myTeams().stream().filter(team -> team.key().equals(key)).findFirst().orElseThrow().id();
    }

    private List<String> rows(HeatmapQuery query) {
        return heatmaps.heatmap(query).rows().stream().map(HeatmapData.Row::name).toList();
    }

    private List<HistoryLine> history(long teamId) {
        List<HistoryLine> lines = new ArrayList<>();
        heatmaps.assessmentHistory(teamId, new HistorySink() {
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

    private byte[] template(long teamId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.template(teamId, TEXTS, out);
        return out.toByteArray();
    }

    private byte[] longTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.longTemplate(TEXTS, out);
        return out.toByteArray();
    }

    /** Every text in every sheet of a workbook, hidden ones too. */
    private static List<String> names(byte[] workbook) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }
}
