package org.skillboard.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
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
    void the_admin_creates_a_team_puts_someone_in_it_and_deletes_it_once_empty() {
        navigate(TeamsAdminView.class);
        String name = "Equipa " + TestTenants.newSlug("ui");

        test(button("teams-admin.new")).click();
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue(TestTenants.newSlug("ui-team"));
        test(fields.get(1)).setValue(name);
        test(button("action.create")).click();

        assertThat(teams()).extracting(TeamOverview::name).contains(name, tenant.teamName("alpha"));
        assertThat(team(name).leads()).isEmpty();

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
        assertThat(team(name).leads()).extracting(TeamPerson::name).containsExactly(rita);
        assertThat(team(name).members()).isEmpty();

        test(rowButton(name, "teams-admin.delete")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(teams()).extracting(TeamOverview::name).contains(name);
        assertThat($(Notification.class).all()).extracting(notification -> test(notification).getText())
                .anyMatch(text -> text.contains(name) && text.contains("ainda tem pessoas"));

        test(rowButton(name, "teams-admin.people")).click();
        Grid<?> again = $(Grid.class, $(Dialog.class).last()).single();
        test((Button) test(again).getCellComponent(0, "remove")).click();
        assertThat(test(again).size()).isZero();
        test(button("teams-admin.members.done")).click();
        test(rowButton(name, "teams-admin.delete")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(teams()).extracting(TeamOverview::name).doesNotContain(name);
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
        Grid<PersonOverview> grid = grid();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).name().equals(personName))
                .findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(row, "actions")).click();
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

    private Button rowButton(String teamName, String key) {
        Grid<TeamOverview> grid = grid();
        int row = teams().indexOf(team(teamName));
        return (Button) test(grid).getCellComponent(row, "actions").getChildren()
                .filter(child -> child instanceof Button b && text(key).equals(b.getText())).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return $view(Grid.class).single();
    }

    private <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    private List<TeamOverview> teams() {
        return rows(grid());
    }

    private TeamOverview team(String name) {
        return teams().stream().filter(team -> team.name().equals(name)).findFirst().orElseThrow();
    }

    private PersonOverview person(String name) {
        return this.<PersonOverview>rows(grid()).stream().filter(person -> person.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
