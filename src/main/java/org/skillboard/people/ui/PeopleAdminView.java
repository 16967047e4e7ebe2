package org.skillboard.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PeopleFilter;
import org.skillboard.people.PeopleTally;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamFilter;
import org.skillboard.people.TeamRole;
import org.skillboard.people.TeamRow;
import org.skillboard.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The tenant admin's people, a page at a time however many there are: search and filter them, add someone,
 * correct her details, move her to another team, and deactivate a leaver (or bring her back).
 */
@Route("admin/people")
@Menu(title = "menu.people-admin", order = 70, icon = "USERS")
@RolesAllowed(Roles.TENANT_ADMIN)
class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdministration administration;
    private final Grid<PersonOverview> grid = new Grid<>();
    private final Span counts = new Span();
    private final Span matches = new Span();
    private PeopleFilter filter = new PeopleFilter(null, null, PeopleFilter.Status.ACTIVE, null);

    PeopleAdminView(PeopleAdministration administration) {
        this.administration = administration;
        addClassName("sb-page");
        setSizeFull();

        Button create = new Button(getTranslation("people-admin.new"), VaadinIcon.PLUS.create(),
                click -> new PersonEditor(administration, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-person");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("people-admin.title")), counts, create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.expand(counts);

        grid.addColumn(PersonOverview::name).setHeader(getTranslation("people-admin.column.name")).setFlexGrow(2);
        grid.addColumn(PersonOverview::jobTitle).setHeader(getTranslation("people-admin.column.job-title"))
                .setFlexGrow(2);
        grid.addColumn(PersonOverview::email).setHeader(getTranslation("people-admin.column.email")).setFlexGrow(2);
        grid.addColumn(this::teams).setHeader(getTranslation("people-admin.column.teams")).setFlexGrow(3);
        grid.addColumn(this::status).setKey("status").setHeader(getTranslation("people-admin.column.status"));
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("people-admin.column.actions")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(query -> administration.findPeople(filter, page(query.getOffset(), query.getLimit())).stream(),
                query -> (int) administration.countPeople(filter));
        add(header, filters(), matches, grid);
        refresh();
    }

    private HorizontalLayout filters() {
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("people-admin.filter.search"));
        search.setAriaLabel(getTranslation("people-admin.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> filterBy(filter.withText(event.getValue())));

        ComboBox<TeamRow> team = new ComboBox<>(getTranslation("people-admin.filter.team"));
        team.setItems(administration.findTeams(TeamFilter.IN_USE, Pageable.unpaged()).getContent());
        team.setItemLabelGenerator(TeamRow::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder(getTranslation("people-admin.filter.any-team"));
        team.addValueChangeListener(event -> filterBy(filter.withTeam(
                event.getValue() == null ? null : event.getValue().id())));

        Select<PeopleFilter.Status> status = new Select<>();
        status.setLabel(getTranslation("people-admin.filter.status"));
        status.setItems(PeopleFilter.Status.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("people-admin.filter.everyone"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("people-admin.filter.everyone")
                : switch (value) {
                    case ACTIVE -> getTranslation("people-admin.status.active");
                    case LEFT -> getTranslation("people-admin.status.left");
                });
        status.setValue(filter.status());
        status.addValueChangeListener(event -> filterBy(filter.withStatus(event.getValue())));

        Select<PeopleFilter.Place> place = new Select<>();
        place.setLabel(getTranslation("people-admin.filter.place"));
        place.setItems(PeopleFilter.Place.values());
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("people-admin.filter.any-place"));
        place.setItemLabelGenerator(value -> value == null ? getTranslation("people-admin.filter.any-place")
                : switch (value) {
                    case LEAD -> getTranslation("people-admin.place.lead");
                    case MEMBER -> getTranslation("people-admin.place.member");
                    case NO_TEAM -> getTranslation("people-admin.place.no-team");
                });
        place.addValueChangeListener(event -> filterBy(filter.withPlace(event.getValue())));

        HorizontalLayout filters = new HorizontalLayout(search, team, status, place);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        return filters;
    }

    private void filterBy(PeopleFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    private static Pageable page(int offset, int limit) {
        // the grid asks for pages of a fixed size, so the offset is a multiple of the limit
        return PageRequest.of(offset / limit, limit);
    }

    private String teams(PersonOverview person) {
        return person.teams().stream()
                .map(place -> place.role() == TeamRole.LEAD
                        ? getTranslation("people-admin.team-as-lead", place.teamName())
                        : place.teamName())
                .collect(Collectors.joining(", "));
    }

    private String status(PersonOverview person) {
        return person.active() ? getTranslation("people-admin.status.active")
                : getTranslation("people-admin.status.left-on", person.leftOn());
    }

    private HorizontalLayout actions(PersonOverview person) {
        Button edit = new Button(getTranslation("people-admin.edit"), VaadinIcon.EDIT.create(),
                click -> new PersonEditor(administration, person, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (person.active()) {
            Button move = new Button(getTranslation("people-admin.move"), VaadinIcon.EXCHANGE.create(),
                    click -> new MoveDialog(administration, person, this::refresh).open());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            move.setEnabled(!person.teams().isEmpty());
            Button deactivate = new Button(getTranslation("people-admin.deactivate"),
                    click -> confirmDeactivate(person));
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(move, deactivate);
        } else {
            Button reactivate = new Button(getTranslation("people-admin.reactivate"), click -> {
                administration.reactivate(person.id());
                Notifications.success(getTranslation("people-admin.reactivated", person.name()));
                refresh();
            });
            reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(reactivate);
        }
        return actions;
    }

    private void confirmDeactivate(PersonOverview person) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("people-admin.deactivate-dialog.title", person.name()));
        confirm.setText(getTranslation("people-admin.deactivate-dialog.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("people-admin.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            administration.deactivate(person.id());
            Notifications.success(getTranslation("people-admin.deactivated", person.name()));
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        PeopleTally tally = administration.peopleTally();
        counts.setText(getTranslation("people-admin.counts", tally.active(), tally.left()));
        matches.setText(getTranslation("people-admin.matches", administration.countPeople(filter)));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people-admin.title") + " · " + getTranslation("app.name");
    }
}
