package org.skillboard.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A link that names a cell opens it for a lead who sees that person, and opens nothing for anyone else. */
@SkillboardTest
class HeatmapCellLinkTest extends SignedInViewTest {

    static FreshTenant tenant;
    static FreshTenant elsewhere;
    static long alpha;
    static long beta;
    static long alphaElsewhere;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired PeopleService people) {
        tenant = tenants.newSkillsTenant("cell-link");
        elsewhere = tenants.newSkillsTenant("cell-link-else");
        tenant.signInAs("admin");
        alpha = teamId(people, "alpha");
        beta = teamId(people, "beta");
        elsewhere.signInAs("admin");
        alphaElsewhere = teamId(people, "alpha");
        SignIn.out();
    }

    @Test
    void a_link_to_a_cell_of_her_team_opens_it_and_the_address_keeps_it_while_it_is_open() {
        signInAs(tenant, "lead");

        HeatmapView view = open("team=" + alpha + "&cell=member~CSMG");

        CellDialog dialog = $(CellDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).startsWith(tenant.personName("member"))
                .endsWith("Customer service support");
        assertThat(view.address().cell()).isEqualTo(new HeatmapAddress.Cell("member", "CSMG"));

        dialog.close();

        assertThat(view.address().cell()).as("gone from the address once closed").isNull();
    }

    @Test
    void a_cell_opened_in_the_grid_is_written_into_the_address() {
        signInAs(tenant, "lead");
        HeatmapView view = open("team=" + alpha);
        long member = view.data().rows().stream().filter(row -> row.name().equals(tenant.personName("member")))
                .findFirst().orElseThrow().personId();

        view.openCell(member, columnOf(view, "CEXP"));

        assertThat(view.address().parameters().getQueryString()).contains("cell=member~CEXP");
    }

    @Test
    void a_link_to_a_person_of_another_leads_team_or_another_tenant_opens_nothing() {
        signInAs(tenant, "lead");

        for (String link : new String[] {"cell=other~CSMG", "team=" + beta + "&cell=other~CSMG",
                "team=" + alphaElsewhere + "&cell=member~CSMG", "cell=nobody~CSMG", "team=" + alpha
                        + "&cell=member~NOSUCH"}) {
            HeatmapView view = open(link);

            assertThat($(CellDialog.class).all()).as(link).isEmpty();
            assertThat(view.address().cell()).as(link).isNull();
        }
    }

    @Test
    void a_member_following_a_link_to_a_colleagues_cell_sees_nothing_of_it() {
        signInAs(tenant, "member");

        HeatmapView view = open("team=" + alpha + "&cell=nologin~CSMG");

        assertThat($(CellDialog.class).all()).isEmpty();
        assertThat(view.data().rows()).hasSize(1);
    }

    private HeatmapView open(String query) {
        UI.getCurrent().navigate("heatmap", QueryParameters.fromString(query));
        return (HeatmapView) getCurrentView();
    }

    private static int columnOf(HeatmapView view, String code) {
        for (int c = 0; c < view.data().columns().size(); c++) {
            if (view.data().columns().get(c).itemCode().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code);
    }

    private static long teamId(PeopleService people, String key) {
        return people.myTeams().stream().filter(team -> team.key().equals(key)).map(TeamOverview::id).findFirst()
                .orElseThrow();
    }
}
