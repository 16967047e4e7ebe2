package org.skillboard.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamFilter;
import org.skillboard.people.TeamRow;
import org.springframework.data.domain.Pageable;

/** Moves a person from one of her teams to another in one step; she keeps her role (a lead stays lead). */
class MoveDialog extends Dialog {

    MoveDialog(PeopleAdministration administration, PersonOverview person, Runnable moved) {
        setHeaderTitle(getTranslation("people-admin.move-dialog.title", person.name()));
        Select<PersonOverview.Membership> from = new Select<>();
        from.setLabel(getTranslation("people-admin.move-dialog.from"));
        from.setItems(person.teams());
        from.setItemLabelGenerator(PersonOverview.Membership::teamName);
        from.setValue(person.teams().getFirst());
        Set<Long> hers = person.teams().stream().map(PersonOverview.Membership::teamId).collect(Collectors.toSet());
        ComboBox<TeamRow> to = new ComboBox<>(getTranslation("people-admin.move-dialog.to"));
        to.setItems(administration.findTeams(TeamFilter.IN_USE, Pageable.unpaged()).stream()
                .filter(team -> !hers.contains(team.id())).toList());
        to.setItemLabelGenerator(TeamRow::name);
        to.setRequired(true);
        add(new FormLayout(from, to));

        Button move = new Button(getTranslation("people-admin.move"), click -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                Notifications.error(getTranslation("people-admin.move-dialog.choose"));
                return;
            }
            try {
                administration.movePerson(person.id(), from.getValue().teamId(), to.getValue().id());
                Notifications.success(getTranslation("people-admin.moved", person.name(),
                        from.getValue().teamName(), to.getValue().name()));
                close();
                moved.run();
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), move);
    }
}
