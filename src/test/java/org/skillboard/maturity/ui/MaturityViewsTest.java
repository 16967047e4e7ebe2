package org.skillboard.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.ui.RadarChart;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The maturity screens as team leads, tenant admins and outsiders use them (in English). */
@SkillboardTest
class MaturityViewsTest extends SpringBrowserlessTest {

    static final String MODEL = "maturity";
    static final String TITLE_REFUSED = "Not available";
    static String a;
    static String b;
    static MaturityUnit alpha;
    static MaturityUnit beta;

    @Autowired
    UserDetailsService users;
    @Autowired
    MaturityService maturity;

    /** Tenant a: the lead of beta has assessed her team; alpha is not assessed yet. Tenant b is empty. */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired UserDetailsService users,
            @Autowired PeopleService people, @Autowired MaturityService maturity) {
        a = tenants.newMaturityTenant("matv-a").slug();
        b = tenants.newMaturityTenant("matv-b").slug();
        SignIn.as(users, TestTenants.login("admin", a));
        Map<String, Long> teams = new java.util.HashMap<>();
        people.visibleTeams().forEach(team -> teams.put(team.key(), team.id()));
        alpha = MaturityUnit.team(teams.get("alpha"));
        beta = MaturityUnit.team(teams.get("beta"));
        SignIn.as(users, TestTenants.login("lead2", a));
        maturity.complete(MODEL, beta, new WorksheetAnswers(TestClock.TODAY, Map.of(
                "feedback", new WorksheetAnswers.Choice("4", "6"), "ownership", new WorksheetAnswers.Choice("3", "5"),
                "metrics", new WorksheetAnswers.Choice("2", "4")), "Lead the market", List.of(
                new WorksheetAnswers.Change("Co-create with customers", "Product", TestClock.TODAY.plusYears(1)),
                new WorksheetAnswers.Change("Tie bonuses to CX", "HR", TestClock.TODAY.plusYears(2)))));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void team_lead_completes_the_worksheet_for_her_team_and_sees_the_radar() {
        SignIn.as(users, TestTenants.login("lead", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView sheet = (WorksheetView) getCurrentView();
        assertThat(sheet.worksheet().unit().unit()).isEqualTo(alpha);

        choose(sheet.todayFields(), Map.of("feedback", "2", "ownership", "1", "metrics", "3"));
        choose(sheet.targetFields(), Map.of("feedback", "4", "ownership", "3", "metrics", "5"));
        assertThat(sheet.targetFields().get("metrics").getItemEnabledProvider().test(level(sheet, "2")))
                .as("a target below today is not offered").isFalse();
        nextStep(3);
        test(sheet.ambitionField()).setValue("We decide with the customer's voice in the room.");
        nextStep(1);
        fillChange(sheet.changeFields().get(0), "Appoint a CX owner", "Director");
        fillChange(sheet.changeFields().get(1), "Map the complaint journey", "Quality lead");
        test(button("Complete the worksheet")).click();

        MaturityUnitView unit = (MaturityUnitView) getCurrentView();
        RadarChart.Data radar = unit.radar().getData();
        assertThat(radar.axes()).extracting(RadarChart.Axis::name).containsExactly("Feedback", "Ownership", "Metrics");
        assertThat(radar.max()).isEqualTo(6);
        assertThat(radar.series()).extracting(RadarChart.Series::name)
                .containsExactly("Today (median)", "In five years (median)");
        assertThat(radar.series().get(0).values()).containsExactly(2.0, 1.0, 3.0);
        assertThat(radar.series().get(1).values()).containsExactly(4.0, 3.0, 5.0);
        assertThat(unit.shown().answers()).singleElement()
                .satisfies(mine -> assertThat(mine.answers().changes()).hasSize(2));
    }

    @Test
    void an_incomplete_worksheet_is_refused_and_can_be_saved_as_a_draft() {
        SignIn.as(users, TestTenants.login("member", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView sheet = (WorksheetView) getCurrentView();
        choose(sheet.todayFields(), Map.of("feedback", "3"));

        test(button("Complete the worksheet")).click();
        assertThat(getCurrentView()).as("stays on the worksheet").isSameAs(sheet);
        test(button("Save draft")).click();

        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView resumed = (WorksheetView) getCurrentView();
        assertThat(resumed.worksheet().draft()).isTrue();
        assertThat(resumed.todayFields().get("feedback").getValue().code()).isEqualTo("3");
    }

    @Test
    void answers_typed_and_left_are_kept_as_a_draft_and_come_back() {
        SignIn.as(users, TestTenants.login("lead", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView sheet = (WorksheetView) getCurrentView();
        choose(sheet.todayFields(), Map.of("feedback", "2"));
        nextStep(3);
        test(sheet.ambitionField()).setValue("Every complaint answered within a day");

        UI.getCurrent().navigate(MaturityView.class);
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));

        WorksheetView back = (WorksheetView) getCurrentView();
        assertThat(back.worksheet().draft()).isTrue();
        assertThat(back.ambitionField().getValue()).isEqualTo("Every complaint answered within a day");
        assertThat(back.todayFields().get("feedback").getValue().code()).isEqualTo("2");
        maturity.discardDraft(MODEL, alpha);
    }

    @Test
    void leaving_an_untouched_worksheet_keeps_no_draft() {
        SignIn.as(users, TestTenants.login("lead", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));

        UI.getCurrent().navigate(MaturityView.class);
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));

        assertThat(((WorksheetView) getCurrentView()).worksheet().draft()).isFalse();
    }

    @Test
    void tenant_admin_compares_two_departments() {
        SignIn.as(users, TestTenants.login("admin", a));
        UI.getCurrent().navigate(MaturityUnitView.class, MaturityUnitView.parameters(MODEL, beta));
        MaturityUnitView view = (MaturityUnitView) getCurrentView();
        assertThat(view.radar().getData().series().getFirst().values()).containsExactly(4.0, 3.0, 2.0);

        UI.getCurrent().navigate(MaturityUnitView.class, MaturityUnitView.parameters(MODEL, alpha));
        view = (MaturityUnitView) getCurrentView();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<org.skillboard.maturity.MaturityUnitSummary> compare =
                $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).first();
        org.skillboard.maturity.MaturityUnitSummary betaUnit = compare.getListDataView().getItems()
                .filter(unit -> unit.unit().equals(beta)).findFirst().orElseThrow();
        compare.select(betaUnit);

        RadarChart.Data radar = view.radar().getData();
        RadarChart.Series betaToday = radar.series().stream().filter(s -> s.name().startsWith("Beta"))
                .findFirst().orElseThrow();
        assertThat(betaToday.values()).containsExactly(4.0, 3.0, 2.0);
        assertThat(betaToday.style()).isEqualTo(RadarChart.Style.LINE);
    }

    @Test
    void a_past_round_is_drawn_dotted_beside_todays_filled_shape_and_the_dashed_target() {
        SignIn.as(users, TestTenants.login("lead2", a));
        maturity.complete(MODEL, beta, new WorksheetAnswers(TestClock.TODAY.minusYears(1), Map.of(
                "feedback", new WorksheetAnswers.Choice("2", "5"), "ownership", new WorksheetAnswers.Choice("2", "4"),
                "metrics", new WorksheetAnswers.Choice("1", "3")), "Listen first", List.of(
                new WorksheetAnswers.Change("Survey after every contact", "Quality", TestClock.TODAY),
                new WorksheetAnswers.Change("Name a CX owner", "Board", TestClock.TODAY))));
        SignIn.as(users, TestTenants.login("admin", a));
        UI.getCurrent().navigate(MaturityUnitView.class, MaturityUnitView.parameters(MODEL, beta));
        MaturityUnitView view = (MaturityUnitView) getCurrentView();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.skillboard.maturity.UnitResult> past = $(
                com.vaadin.flow.component.select.Select.class).all().stream()
                .filter(select -> "Compare with the past".equals(select.getLabel())).findFirst().orElseThrow();
        past.setValue(past.getListDataView().getItems().findFirst().orElseThrow());

        RadarChart.Data radar = view.radar().getData();
        assertThat(radar.series()).extracting(RadarChart.Series::name)
                .containsExactly("Today (median)", "In five years (median)", "2025: today");
        assertThat(radar.series()).extracting(RadarChart.Series::style).containsExactly(RadarChart.Style.AREA,
                RadarChart.Style.DASHED, RadarChart.Style.DOTTED);
        assertThat(radar.series().get(2).values()).containsExactly(2.0, 2.0, 1.0);
    }

    @Test
    void the_overview_shows_every_unit_with_its_gap() {
        SignIn.as(users, TestTenants.login("admin", a));
        MaturityView view = navigate(MaturityView.class);
        assertThat(view.results()).extracting(r -> r.unit()).contains(MaturityUnit.ORGANISATION, alpha, beta);
        assertThat(view.results()).filteredOn(r -> r.unit().equals(beta)).singleElement()
                .satisfies(r -> assertThat(r.averageGap()).isEqualTo(2.0));
    }

    @Test
    void member_of_another_tenant_cannot_open_the_assessment_even_by_url() {
        SignIn.as(users, TestTenants.login("lead2", b));
        UI.getCurrent().navigate(MaturityUnitView.class, MaturityUnitView.parameters(MODEL, beta));
        assertThat($(H2.class).first().getText()).isEqualTo(TITLE_REFUSED);
        assertThat($(RadarChart.class).all()).isEmpty();

        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, beta));
        assertThat($(H2.class).first().getText()).isEqualTo(TITLE_REFUSED);
        assertThat(((WorksheetView) getCurrentView()).worksheet()).isNull();
    }

    private void choose(Map<String, RadioButtonGroup<MaturityModel.Level>> fields, Map<String, String> levels) {
        levels.forEach((dimension, code) -> {
            RadioButtonGroup<MaturityModel.Level> group = fields.get(dimension);
            MaturityModel.Level level = group.getListDataView().getItems().filter(l -> l.code().equals(code))
                    .findFirst().orElseThrow();
            group.setValue(level);
        });
    }

    private void nextStep(int times) {
        for (int i = 0; i < times; i++) {
            test(button("Next step")).click();
        }
    }

    private static MaturityModel.Level level(WorksheetView sheet, String code) {
        return sheet.worksheet().model().level(code).orElseThrow();
    }

    private void fillChange(ChangeRow row, String description, String owner) {
        test(row.description()).setValue(description);
        test(row.owner()).setValue(owner);
        row.due().setValue(TestClock.TODAY.plusMonths(6));
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
