package org.skillboard.framework.editor.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Category;
import org.skillboard.framework.FrameworkDefinition.Item;
import org.skillboard.framework.FrameworkDefinition.ItemLevel;
import org.skillboard.framework.FrameworkDefinition.Level;
import org.skillboard.framework.FrameworkDefinition.Note;

/**
 * Changes to the immutable {@link FrameworkDefinition} the editor works on: each gives a new definition. Items keep
 * their level codes in step with the scale: a renamed level is renamed in every item, a removed one leaves them,
 * and their levels follow the scale's order.
 */
final class Edits {

    private Edits() {
    }

    /** An optional text as the definition keeps it: an empty field is no text. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A text for a field: no text is an empty field. */
    static String field(String value) {
        return value == null ? "" : value;
    }

    static FrameworkDefinition details(FrameworkDefinition d, String name, java.util.Locale language, String source,
            String licence, String description, String itemLabel) {
        return new FrameworkDefinition(d.key(), d.family(), name, language, d.kind(), d.version(), source, licence,
                description, itemLabel, d.notes(), d.scaleName(), d.levels(), d.categories(), d.items());
    }

    static FrameworkDefinition scaleName(FrameworkDefinition d, String scaleName) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(), d.source(),
                d.licence(), d.description(), d.itemLabel(), d.notes(), scaleName, d.levels(), d.categories(),
                d.items());
    }

    static FrameworkDefinition notes(FrameworkDefinition d, List<Note> notes) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(), d.source(),
                d.licence(), d.description(), d.itemLabel(), notes, d.scaleName(), d.levels(), d.categories(),
                d.items());
    }

    static FrameworkDefinition categories(FrameworkDefinition d, List<Category> categories) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(), d.source(),
                d.licence(), d.description(), d.itemLabel(), d.notes(), d.scaleName(), d.levels(), categories,
                d.items());
    }

    static FrameworkDefinition items(FrameworkDefinition d, List<Item> items) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(), d.source(),
                d.licence(), d.description(), d.itemLabel(), d.notes(), d.scaleName(), d.levels(), d.categories(),
                items);
    }

    /**
     * The scale as given; {@code renamed} maps each new level to the code it had (or {@code null} for a new one),
     * so that items follow: renamed levels are renamed in them, levels no longer on the scale leave them.
     */
    static FrameworkDefinition levels(FrameworkDefinition d, List<Level> levels, List<String> formerCodes) {
        List<Item> items = d.items().stream().map(item -> {
            List<ItemLevel> kept = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                String former = formerCodes.get(i);
                String now = levels.get(i).code();
                item.levels().stream().filter(level -> former != null && Objects.equals(level.code(), former))
                        .findFirst()
                        .ifPresent(level -> kept.add(new ItemLevel(now, level.description(), level.change())));
            }
            return withLevels(item, kept);
        }).toList();
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(), d.source(),
                d.licence(), d.description(), d.itemLabel(), d.notes(), d.scaleName(), levels, d.categories(),
                items);
    }

    /** The scale's codes as they are, for {@link #levels}: every level keeps its own. */
    static List<String> codes(List<Level> levels) {
        return new ArrayList<>(levels.stream().map(Level::code).toList());
    }

    static Item withLevels(Item item, List<ItemLevel> levels) {
        return new Item(item.code(), item.name(), item.category(), item.overview(), item.guidance(),
                item.activitiesIntro(), item.activities(), item.change(), item.guidanceChange(), item.fromTenant(),
                levels);
    }

    static Item described(Item item, String code, String name, String category, String overview,
            List<String> activities) {
        return new Item(code, name, category, overview, item.guidance(), item.activitiesIntro(), activities,
                item.change(), item.guidanceChange(), item.fromTenant(), item.levels());
    }

    static Level level(Level level, String code, String name, String summary, String description) {
        return new Level(code, name, summary, description, level.practices(), level.nextStep());
    }

    static <T> List<T> replaced(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return List.copyOf(copy);
    }

    static <T> List<T> moved(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return List.copyOf(copy);
    }

    static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    static <T> List<T> added(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
