package org.skillboard.accounts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PeopleFilter;
import org.skillboard.people.PersonOverview;
import org.springframework.data.domain.PageRequest;

/** Picks a person still with the organisation, searched on the server as the administrator types. */
class PersonPicker extends ComboBox<PersonOverview> {

    PersonPicker(PeopleAdministration people, String label) {
        super(label);
        PeopleFilter active = PeopleFilter.EVERYONE.withStatus(PeopleFilter.Status.ACTIVE);
        setItems(query -> people.findPeople(active.withText(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        setItemLabelGenerator(person -> person.email() == null ? person.name()
                : person.name() + " · " + person.email());
        setWidthFull();
        setRequired(true);
    }
}
