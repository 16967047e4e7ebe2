package org.skillboard.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamRole;
import org.skillboard.security.Roles;

/** The tenant admin's list of people: add someone, and correct a person's name, e-mail or job title. */
@Route("admin/people")
@Menu(title = "menu.people-admin", order = 70, icon = "USERS")
@RolesAllowed(Roles.TENANT_ADMIN)
class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdministration administration;
    private final Grid<PersonOverview> grid = new Grid<>();

    PeopleAdminView(PeopleAdministration administration) {
        this.administration = administration;
        addClassName("sb-page");
        setSizeFull();

        Button create = new Button(getTranslation("people-admin.new"), VaadinIcon.PLUS.create(),
                click -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("people-admin.title")), create);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.addColumn(PersonOverview::name).setHeader(getTranslation("people-admin.column.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(PersonOverview::jobTitle).setHeader(getTranslation("people-admin.column.job-title"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(PersonOverview::email).setHeader(getTranslation("people-admin.column.email")).setFlexGrow(2);
        grid.addColumn(this::teams).setHeader(getTranslation("people-admin.column.teams")).setFlexGrow(3);
        grid.addComponentColumn(this::editButton).setKey("actions")
                .setHeader(getTranslation("people-admin.column.actions"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(header, grid);
        refresh();
    }

    private String teams(PersonOverview person) {
        return person.teams().stream()
                .map(place -> place.role() == TeamRole.LEAD
                        ? getTranslation("people-admin.team-as-lead", place.teamName())
                        : place.teamName())
                .collect(Collectors.joining(", "));
    }

    private Button editButton(PersonOverview person) {
        Button edit = new Button(getTranslation("people-admin.edit"), VaadinIcon.EDIT.create(),
                click -> openEditor(person));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void refresh() {
        grid.setItems(administration.people());
    }

    /** Creates a person when {@code existing} is null, else edits that person; the key never changes. */
    private void openEditor(PersonOverview existing) {
        boolean creating = existing == null;
        Dialog dialog = new Dialog(creating ? getTranslation("people-admin.dialog.new-title")
                : getTranslation("people-admin.dialog.edit-title", existing.name()));
        TextField key = new TextField(getTranslation("people-admin.dialog.key"));
        key.setHelperText(getTranslation("people-admin.dialog.key.help"));
        key.setRequired(creating);
        key.setReadOnly(!creating);
        TextField name = new TextField(getTranslation("people-admin.dialog.name"));
        name.setRequired(true);
        EmailField email = new EmailField(getTranslation("people-admin.dialog.email"));
        TextField jobTitle = new TextField(getTranslation("people-admin.dialog.job-title"));
        if (!creating) {
            key.setValue(existing.key());
            name.setValue(existing.name());
            email.setValue(existing.email() == null ? "" : existing.email());
            jobTitle.setValue(existing.jobTitle() == null ? "" : existing.jobTitle());
        }
        dialog.add(new FormLayout(key, name, email, jobTitle));

        Button save = new Button(getTranslation(creating ? "action.create" : "action.save"), click -> {
            try {
                PersonOverview saved = creating
                        ? administration.createPerson(key.getValue(), name.getValue(), email.getValue(),
                                jobTitle.getValue())
                        : administration.updatePerson(existing.id(), name.getValue(), email.getValue(),
                                jobTitle.getValue());
                Notifications.success(creating ? getTranslation("people-admin.created", saved.name())
                        : getTranslation("people-admin.saved", saved.name()));
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                String problem = refusal.messageKey();
                key.setInvalid(problem.equals("people.error.key") || problem.equals("people.error.person-key-taken"));
                name.setInvalid(problem.startsWith("people.error.name"));
                email.setInvalid(problem.equals("people.error.email"));
                jobTitle.setInvalid(problem.startsWith("people.error.job-title"));
                Notifications.error(getTranslation(problem, refusal.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people-admin.title") + " · " + getTranslation("app.name");
    }
}
