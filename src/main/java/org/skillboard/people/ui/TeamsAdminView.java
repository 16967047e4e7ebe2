package org.skillboard.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.people.TeamRole;
import org.skillboard.security.Roles;

/** The tenant admin's teams: create, rename and delete them, and choose who is in each, as lead or member. */
@Route("admin/teams")
@Menu(title = "menu.teams-admin", order = 71, icon = "GROUP")
@RolesAllowed(Roles.TENANT_ADMIN)
class TeamsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdministration administration;
    private final Grid<TeamOverview> grid = new Grid<>();

    TeamsAdminView(PeopleAdministration administration) {
        this.administration = administration;
        addClassName("sb-page");
        setSizeFull();

        Button create = new Button(getTranslation("teams-admin.new"), VaadinIcon.PLUS.create(),
                click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("teams-admin.title")), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.addColumn(TeamOverview::name).setHeader(getTranslation("teams-admin.column.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(this::leads).setHeader(getTranslation("teams-admin.column.leads")).setFlexGrow(2);
        grid.addColumn(team -> team.leads().size() + team.members().size())
                .setHeader(getTranslation("teams-admin.column.size"));
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("teams-admin.column.actions")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private String leads(TeamOverview team) {
        return team.leads().isEmpty() ? getTranslation("teams-admin.no-lead")
                : team.leads().stream().map(TeamPerson::name).collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(TeamOverview team) {
        Button people = new Button(getTranslation("teams-admin.people"), VaadinIcon.USERS.create(),
                click -> new TeamPeopleDialog(team.id()).open());
        Button rename = new Button(getTranslation("teams-admin.rename"), click -> openRename(team));
        Button delete = new Button(getTranslation("teams-admin.delete"), click -> confirmDelete(team));
        people.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(people, rename, delete);
    }

    private void refresh() {
        grid.setItems(administration.teams());
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("teams-admin.dialog.new-title"));
        TextField key = new TextField(getTranslation("teams-admin.dialog.key"));
        key.setHelperText(getTranslation("teams-admin.dialog.key.help"));
        key.setRequired(true);
        TextField name = new TextField(getTranslation("teams-admin.dialog.name"));
        name.setRequired(true);
        dialog.add(new FormLayout(key, name));
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
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openRename(TeamOverview team) {
        Dialog dialog = new Dialog(getTranslation("teams-admin.rename-dialog.title", team.name()));
        TextField name = new TextField(getTranslation("teams-admin.dialog.name"));
        name.setRequired(true);
        name.setValue(team.name());
        dialog.add(new FormLayout(name));
        Button save = new Button(getTranslation("action.save"), click -> {
            if (attempt(() -> administration.renameTeam(team.id(), name.getValue()))) {
                Notifications.success(getTranslation("teams-admin.renamed", name.getValue().strip()));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(TeamOverview team) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("teams-admin.delete-dialog.title", team.name()));
        confirm.setText(getTranslation("teams-admin.delete-dialog.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("teams-admin.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (attempt(() -> administration.deleteTeam(team.id()))) {
                Notifications.success(getTranslation("teams-admin.deleted", team.name()));
            }
            refresh();
        });
        confirm.open();
    }

    /** Runs a change; a refusal is shown in the user's language and the change reported as not done. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
    }

    private String roleName(TeamRole role) {
        return switch (role) {
            case LEAD -> getTranslation("people.role.lead");
            case MEMBER -> getTranslation("people.role.member");
        };
    }

    /** One person's place in the team shown in the dialog. */
    private record Place(TeamPerson person, TeamRole role) {
    }

    /** Who is in one team: add people, make them lead or member, remove them. */
    private final class TeamPeopleDialog extends Dialog {

        private final long teamId;
        private final Grid<Place> places = new Grid<>();
        private final ComboBox<PersonOverview> candidate = new ComboBox<>();
        private final Select<TeamRole> role = new Select<>();
        private final Paragraph empty = new Paragraph(getTranslation("teams-admin.members.empty"));

        TeamPeopleDialog(long teamId) {
            this.teamId = teamId;
            setWidth("min(56rem, 95vw)");

            places.addColumn(place -> place.person().name())
                    .setHeader(getTranslation("teams-admin.members.column.name")).setFlexGrow(2);
            places.addColumn(place -> place.person().jobTitle())
                    .setHeader(getTranslation("teams-admin.members.column.job-title")).setFlexGrow(2);
            places.addComponentColumn(this::roleSelect).setKey("role")
                    .setHeader(getTranslation("teams-admin.members.column.role"));
            places.addComponentColumn(this::removeButton).setKey("remove");
            places.setAllRowsVisible(true);

            candidate.setLabel(getTranslation("teams-admin.members.person"));
            candidate.setItemLabelGenerator(person -> person.jobTitle() == null ? person.name()
                    : person.name() + " · " + person.jobTitle());
            candidate.setClearButtonVisible(true);
            role.setLabel(getTranslation("teams-admin.members.role"));
            role.setItems(TeamRole.values());
            role.setItemLabelGenerator(TeamsAdminView.this::roleName);
            role.setValue(TeamRole.MEMBER);
            Button add = new Button(getTranslation("teams-admin.members.add"), VaadinIcon.PLUS.create(),
                    click -> addChosenPerson());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout adding = new HorizontalLayout(candidate, role, add);
            adding.setAlignItems(FlexComponent.Alignment.BASELINE);
            adding.setWidthFull();
            candidate.setWidthFull();

            add(empty, places, adding);
            getFooter().add(new Button(getTranslation("teams-admin.members.done"), click -> close()));
            addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    TeamsAdminView.this.refresh();
                }
            });
            reload();
        }

        private void reload() {
            TeamOverview team = administration.team(teamId);
            setHeaderTitle(getTranslation("teams-admin.members.title", team.name()));
            List<Place> all = new ArrayList<>();
            team.leads().forEach(person -> all.add(new Place(person, TeamRole.LEAD)));
            team.members().forEach(person -> all.add(new Place(person, TeamRole.MEMBER)));
            places.setItems(all);
            places.setVisible(!all.isEmpty());
            empty.setVisible(all.isEmpty());
            Set<Long> inTeam = all.stream().map(place -> place.person().personId()).collect(Collectors.toSet());
            candidate.setItems(administration.people().stream().filter(person -> !inTeam.contains(person.id()))
                    .toList());
        }

        private Select<TeamRole> roleSelect(Place place) {
            Select<TeamRole> select = new Select<>();
            select.setItems(TeamRole.values());
            select.setItemLabelGenerator(TeamsAdminView.this::roleName);
            select.setValue(place.role());
            select.setAriaLabel(getTranslation("teams-admin.members.role-of", place.person().name()));
            select.addValueChangeListener(event -> {
                if (event.getValue() != null && attempt(() ->
                        administration.changeRole(teamId, place.person().personId(), event.getValue()))) {
                    Notifications.success(getTranslation("teams-admin.members.role-changed", place.person().name(),
                            roleName(event.getValue())));
                }
                reload();
            });
            return select;
        }

        private Button removeButton(Place place) {
            Button remove = new Button(getTranslation("teams-admin.members.remove"), VaadinIcon.CLOSE_SMALL.create(),
                    click -> {
                        if (attempt(() -> administration.removeFromTeam(teamId, place.person().personId()))) {
                            Notifications.success(getTranslation("teams-admin.members.removed",
                                    place.person().name()));
                        }
                        reload();
                    });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        }

        private void addChosenPerson() {
            PersonOverview person = candidate.getValue();
            if (person == null) {
                candidate.setInvalid(true);
                Notifications.error(getTranslation("teams-admin.members.choose"));
                return;
            }
            if (attempt(() -> administration.addToTeam(teamId, person.id(), role.getValue()))) {
                Notifications.success(getTranslation("teams-admin.members.added", person.name()));
                candidate.clear();
                candidate.setInvalid(false);
                role.setValue(TeamRole.MEMBER);
            }
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams-admin.title") + " · " + getTranslation("app.name");
    }
}
