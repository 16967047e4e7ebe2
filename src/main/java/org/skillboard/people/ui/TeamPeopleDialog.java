package org.skillboard.people.ui;

import static org.skillboard.people.ui.Refusals.attempt;
import static org.skillboard.people.ui.Refusals.roleName;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PeopleFilter;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.people.TeamRole;
import org.springframework.data.domain.PageRequest;

/**
 * Who is in one team: add people (found by typing, among thousands), make them lead or member, remove them.
 * Leavers are not listed; their places are kept for history.
 */
class TeamPeopleDialog extends Dialog {

    private final PeopleAdministration administration;
    private final long teamId;
    private final Grid<Place> places = new Grid<>();
    private final ComboBox<PersonOverview> candidate = new ComboBox<>();
    private final Select<TeamRole> role = new Select<>();
    private final Paragraph empty = new Paragraph();

    /** One person's place in the team. */
    private record Place(TeamPerson person, TeamRole role) {
    }

    TeamPeopleDialog(PeopleAdministration administration, long teamId, Runnable closed) {
        this.administration = administration;
        this.teamId = teamId;
        setWidth("min(56rem, 95vw)");
        empty.setText(getTranslation("teams-admin.members.empty"));

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
        PeopleFilter stillHere = PeopleFilter.EVERYONE.withStatus(PeopleFilter.Status.ACTIVE);
        candidate.setItems(query -> administration.findPeople(stillHere.withText(query.getFilter().orElse(null)),
                PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit())).stream());
        candidate.setClearButtonVisible(true);
        candidate.setId("team-candidate");
        role.setId("team-role");
        role.setLabel(getTranslation("teams-admin.members.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(value -> roleName(this, value));
        role.setValue(TeamRole.MEMBER);
        Button add = new Button(getTranslation("teams-admin.members.add"), VaadinIcon.PLUS.create(),
                click -> addChosenPerson());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("team-add");
        HorizontalLayout adding = new HorizontalLayout(candidate, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWidthFull();
        candidate.setWidthFull();

        add(empty, places, adding);
        getFooter().add(new Button(getTranslation("teams-admin.members.done"), click -> close()));
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                closed.run();
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
    }

    private Select<TeamRole> roleSelect(Place place) {
        Select<TeamRole> select = new Select<>();
        select.setItems(TeamRole.values());
        select.setItemLabelGenerator(value -> roleName(this, value));
        select.setValue(place.role());
        select.setAriaLabel(getTranslation("teams-admin.members.role-of", place.person().name()));
        select.addValueChangeListener(event -> {
            if (event.getValue() != null && attempt(this, () ->
                    administration.changeRole(teamId, place.person().personId(), event.getValue()))) {
                Notifications.success(getTranslation("teams-admin.members.role-changed", place.person().name(),
                        roleName(this, event.getValue())));
            }
            reload();
        });
        return select;
    }

    private Button removeButton(Place place) {
        Button remove = new Button(getTranslation("teams-admin.members.remove"), VaadinIcon.CLOSE_SMALL.create(),
                click -> {
                    if (attempt(this, () -> administration.removeFromTeam(teamId, place.person().personId()))) {
                        Notifications.success(getTranslation("teams-admin.members.removed", place.person().name()));
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
        if (attempt(this, () -> administration.addToTeam(teamId, person.id(), role.getValue()))) {
            Notifications.success(getTranslation("teams-admin.members.added", person.name()));
            candidate.clear();
            candidate.setInvalid(false);
            role.setValue(TeamRole.MEMBER);
        }
        reload();
    }
}
