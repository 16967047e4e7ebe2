package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.html.Span;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentEntry;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.ItemLevels;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The heatmap screen as team leads and members use it, in a Portuguese tenant with SFIA-shaped skills. */
@SkillboardTest
class HeatmapViewTest extends SignedInViewTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static FreshTenant tenant;
    static String member;

    @Autowired
    AssessmentReads reads;
    @Autowired
    PeopleService people;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        tenant = tenants.newSkillsTenant("hmv");
        member = tenant.personName("member");
    }

    @Test
    void team_lead_opens_a_cell_and_assesses_one_of_her_people() {
        signInAs(tenant, "lead");
        HeatmapView view = navigate(HeatmapView.class);
        TeamOverview suporte = people.myTeams().stream().filter(team -> team.key().equals("alpha"))
                .findFirst().orElseThrow();
        view = openTeam(suporte.id());
        HeatmapData data = view.data();
        assertThat(data.teamName()).isEqualTo(suporte.name());
        HeatmapData.Row joao = data.rows().stream().filter(row -> row.name().equals(member)).findFirst()
                .orElseThrow();
        int csmg = column(data, "CSMG");
        int before = reads.history(joao.personId(), CSMG).size();

        view.openCell(joao.personId(), csmg);
        assertThat($(com.vaadin.flow.component.html.Span.class).withText("Próximo nível").all()).isNotEmpty();
        assertThat($(com.vaadin.flow.component.details.Details.class).withClassName("sb-ladder").single()
                .getSummaryText())
                .isEqualTo("Todos os níveis");
        test(button("Avaliar")).click();
        RadioButtonGroup<ItemLevels.LevelText> levels = levelChoice();
        assertThat(codes(levels)).containsExactly("1", "2", "3", "4", "5", "6");
        levels.setValue(level(levels, "3"));
        test($(TextArea.class).first()).setValue("Resolve sozinho os pedidos de segundo nível");
        test(button("Guardar avaliação")).click();

        List<AssessmentEntry> history = reads.history(joao.personId(), CSMG);
        assertThat(history).hasSize(before + 1);
        assertThat(history.getFirst()).satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(AssessmentKind.MANAGER);
            assertThat(entry.levelCode()).isEqualTo("3");
            assertThat(entry.assessorName()).isEqualTo(tenant.personName("lead"));
        });
        assertThat(row(view.data(), member).cells().get(csmg).levelCode()).isEqualTo("3");
    }

    @Test
    void an_archived_team_is_offered_only_as_it_was_on_a_past_day(@Autowired TenantFixture tenants,
            @Autowired org.skillboard.people.PeopleAdministration administration) {
        FreshTenant archiving = tenants.newSkillsTenant("hmv-archived");
        archiving.signInAs("admin");
        long beta = administration.teams().stream().filter(t -> t.key().equals("beta")).findFirst().orElseThrow()
                .id();
        administration.archiveTeam(beta);
        signInAs(archiving, "admin");
        navigate(HeatmapView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<TeamOverview> team =
                $(com.vaadin.flow.component.select.Select.class).id("heatmap-team");
        assertThat(team.getListDataView().getItems().map(TeamOverview::key)).containsExactly("alpha");

        test($(com.vaadin.flow.component.datepicker.DatePicker.class).single())
                .setValue(org.skillboard.testsupport.TestClock.TODAY.minusDays(1));

        assertThat(team.getListDataView().getItems().map(TeamOverview::key)).containsExactly("alpha", "beta");
        assertThat(team.getItemLabelGenerator().apply(team.getListDataView().getItems()
                .filter(TeamOverview::archived).findFirst().orElseThrow())).endsWith("(arquivada)");
    }

    @Test
    void a_day_in_the_future_is_refused_and_a_past_day_is_said_on_screen() {
        signInAs(tenant, "lead");
        HeatmapView view = navigate(HeatmapView.class);
        com.vaadin.flow.component.datepicker.DatePicker day = $(com.vaadin.flow.component.datepicker.DatePicker.class)
                .single();

        day.setValue(org.skillboard.testsupport.TestClock.TODAY.plusYears(4)); // typed, past the picker's limit
        assertThat(day.isInvalid()).isTrue();
        assertThat(view.data().query().asOf()).as("shows today").isNull();
        assertThat($(Span.class).withClassName("sb-past-note").all()).as("no note shown").isEmpty();

        test(day).setValue(org.skillboard.testsupport.TestClock.TODAY.minusMonths(1));
        assertThat(view.data().query().asOf()).isEqualTo(org.skillboard.testsupport.TestClock.TODAY.minusMonths(1));
        Span note = $(Span.class).withClassName("sb-past-note").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Tal como estava em");
    }

    @Test
    void a_link_opens_the_same_view_and_the_view_is_written_into_the_address() {
        signInAs(tenant, "admin");
        navigate(HeatmapView.class);
        long beta = people.myTeams().stream().filter(team -> team.key().equals("beta")).findFirst().orElseThrow()
                .id();
        java.time.LocalDate day = org.skillboard.testsupport.TestClock.TODAY.minusMonths(2);

        com.vaadin.flow.component.UI.getCurrent().navigate("heatmap", com.vaadin.flow.router.QueryParameters.full(
                java.util.Map.of("team", new String[] {String.valueOf(beta)}, "colour", new String[] {"gap"},
                        "sort", new String[] {"gap"}, "shown", new String[] {"self"},
                        "day", new String[] {day.toString()}, "gaps", new String[] {"yes"})));
        HeatmapView view = (HeatmapView) getCurrentView();

        org.skillboard.heatmap.HeatmapQuery query = view.data().query();
        assertThat(query.teamId()).isEqualTo(beta);
        assertThat(query.sort()).isEqualTo(org.skillboard.heatmap.HeatmapQuery.Sort.GAP);
        assertThat(query.source()).isEqualTo(org.skillboard.heatmap.HeatmapQuery.Source.SELF);
        assertThat(query.asOf()).isEqualTo(day);
        assertThat(query.onlyGaps()).isTrue();
        assertThat(view.address().mode()).isEqualTo(org.skillboard.heatmap.HeatmapPayload.Mode.GAP);
        assertThat(view.address().parameters().getQueryString().split("&")).containsExactlyInAnyOrder(
                "team=" + beta, "colour=gap", "shown=self", "gaps=yes", "day=" + day, "sort=gap");
        assertThat(HeatmapAddress.of(view.address().parameters())).as("read back as written")
                .isEqualTo(view.address());
    }

    @Test
    void a_link_with_nonsense_opens_the_default_view() {
        signInAs(tenant, "lead");
        com.vaadin.flow.component.UI.getCurrent().navigate("heatmap", com.vaadin.flow.router.QueryParameters.full(
                java.util.Map.of("team", new String[] {"x"}, "colour", new String[] {"purple"},
                        "day", new String[] {"2030-13-45"})));
        HeatmapView view = (HeatmapView) getCurrentView();

        assertThat(view.address().mode()).isEqualTo(org.skillboard.heatmap.HeatmapPayload.Mode.LEVEL);
        assertThat(view.data().query().asOf()).isNull();
        assertThat(view.data().query().teamId()).isNotNull();
    }

    @Test
    void member_sees_only_his_own_row_and_assesses_himself() {
        signInAs(tenant, "member");
        HeatmapView view = navigate(HeatmapView.class);

        assertThat(view.data().rows()).extracting(HeatmapData.Row::name).containsExactly(member);
        int cexp = column(view.data(), "CEXP");
        view.openCell(view.data().rows().getFirst().personId(), cexp);
        test(button("Autoavaliar-me")).click();
        RadioButtonGroup<ItemLevels.LevelText> levels = levelChoice();
        assertThat(codes(levels)).as("CEXP is defined on levels 2-6 only")
                .containsExactly("2", "3", "4", "5", "6");
        levels.setValue(level(levels, "2"));
        test(button("Guardar avaliação")).click();

        assertThat(row(view.data(), member).cells().get(cexp).levelCode()).isEqualTo("2");
    }

    @Test
    void team_lead_asking_for_another_leads_team_by_url_gets_her_own() {
        signInAs(tenant, "lead");
        long porto = teamIdAsAdmin("beta");

        navigate(HeatmapView.class);

        HeatmapView view = openTeam(porto);
        assertThat(view.data().query().teamId()).isNotEqualTo(porto);
        assertThat(view.data().rows()).extracting(HeatmapData.Row::name).doesNotContain(tenant.personName("other"));
    }

    @Test
    void tenant_admin_is_offered_the_heatmap_the_teams_history_and_the_whole_organisations_as_excel() {
        signInAs(tenant, "admin");
        navigate(HeatmapView.class);

        assertThat(downloads()).hasSize(3);
        assertThat(HeatmapView.fileName("heatmap", "lisboa-suporte", java.time.LocalDate.of(2026, 11, 22)))
                .isEqualTo("heatmap-lisboa-suporte-2026-11-22.xlsx");
        assertThat(HeatmapView.fileName("assessments", null, java.time.LocalDate.of(2026, 11, 22)))
                .isEqualTo("assessments-2026-11-22.xlsx");
        assertThat(HeatmapView.fileName("heatmap", "Équipe A/B", java.time.LocalDate.of(2026, 11, 22)))
                .isEqualTo("heatmap-equipe-a-b-2026-11-22.xlsx");
    }

    @Test
    void member_is_offered_his_own_row_and_history_as_excel() {
        signInAs(tenant, "member");
        navigate(HeatmapView.class);

        assertThat(downloads()).hasSize(2);
    }

    /** Links that download a file. */
    private List<Anchor> downloads() {
        return $(Anchor.class).all().stream()
                .filter(anchor -> anchor.getElement().hasAttribute("download")).toList();
    }

    private HeatmapView openTeam(long teamId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(HeatmapView.class,
                com.vaadin.flow.router.QueryParameters.of(HeatmapView.TEAM, String.valueOf(teamId)));
        return (HeatmapView) getCurrentView();
    }

    /** A team the signed-in lead does not see, looked up as the tenant admin. */
    private long teamIdAsAdmin(String key) {
        org.springframework.security.core.Authentication lead = SecurityContextHolder.getContext().getAuthentication();
        try {
            tenant.signInAs("admin");
            return people.myTeams().stream().filter(team -> team.key().equals(key)).findFirst().orElseThrow().id();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(lead);
        }
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ItemLevels.LevelText> levelChoice() {
        return $(RadioButtonGroup.class, $(org.skillboard.assessment.ui.AssessDialog.class).single()).single();
    }

    private static List<String> codes(RadioButtonGroup<ItemLevels.LevelText> levels) {
        return levels.getListDataView().getItems().map(ItemLevels.LevelText::code).toList();
    }

    private static ItemLevels.LevelText level(RadioButtonGroup<ItemLevels.LevelText> levels, String code) {
        return levels.getListDataView().getItems().filter(level -> level.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static int column(HeatmapData data, String code) {
        List<CatalogueItem> columns = data.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).itemCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    private static HeatmapData.Row row(HeatmapData data, String name) {
        return data.rows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
