package org.skillboard.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The team lead's heatmap: who is at what level, where the gaps are, as it is now or was then. */
@SkillboardTest
class HeatmapServiceTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final LocalDate TODAY = TestClock.TODAY;
    static String a;
    static String b;
    static long alpha;
    static long beta;
    static long lead;
    static long member;
    static long nologin;

    @Autowired
    HeatmapService heatmaps;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    UserDetailsService users;

    /**
     * Tenant a: job profile "agent" needs CSMG 3; the member's own target is CSMG 5. The
     * lead assessed the member at CSMG 2 a year ago and 4 last month; the member rates
     * herself 5 in CEXP. Nobody else is assessed.
     */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired PeopleService people,
            @Autowired UserDetailsService users, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        a = tenants.newSkillsTenant("hm-a").slug();
        b = tenants.newSkillsTenant("hm-b").slug();
        lead = tenants.personId(a, "lead");
        member = tenants.personId(a, "member");
        nologin = tenants.personId(a, "nologin");
        SignIn.as(users, TestTenants.login("admin", a));
        Map<String, Long> teams = new java.util.HashMap<>();
        people.myTeams().forEach(team -> teams.put(team.key(), team.id()));
        alpha = teams.get("alpha");
        beta = teams.get("beta");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(nologin, agent.id());
        jobProfiles.setTarget(member, CSMG, "5");
        SignIn.as(users, TestTenants.login("lead", a));
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "2", null, TODAY.minusYears(1),
                null));
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "4", "Mentors new joiners",
                TODAY.minusMonths(1), null));
        SignIn.as(users, TestTenants.login("member", a));
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "5", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void team_lead_sees_only_her_teams() {
        SignIn.as(users, TestTenants.login("lead", a));

        HeatmapData data = heatmaps.heatmap(HeatmapQuery.team(alpha));

        assertThat(data.teamName()).isEqualTo("Alpha " + a);
        assertThat(data.rows()).extracting(HeatmapData.Row::personId)
                .containsExactlyInAnyOrder(lead, member, nologin);
        assertThat(data.columns()).extracting(column -> column.itemCode()).containsExactly("CEXP", "CSMG");
        assertThatThrownBy(() -> heatmaps.heatmap(HeatmapQuery.team(beta))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void member_sees_only_her_own_row_with_her_targets() {
        SignIn.as(users, TestTenants.login("member", a));

        HeatmapData data = heatmaps.heatmap(HeatmapQuery.team(alpha));

        assertThat(data.rows()).singleElement().satisfies(row -> {
            assertThat(row.personId()).isEqualTo(member);
            assertThat(row.cells().get(1).targetCode()).isEqualTo("5");
        });
    }

    @Test
    void member_cannot_open_another_members_row() {
        SignIn.as(users, TestTenants.login("member", a));

        assertThatThrownBy(() -> heatmaps.cell(nologin, CSMG, java.util.Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        CellDetail own = heatmaps.cell(member, CSMG, java.util.Locale.ENGLISH);
        assertThat(own.history()).extracting(entry -> entry.levelCode()).containsExactly("4", "2");
        assertThat(own.mayRecord()).containsExactly(AssessmentKind.SELF);
        assertThat(own.target().levelCode()).isEqualTo("5");
    }

    @Test
    void gap_colouring_uses_the_persons_override() {
        SignIn.as(users, TestTenants.login("lead", a));

        HeatmapData data = heatmaps.heatmap(HeatmapQuery.team(alpha));

        HeatmapData.Cell memberCsmg = row(data, member).cells().get(1);
        assertThat(memberCsmg.levelCode()).isEqualTo("4");
        assertThat(memberCsmg.targetCode()).as("her own target, not the profile's 3").isEqualTo("5");
        assertThat(memberCsmg.belowTarget()).isTrue();
        HeatmapData.Cell nologinCsmg = row(data, nologin).cells().get(1);
        assertThat(nologinCsmg.targetCode()).isEqualTo("3");
        assertThat(nologinCsmg.assessed()).isFalse();
        assertThat(row(data, lead).cells().get(1).hasTarget()).isFalse();
    }

    @Test
    void history_as_of_a_past_date() {
        SignIn.as(users, TestTenants.login("lead", a));

        HeatmapData then = heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TODAY.minusMonths(6)));
        HeatmapData longAgo = heatmaps.heatmap(HeatmapQuery.team(alpha).withAsOf(TODAY.minusYears(2)));

        assertThat(row(then, member).cells().get(1).levelCode()).isEqualTo("2");
        assertThat(row(then, member).cells().get(1).stale()).as("six months old on that day, within the review interval")
                .isFalse();
        assertThat(row(then, member).cells().get(0).assessed()).as("self-assessed only today").isFalse();
        assertThat(row(longAgo, member).cells()).noneMatch(HeatmapData.Cell::assessed);
    }

    @Test
    void source_is_self_manager_or_manager_else_self() {
        SignIn.as(users, TestTenants.login("lead", a));
        HeatmapQuery query = HeatmapQuery.team(alpha);

        HeatmapData.Row either = row(heatmaps.heatmap(query), member);
        HeatmapData.Row managers = row(heatmaps.heatmap(query.withSource(HeatmapQuery.Source.MANAGER)), member);
        HeatmapData.Row selfs = row(heatmaps.heatmap(query.withSource(HeatmapQuery.Source.SELF)), member);

        assertThat(either.cells()).extracting(HeatmapData.Cell::levelCode).containsExactly("5", "4");
        assertThat(either.cells()).extracting(HeatmapData.Cell::from)
                .containsExactly(AssessmentKind.SELF, AssessmentKind.MANAGER);
        assertThat(managers.cells()).extracting(HeatmapData.Cell::levelCode).containsExactly(null, "4");
        assertThat(selfs.cells()).extracting(HeatmapData.Cell::levelCode).containsExactly("5", null);
    }

    @Test
    void cells_read_from_the_flagged_rows_are_the_cells_the_history_gives_for_today() {
        SignIn.as(users, TestTenants.login("lead", a));

        for (HeatmapQuery.Source source : HeatmapQuery.Source.values()) {
            HeatmapQuery query = HeatmapQuery.team(alpha).withSource(source);
            assertThat(cells(heatmaps.heatmap(query))).as(source.name())
                    .isEqualTo(cells(heatmaps.heatmap(query.withAsOf(TODAY))));
        }
    }

    @Test
    void summary_counts_people_at_target_and_flags_skills_resting_on_one_person() {
        SignIn.as(users, TestTenants.login("lead", a));

        HeatmapData data = heatmaps.heatmap(HeatmapQuery.team(alpha));

        HeatmapData.ColumnSummary csmg = data.summaries().get(1);
        assertThat(csmg.withTarget()).isEqualTo(2);
        assertThat(csmg.atOrAboveTarget()).isZero();
        assertThat(csmg.neededLevel()).isEqualTo("5");
        assertThat(csmg.holders()).isZero();
        assertThat(csmg.singlePointOfFailure()).isTrue();
        assertThat(csmg.averageText()).isEqualTo("4.0");
        assertThat(data.summaries().get(0).neededLevel()).as("nobody needs CEXP").isNull();
    }

    @Test
    void filters_and_sorting_by_gap() {
        SignIn.as(users, TestTenants.login("lead", a));

        HeatmapData gaps = heatmaps.heatmap(HeatmapQuery.team(alpha).withFilters(null, null, null, true)
                .sortedBy(HeatmapQuery.Sort.GAP, 0));
        HeatmapData onlyCexp = heatmaps.heatmap(HeatmapQuery.team(alpha).withFilters("skills", null, null, false));

        assertThat(gaps.rows()).extracting(HeatmapData.Row::personId).containsExactly(nologin, member);
        assertThat(onlyCexp.columns()).hasSize(2);
        assertThat(heatmaps.heatmap(HeatmapQuery.team(alpha).withFilters("nothing", null, null, false)).columns())
                .isEmpty();
    }

    @Test
    void trend_shows_the_team_average_per_point_in_time_and_what_changed_since_a_day() {
        SignIn.as(users, TestTenants.login("lead", a));

        TrendData trend = heatmaps.trend(alpha, null, TODAY.minusMonths(2));

        TrendData.Series csmg = trend.series().stream().filter(series -> series.itemCode().equals("CSMG"))
                .findFirst().orElseThrow();
        assertThat(trend.points()).as("no periods: the last twelve month ends").hasSize(12);
        assertThat(trend.points().getLast()).isEqualTo(TODAY);
        assertThat(csmg.averages().getFirst()).as("the assessment of a year ago").isEqualTo(2.0);
        assertThat(csmg.averages().getLast()).isEqualTo(4.0);
        assertThat(trend.changes()).extracting(TrendData.Change::itemCode, TrendData.Change::before,
                TrendData.Change::now).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CSMG", "2", "4"),
                        org.assertj.core.groups.Tuple.tuple("CEXP", null, "5"));
        assertThatThrownBy(() -> heatmaps.trend(beta, null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_tenants_admin_cannot_open_this_tenants_team() {
        SignIn.as(users, TestTenants.login("admin", b));

        assertThatThrownBy(() -> heatmaps.heatmap(HeatmapQuery.team(alpha))).isInstanceOf(AccessDeniedException.class);
        assertThat(heatmaps.heatmap(HeatmapQuery.team(null)).rows()).isEmpty();
    }

    private static java.util.List<java.util.List<HeatmapData.Cell>> cells(HeatmapData data) {
        return data.rows().stream().map(HeatmapData.Row::cells).toList();
    }

    private static HeatmapData.Row row(HeatmapData data, long personId) {
        return data.rows().stream().filter(row -> row.personId() == personId).findFirst().orElseThrow();
    }

}
