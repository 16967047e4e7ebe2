package org.skillboard.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The CX maturity worksheet as a process: who fills it in, what counts, what the unit's result says. */
@SkillboardTest
class MaturityServiceTest {

    static final String MODEL = "maturity";
    static final LocalDate TODAY = TestClock.TODAY;
    static final Locale EN = Locale.ENGLISH;

    @Autowired
    MaturityService maturity;
    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleService people;

    /** Every test loads its own tenant: results depend on exactly who assessed what. */
    String slug;
    MaturityUnit alpha;
    MaturityUnit beta;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void tenant(TenantFixture tenants) {
        slug = tenants.newMaturityTenant("mat").slug();
        signIn("admin");
        Map<String, Long> teams = new java.util.HashMap<>();
        people.visibleTeams().forEach(team -> teams.put(team.key(), team.id()));
        alpha = MaturityUnit.team(teams.get("alpha"));
        beta = MaturityUnit.team(teams.get("beta"));
    }

    void signIn(String who) {
        SignIn.as(users, TestTenants.login(who, slug));
    }

    static WorksheetAnswers answers(LocalDate on, String feedback, String ownership, String metrics) {
        return new WorksheetAnswers(on, Map.of(
                "feedback", choice(feedback), "ownership", choice(ownership), "metrics", choice(metrics)),
                "Customers shape what we build.", List.of(
                new WorksheetAnswers.Change("Name an owner for customer experience", "Management board",
                        on.plusMonths(6)),
                new WorksheetAnswers.Change("Measure NPS after every contact", "Quality team", on.plusYears(1))));
    }

    /** "2>4": today 2, in five years 4. */
    static WorksheetAnswers.Choice choice(String text) {
        String[] levels = text.split(">");
        return new WorksheetAnswers.Choice(levels[0], levels[1]);
    }

    @Test
    void team_lead_completes_the_worksheet_for_her_team_and_sees_its_result(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        Worksheet blank = maturity.worksheet(MODEL, alpha, EN);
        assertThat(blank.draft()).isFalse();
        assertThat(blank.model().steps()).hasSize(5).first().isEqualTo("Read the levels.");
        assertThat(blank.model().dimensions()).extracting(MaturityModel.Dimension::code)
                .containsExactly("feedback", "ownership", "metrics");

        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "1>3", "3>5"));

        UnitResult result = maturity.result(MODEL, alpha, null, EN);
        assertThat(result.assessed()).isTrue();
        assertThat(result.round().key()).isEqualTo("year-" + TODAY.getYear());
        assertThat(result.assessors()).isEqualTo(1);
        assertThat(result.dimensions()).extracting(d -> d.today().median(), d -> d.target().median())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2.0, 4.0),
                        org.assertj.core.groups.Tuple.tuple(1.0, 3.0), org.assertj.core.groups.Tuple.tuple(3.0, 5.0));
        assertThat(result.averageGap()).isEqualTo(2.0);
        assertThat(result.answers()).singleElement().satisfies(mine -> {
            assertThat(mine.mine()).isTrue();
            assertThat(mine.answers().ambition()).isEqualTo("Customers shape what we build.");
            assertThat(mine.answers().changes()).extracting(WorksheetAnswers.Change::owner)
                    .containsExactly("Management board", "Quality team");
        });
    }

    @Test
    void median_and_spread_over_several_assessors(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "1>3", "3>5"));
        signIn("member");
        maturity.complete(MODEL, alpha, answers(TODAY, "3>5", "1>4", "3>3"));

        UnitResult two = maturity.result(MODEL, alpha, null, EN);
        UnitResult.DimensionResult feedback = two.dimensions().getFirst();
        assertThat(feedback.today()).isEqualTo(new UnitResult.Spread(2.5, 2, 3, 2));
        assertThat(feedback.target()).isEqualTo(new UnitResult.Spread(4.5, 4, 5, 2));

        signIn("other");
        maturity.complete(MODEL, alpha, answers(TODAY, "5>6", "1>3", "2>4"));
        UnitResult three = maturity.result(MODEL, alpha, null, EN);
        assertThat(three.assessors()).isEqualTo(3);
        assertThat(three.dimensions().get(0).today()).isEqualTo(new UnitResult.Spread(3.0, 2, 5, 3));
        assertThat(three.dimensions().get(0).today().range()).isEqualTo(3);
        assertThat(three.dimensions().get(1).today()).isEqualTo(new UnitResult.Spread(1.0, 1, 1, 3));
        assertThat(three.dimensions().get(1).target()).isEqualTo(new UnitResult.Spread(3.0, 3, 4, 3));
        assertThat(three.dimensions().get(2).target()).isEqualTo(new UnitResult.Spread(4.0, 3, 5, 3));
    }

    @Test
    void an_assessor_counts_once_with_her_latest_worksheet_of_the_round(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.complete(MODEL, alpha, answers(TODAY.withDayOfYear(1), "1>3", "1>3", "1>3"));
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "2>4", "2>4"));

        UnitResult result = maturity.result(MODEL, alpha, null, EN);
        assertThat(result.assessors()).isEqualTo(1);
        assertThat(result.dimensions().getFirst().today().median()).isEqualTo(2.0);
    }

    @Test
    void drafts_are_not_counted_until_completed_and_can_be_resumed(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.saveDraft(MODEL, alpha, new WorksheetAnswers(TODAY, Map.of("feedback", choice("2>4")),
                "Half written", List.of()));

        assertThat(maturity.result(MODEL, alpha, null, EN).assessed()).isFalse();
        assertThat(maturity.overview(MODEL, EN)).filteredOn(r -> r.unit().equals(alpha))
                .singleElement().satisfies(r -> assertThat(r.assessors()).isZero());
        Worksheet resumed = maturity.worksheet(MODEL, alpha, EN);
        assertThat(resumed.draft()).isTrue();
        assertThat(resumed.answers().choice("feedback")).isEqualTo(choice("2>4"));
        assertThat(resumed.answers().ambition()).isEqualTo("Half written");

        maturity.complete(MODEL, alpha, answers(TODAY, "3>4", "1>3", "3>5"));
        assertThat(maturity.result(MODEL, alpha, null, EN).dimensions().getFirst().today().median()).isEqualTo(3.0);
        assertThat(maturity.worksheet(MODEL, alpha, EN).draft()).as("completing uses up the draft").isFalse();
    }

    @Test
    void an_incomplete_worksheet_is_refused_with_the_reason_and_stays_a_draft(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        WorksheetAnswers noTarget = new WorksheetAnswers(TODAY, Map.of("feedback", choice("2>4"),
                "ownership", new WorksheetAnswers.Choice("1", null), "metrics", choice("3>5")), "Ambition",
                answers(TODAY, "1>1", "1>1", "1>1").changes());
        assertThatThrownBy(() -> maturity.complete(MODEL, alpha, noTarget)).isInstanceOf(UserFacingException.class)
                .hasMessage("Choose the level in five years for “Ownership”.");
        assertThatThrownBy(() -> maturity.complete(MODEL, alpha, answers(TODAY, "4>2", "1>3", "3>5")))
                .hasMessage("The level in five years for “Feedback” is below today’s level.");
        WorksheetAnswers oneChange = new WorksheetAnswers(TODAY, answers(TODAY, "2>4", "1>3", "3>5").choices(),
                "Ambition", List.of(new WorksheetAnswers.Change("Only one", "Me", TODAY.plusDays(1))));
        assertThatThrownBy(() -> maturity.complete(MODEL, alpha, oneChange))
                .hasMessage("Name at least 2 critical changes.");
        WorksheetAnswers noOwner = new WorksheetAnswers(TODAY, answers(TODAY, "2>4", "1>3", "3>5").choices(),
                "Ambition", List.of(new WorksheetAnswers.Change("One", "Me", TODAY.plusDays(1)),
                new WorksheetAnswers.Change("Two", " ", TODAY.plusDays(1))));
        assertThatThrownBy(() -> maturity.complete(MODEL, alpha, noOwner))
                .hasMessage("Critical change 2 needs an owner.");
        assertThatThrownBy(() -> maturity.saveDraft(MODEL, alpha, new WorksheetAnswers(TODAY,
                Map.of("feedback", choice("2>9")), null, List.of())))
                .hasMessage("“9” is not a level of this maturity model.");

        assertThat(maturity.result(MODEL, alpha, null, EN).assessed()).as("nothing was handed in").isFalse();
    }

    @Test
    void each_assessors_answers_are_read_by_the_units_lead_not_by_other_members(
            @Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("member");
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "1>3", "3>5"));
        signIn("other");
        maturity.complete(MODEL, alpha, answers(TODAY, "3>4", "2>3", "3>5"));

        UnitResult asOther = maturity.result(MODEL, alpha, null, EN);
        assertThat(asOther.assessors()).isEqualTo(2);
        assertThat(asOther.answers()).singleElement().satisfies(a -> assertThat(a.mine()).isTrue());

        signIn("lead");
        assertThat(maturity.result(MODEL, alpha, null, EN).answers()).hasSize(2).noneMatch(UnitResult.AssessorAnswers::mine);
        signIn("admin");
        assertThat(maturity.result(MODEL, alpha, null, EN).answers()).hasSize(2);
    }

    @Test
    void members_assess_their_own_team_only_and_leads_the_organisation(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("member");
        assertThat(maturity.units()).extracting(MaturityUnitSummary::unit).containsExactly(MaturityUnit.ORGANISATION,
                alpha);
        assertThatThrownBy(() -> maturity.worksheet(MODEL, MaturityUnit.ORGANISATION, EN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maturity.result(MODEL, beta, null, EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maturity.complete(MODEL, beta, answers(TODAY, "2>4", "1>3", "3>5")))
                .isInstanceOf(AccessDeniedException.class);

        signIn("lead");
        maturity.complete(MODEL, MaturityUnit.ORGANISATION, answers(TODAY, "2>4", "1>3", "3>5"));
        signIn("member");
        assertThat(maturity.result(MODEL, MaturityUnit.ORGANISATION, null, EN).assessors()).isEqualTo(1);
    }

    @Test
    void tenant_admin_sees_every_unit_side_by_side(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "1>3", "3>5"));
        signIn("lead2");
        maturity.complete(MODEL, beta, answers(TODAY, "4>5", "3>5", "2>4"));

        signIn("admin");
        List<UnitResult> overview = maturity.overview(MODEL, EN);
        assertThat(overview).extracting(UnitResult::unit).containsExactly(MaturityUnit.ORGANISATION, alpha, beta);
        assertThat(overview.get(0).assessed()).isFalse();
        assertThat(overview.get(1).dimensions().getFirst().today().median()).isEqualTo(2.0);
        assertThat(overview.get(2).dimensions().getFirst().today().median()).isEqualTo(4.0);
        assertThat(overview.get(2).averageGap()).isEqualTo((1 + 2 + 2) / 3.0);
    }

    @Test
    void a_unit_is_compared_with_its_own_past(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.complete(MODEL, alpha, answers(TODAY.minusYears(1), "1>3", "1>3", "1>3"));
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "2>4", "3>5"));

        List<UnitResult> history = maturity.history(MODEL, alpha, EN);
        assertThat(history).extracting(r -> r.round().key()).containsExactly(
                "year-" + TODAY.minusYears(1).getYear(), "year-" + TODAY.getYear());
        assertThat(history.getFirst().dimensions().getFirst().today().median()).isEqualTo(1.0);
        assertThat(maturity.result(MODEL, alpha, history.getFirst().round().key(), EN).dimensions().get(2)
                .target().median()).isEqualTo(3.0);
        assertThat(maturity.rounds(MODEL)).hasSize(2);
    }

    @Test
    void another_tenants_units_and_worksheets_are_out_of_reach(@Autowired TenantFixture tenants) {
        tenant(tenants);
        signIn("lead");
        maturity.complete(MODEL, alpha, answers(TODAY, "2>4", "1>3", "3>5"));
        MaturityUnit alphaOfA = alpha;

        tenant(tenants);
        signIn("admin");
        assertThat(maturity.overview(MODEL, EN)).extracting(UnitResult::unit).doesNotContain(alphaOfA)
                .allSatisfy(unit -> assertThat(unit).isNotNull());
        assertThat(maturity.overview(MODEL, EN)).allMatch(result -> !result.assessed());
        assertThatThrownBy(() -> maturity.result(MODEL, alphaOfA, null, EN))
                .isInstanceOf(AccessDeniedException.class);
        signIn("lead");
        assertThatThrownBy(() -> maturity.worksheet(MODEL, alphaOfA, EN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maturity.complete(MODEL, alphaOfA, answers(TODAY, "2>4", "1>3", "3>5")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(maturity.result(MODEL, MaturityUnit.ORGANISATION, null, EN).assessed())
                .as("the organisation of b knows nothing of a's worksheets").isFalse();
    }
}
