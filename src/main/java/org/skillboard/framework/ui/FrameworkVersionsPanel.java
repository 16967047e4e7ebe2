package org.skillboard.framework.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.FrameworkVersions;
import org.skillboard.framework.VersionChanges;

/**
 * The versions of a framework on its page: a picker that opens a retired version (read only, as
 * everything in the library is), a note on a retired version, and what changed from the version
 * before the one shown (or, on a retired version, from it to the current one).
 */
class FrameworkVersionsPanel extends Composite<Div> {

    FrameworkVersionsPanel(FrameworkVersions versions, FrameworkSummary shown) {
        Div panel = getContent();
        panel.addClassName("sb-versions");
        List<FrameworkSummary> all = versions.versions(shown.id());
        if (all.size() < 2) {
            panel.setVisible(false);
            return;
        }
        Locale locale = getLocale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Select<FrameworkSummary> picker = new Select<>();
        picker.setId("framework-version");
        picker.setLabel(panel.getTranslation("framework.versions.pick"));
        picker.setItems(all);
        picker.setItemLabelGenerator(version -> version.retired()
                ? panel.getTranslation("framework.versions.retired", version.version(), dates.format(version.retiredOn()))
                : panel.getTranslation("framework.versions.current", version.version()));
        picker.setValue(all.stream().filter(version -> version.id() == shown.id()).findFirst().orElseThrow());
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(FrameworkView.class, FrameworkLibraryView.route(event.getValue().id()));
            }
        });
        panel.add(picker);
        FrameworkSummary current = all.getFirst();
        if (shown.retired()) {
            Paragraph note = new Paragraph(panel.getTranslation("framework.versions.retired-note", shown.version(),
                    dates.format(shown.retiredOn()), current.version()));
            note.addClassName("sb-retired-note");
            panel.add(note);
            panel.add(changes(panel, versions.changes(shown.id(), current.id())));
        } else {
            panel.add(changes(panel, versions.changes(all.get(1).id(), shown.id())));
        }
    }

    /** Items and levels added, removed or changed from one version to the other, or that nothing did. */
    private static Details changes(Div panel, VersionChanges changes) {
        Details details = new Details(panel.getTranslation("framework.versions.changes", changes.fromVersion(),
                changes.toVersion()));
        details.addClassName("sb-version-changes");
        if (changes.none()) {
            details.add(new Paragraph(panel.getTranslation("framework.versions.no-changes")));
            return details;
        }
        UnorderedList list = new UnorderedList();
        changes.items().forEach(change -> list.add(line(panel, switch (change.what()) {
            case ADDED -> "framework.versions.item.added";
            case REMOVED -> "framework.versions.item.removed";
            case CHANGED -> "framework.versions.item.changed";
        }, change)));
        changes.levels().forEach(change -> list.add(line(panel, switch (change.what()) {
            case ADDED -> "framework.versions.level.added";
            case REMOVED -> "framework.versions.level.removed";
            case CHANGED -> "framework.versions.level.changed";
        }, change)));
        details.add(list);
        return details;
    }

    private static ListItem line(Div panel, String key, VersionChanges.Change change) {
        String name = change.name() == null || change.name().equals(change.code()) ? change.code()
                : change.code() + " " + change.name();
        return new ListItem(panel.getTranslation(key, name));
    }
}
