package org.skillboard.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.PeopleFilter;
import org.skillboard.people.TeamRow;
import org.skillboard.people.TeamRole;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant admin's people and teams pages, in a Portuguese tenant of the test's own. */
@SkillboardTest
class PeopleAdminViewsTest extends SignedInViewTest {

    @Autowired
    TenantFixture tenants;
    FreshTenant tenant;
    /** The person the tests place and edit: the lead of team alpha, with a job title. */
    String rita;

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = tenants.newTenant("people-admin");
        rita = tenant.personName("lead");
        signInAs(tenant, "admin");
    }

    @Test
    void the_admin_creates_a_team_with_a_suggested_key_puts_someone_in_it_archives_and_restores_it() {
        navigate(TeamsAdminView.class);
        String suffix = TestTenants.newSlug("ui");
        String name = "Equipa Ação " + suffix;

        test(button("teams-admin.new")).click();
        test($(TextField.class).withLabel(text("teams-admin.dialog.name")).single()).setValue(name);
        assertThat($(TextField.class).withLabel(text("teams-admin.dialog.key")).single().getValue())
                .isEqualTo("equipa-acao-" + suffix);
        test(button("action.create")).click();

        assertThat(teams()).extracting(TeamRow::name).contains(name, tenant.teamName("alpha"));
        assertThat(team(name).leads()).isEmpty();
        assertThat(team(name).key()).isEqualTo("equipa-acao-" + suffix);

        test(rowButton(name, "teams-admin.people")).click();
        @SuppressWarnings("unchecked")
        ComboBox<PersonOverview> person = $(ComboBox.class).single();
        test(person).selectItem(rita + " · Team lead");
        test(button("teams-admin.members.add")).click();
        Grid<?> places = $(Grid.class, $(Dialog.class).last()).single();
        assertThat(test(places).size()).isOne();
        assertThat(test(places).getCellText(0, 0)).isEqualTo(rita);
        @SuppressWarnings("unchecked")
        Select<TeamRole> role = (Select<TeamRole>) test(places).getCellComponent(0, "role");
        test(role).selectItem(text("people.role.lead"));

        test(button("teams-admin.members.done")).click();
        assertThat(team(name).leads()).containsExactly(rita);
        assertThat(team(name).people()).isOne();

        test(rowButton(name, "teams-admin.archive")).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(teams()).extracting(TeamRow::name).doesNotContain(name);
        assertThat(counts()).contains("2 equipas em uso", "1 arquivada");

        test($(Checkbox.class).withLabel(text("teams-admin.filter.archived")).single()).click();
        assertThat(team(name).archived()).isTrue();
        assertThat(team(name).leads()).containsExactly(rita);
        test(rowButton(name, "teams-admin.restore")).click();
        assertThat(team(name).archived()).isFalse();
        assertThat(counts()).contains("3 equipas em uso", "nenhuma arquivada");
    }

    @Test
    void the_admin_finds_a_person_by_part_of_her_name_and_filters_by_team_and_role() {
        navigate(PeopleAdminView.class);
        assertThat(counts()).contains("5 pessoas ativas", "nenhuma saiu");
        assertThat(people()).hasSize(5);

        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, text("people-admin.filter.search"))
                .single()).setValue("LEAD " + tenant.slug());
        assertThat(people()).extracting(PersonOverview::name)
                .containsExactlyInAnyOrder(rita, tenant.personName("lead2"));
        assertThat(matches()).contains("2 pessoas");

        @SuppressWarnings("unchecked")
        ComboBox<TeamRow> team = $(ComboBox.class).withLabel(text("people-admin.filter.team")).single();
        test(team).selectItem(tenant.teamName("alpha"));
        assertThat(people()).extracting(PersonOverview::name).containsExactly(rita);

        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, text("people-admin.filter.search"))
                .single()).setValue("");
        @SuppressWarnings("unchecked")
        Select<PeopleFilter.Place> place = $(Select.class).withLabel(text("people-admin.filter.place")).single();
        test(place).selectItem(text("people-admin.place.member"));
        assertThat(people()).extracting(PersonOverview::name)
                .containsExactlyInAnyOrder(tenant.personName("member"), tenant.personName("nologin"));
    }

    @Test
    void the_admin_deactivates_a_leaver_and_brings_her_back() {
        navigate(PeopleAdminView.class);
        String member = tenant.personName("member");

        test(rowButton(member, "people-admin.deactivate")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(people()).extracting(PersonOverview::name).doesNotContain(member).hasSize(4);
        assertThat(counts()).contains("4 pessoas ativas", "1 saiu");

        @SuppressWarnings("unchecked")
        Select<PeopleFilter.Status> status = $(Select.class).withLabel(text("people-admin.filter.status")).single();
        test(status).selectItem(text("people-admin.status.left"));
        assertThat(people()).extracting(PersonOverview::name).containsExactly(member);
        assertThat(test(this.<PersonOverview>grid()).getCellText(0, 4)).isEqualTo("Saiu a 1 de dez. de 2026");

        test(rowButton(member, "people-admin.reactivate")).click();
        assertThat(people()).isEmpty();
        assertThat(counts()).contains("5 pessoas ativas");
    }

    @Test
    void the_admin_moves_a_lead_to_another_team_in_one_step() {
        navigate(PeopleAdminView.class);

        test(rowButton(rita, "people-admin.move")).click();
        @SuppressWarnings("unchecked")
        ComboBox<TeamRow> to = $(ComboBox.class).withLabel(text("people-admin.move-dialog.to")).single();
        test(to).selectItem(tenant.teamName("beta"));
        test($(Button.class, $(Dialog.class).last()).withText(text("people-admin.move")).single()).click();

        assertThat(person(rita).teams()).extracting(PersonOverview.Membership::teamName, PersonOverview.Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(tenant.teamName("beta"), TeamRole.LEAD));
    }

    @Test
    void the_admin_corrects_a_job_title_in_the_people_list() {
        navigate(PeopleAdminView.class);
        PersonOverview before = person(rita);
        assertThat(before.teams()).extracting(PersonOverview.Membership::teamName)
                .containsExactly(tenant.teamName("alpha"));

        editJobTitle(rita, "Assistente Sénior");
        assertThat(person(rita).jobTitle()).isEqualTo("Assistente Sénior");

        editJobTitle(rita, before.jobTitle());
        assertThat(person(rita)).isEqualTo(before);
    }

    @Test
    void a_team_lead_is_not_shown_the_administration_views() {
        signInAs(tenant, "lead");
        navigate("admin/people", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PeopleAdminView.class);
        assertThat($(Grid.class).all()).isEmpty();

        navigate("admin/teams", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TeamsAdminView.class);
        assertThat($(Grid.class).all()).isEmpty();

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .doesNotContain(text("menu.people-admin"), text("menu.teams-admin"));
    }

    private void editJobTitle(String personName, String jobTitle) {
        test(rowButton(personName, "people-admin.edit")).click();
        TextField field = $(TextField.class).withLabel(text("people-admin.dialog.job-title")).single();
        test(field).setValue(jobTitle);
        test(button("action.save")).click();
    }

    private String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private Button button(String key) {
        return $(Button.class).withText(text(key)).last();
    }

    /** The button of a row (a team's or a person's, by name) in the view's grid. */
    private Button rowButton(String name, String key) {
        Grid<Object> grid = grid();
        int row = IntStream.range(0, test(grid).size()).filter(i -> nameOf(test(grid).getRow(i)).equals(name))
                .findFirst().orElseThrow();
        return (Button) test(grid).getCellComponent(row, "actions").getChildren()
                .filter(child -> child instanceof Button b && text(key).equals(b.getText())).findFirst()
                .orElseThrow();
    }

    private static String nameOf(Object row) {
        return row instanceof TeamRow team ? team.name() : ((PersonOverview) row).name();
    }

    private String counts() {
        return $(Span.class).all().stream().map(Span::getText).filter(text -> text.contains(" · ")).findFirst()
                .orElseThrow();
    }

    private String matches() {
        return $(Span.class).all().stream().map(Span::getText).filter(text -> text.contains("filtros")).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return $view(Grid.class).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private List<TeamRow> teams() {
        return rows(grid());
    }

    private TeamRow team(String name) {
        return teams().stream().filter(team -> team.name().equals(name)).findFirst().orElseThrow();
    }

    private List<PersonOverview> people() {
        return rows(grid());
    }

    private PersonOverview person(String name) {
        return people().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow();
    }
}
