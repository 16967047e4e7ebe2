package org.skillboard.accounts.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;

/** Picks a person of the tenant by name, key or e-mail, searching as the administrator types. */
class PersonPicker extends ComboBox<PersonOverview> {

    PersonPicker(PeopleAdministration people, String label) {
        super(label);
        setItems((person, typed) -> {
            String text = typed.toLowerCase(getLocale());
            return person.name().toLowerCase(getLocale()).contains(text) || person.key().contains(text)
                    || (person.email() != null && person.email().toLowerCase(getLocale()).contains(text));
        }, people.people());
        setItemLabelGenerator(person -> person.email() == null ? person.name()
                : person.name() + " · " + person.email());
        setWidthFull();
        setRequired(true);
    }
}
