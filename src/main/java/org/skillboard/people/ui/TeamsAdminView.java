package org.skillboard.people.ui;

import static org.skillboard.people.ui.Refusals.attempt;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.TeamFilter;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamRow;
import org.skillboard.people.TeamTally;
import org.skillboard.security.Roles;
import org.springframework.data.domain.PageRequest;

/**
 * The tenant admin's teams: find them, create, rename, archive and restore them, and choose who is in each,
 * as lead or member. Teams are archived rather than deleted, so that their history stays.
 */
@Route("admin/teams")
@Menu(title = "menu.teams-admin", order = 71, icon = "GROUP")
@RolesAllowed(Roles.TENANT_ADMIN)
class TeamsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdministration administration;
    private final Grid<TeamRow> grid = new Grid<>();
    private final Span counts = new Span();
    private TeamFilter filter = TeamFilter.IN_USE;

    TeamsAdminView(PeopleAdministration administration) {
        this.administration = administration;
        addClassName("sb-page");
        setSizeFull();

        Button create = new Button(getTranslation("teams-admin.new"), VaadinIcon.PLUS.create(),
                click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-team");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("teams-admin.title")), counts, create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(counts);

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("teams-admin.filter.search"));
        search.setAriaLabel(getTranslation("teams-admin.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> filterBy(new TeamFilter(event.getValue(), filter.withArchived())));
        Checkbox archived = new Checkbox(getTranslation("teams-admin.filter.archived"));
        archived.addValueChangeListener(event -> filterBy(new TeamFilter(filter.text(), event.getValue())));
        HorizontalLayout filters = new HorizontalLayout(search, archived);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);

        grid.addColumn(this::name).setHeader(getTranslation("teams-admin.column.name")).setFlexGrow(2);
        grid.addColumn(this::leads).setHeader(getTranslation("teams-admin.column.leads")).setFlexGrow(2);
        grid.addColumn(TeamRow::people).setKey("size").setHeader(getTranslation("teams-admin.column.size"));
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("teams-admin.column.actions")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(query -> administration.findTeams(filter,
                        PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit())).stream(),
                query -> (int) administration.countTeams(filter));
        add(header, filters, grid);
        refresh();
    }

    private String name(TeamRow team) {
        return team.archived() ? getTranslation("teams-admin.archived-name", team.name()) : team.name();
    }

    private String leads(TeamRow team) {
        return team.leads().isEmpty() ? getTranslation("teams-admin.no-lead") : String.join(", ", team.leads());
    }

    private HorizontalLayout actions(TeamRow team) {
        if (team.archived()) {
            Button restore = new Button(getTranslation("teams-admin.restore"), click -> {
                if (attempt(this, () -> administration.restoreTeam(team.id()))) {
                    Notifications.success(getTranslation("teams-admin.restored", team.name()));
                }
                refresh();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(restore);
        }
        Button people = new Button(getTranslation("teams-admin.people"), VaadinIcon.USERS.create(),
                click -> new TeamPeopleDialog(administration, team.id(), this::refresh).open());
        Button rename = new Button(getTranslation("teams-admin.rename"), click -> openRename(team));
        Button archive = new Button(getTranslation("teams-admin.archive"), click -> confirmArchive(team));
        people.addThemeVariants(ButtonVariant.LUMO_SMALL);
        people.setId("team-people-" + team.key());
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(people, rename, archive);
    }

    private void filterBy(TeamFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    private void refresh() {
        TeamTally tally = administration.teamTally();
        counts.setText(getTranslation("teams-admin.counts", tally.inUse(), tally.archived()));
        grid.getDataProvider().refreshAll();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("teams-admin.dialog.new-title"));
        TextField name = new TextField(getTranslation("teams-admin.dialog.name"));
        name.setRequired(true);
        name.setId("team-name");
        TextField key = new TextField(getTranslation("teams-admin.dialog.key"));
        key.setHelperText(getTranslation("teams-admin.dialog.key.suggested"));
        key.setRequired(true);
        key.setId("team-key");
        boolean[] keyEdited = {false};
        key.addValueChangeListener(event -> keyEdited[0] |= event.isFromClient());
        name.addValueChangeListener(event -> {
            if (!keyEdited[0]) {
                key.setValue(event.getValue().isBlank() ? "" : administration.suggestTeamKey(event.getValue()));
            }
        });
        dialog.add(new FormLayout(name, key));
        Button save = new Button(getTranslation("action.create"), click -> {
            try {
                TeamOverview created = administration.createTeam(key.getValue(), name.getValue());
                Notifications.success(getTranslation("teams-admin.created", created.name()));
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                key.setInvalid(refusal.messageKey().startsWith("people.error.key")
                        || refusal.messageKey().equals("people.error.team-key-taken"));
                name.setInvalid(refusal.messageKey().contains("name"));
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("team-create");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openRename(TeamRow team) {
        Dialog dialog = new Dialog(getTranslation("teams-admin.rename-dialog.title", team.name()));
        TextField name = new TextField(getTranslation("teams-admin.dialog.name"));
        name.setRequired(true);
        name.setValue(team.name());
        dialog.add(new FormLayout(name));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (attempt(this, () -> administration.renameTeam(team.id(), name.getValue()))) {
                Notifications.success(getTranslation("teams-admin.renamed", name.getValue().strip()));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmArchive(TeamRow team) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("teams-admin.archive-dialog.title", team.name()));
        confirm.setText(getTranslation("teams-admin.archive-dialog.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("teams-admin.archive"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (attempt(this, () -> administration.archiveTeam(team.id()))) {
                Notifications.success(getTranslation("teams-admin.archived", team.name()));
            }
            refresh();
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams-admin.title") + " · " + getTranslation("app.name");
    }
}
