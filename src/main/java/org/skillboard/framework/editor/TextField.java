package org.skillboard.framework.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Category;
import org.skillboard.framework.FrameworkDefinition.Item;
import org.skillboard.framework.FrameworkDefinition.ItemLevel;
import org.skillboard.framework.FrameworkDefinition.Level;
import org.skillboard.framework.FrameworkDefinition.Note;

/**
 * One text of a framework that a translation has too: found by what it belongs to (levels, categories and items
 * by their codes, notes, activities and practices by their position), so that the same field can be read in two
 * languages and typed into a draft.
 *
 * @param place what the text belongs to
 * @param code the code of the level, category or item; {@code null} for the framework and for notes
 * @param detail which of its texts: {@code name}, {@code description}, ...; for an item level, the level's code
 * @param index the position of a note, an activity or a practice, counted from 0; else 0
 */
public record TextField(Place place, String code, String detail, int index) {

    /** What a text belongs to. */
    public enum Place { FRAMEWORK, LEVEL, CATEGORY, ITEM, ITEM_LEVEL, NOTE }

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String ITEM_LABEL = "item-label";
    static final String SCALE_NAME = "scale-name";
    static final String SUMMARY = "summary";
    static final String PRACTICE = "practice";
    static final String NEXT_STEP = "next-step";
    static final String OVERVIEW = "overview";
    static final String GUIDANCE = "guidance";
    static final String ACTIVITIES_INTRO = "activities-intro";
    static final String ACTIVITY = "activity";
    static final String TITLE = "title";
    static final String TEXT = "text";

    /** The text in the definition; {@code null} where it has none, or has not what the text belongs to. */
    public String in(FrameworkDefinition definition) {
        return switch (place) {
            case FRAMEWORK -> switch (detail) {
                case NAME -> definition.name();
                case DESCRIPTION -> definition.description();
                case ITEM_LABEL -> definition.itemLabel();
                default -> definition.scaleName();
            };
            case LEVEL -> definition.levels().stream().filter(level -> code.equals(level.code())).findFirst()
                    .map(this::of).orElse(null);
            case CATEGORY -> definition.categories().stream().filter(category -> code.equals(category.code()))
                    .findFirst().map(category -> NAME.equals(detail) ? category.name() : category.description())
                    .orElse(null);
            case ITEM, ITEM_LEVEL -> item(definition).map(this::of).orElse(null);
            case NOTE -> index < definition.notes().size()
                    ? (TITLE.equals(detail) ? definition.notes().get(index).title()
                            : definition.notes().get(index).text())
                    : null;
        };
    }

    /**
     * The definition with this text as given, a blank one as no text; an item level or a note the definition lacks
     * is added. Nothing changes where the level, category or item the text belongs to is missing.
     */
    public FrameworkDefinition typed(FrameworkDefinition d, String typed) {
        String text = typed == null || typed.isBlank() ? null : typed;
        return switch (place) {
            case FRAMEWORK -> new FrameworkDefinition(d.key(), d.family(), NAME.equals(detail) ? text : d.name(),
                    d.language(), d.kind(), d.version(), d.source(), d.licence(),
                    DESCRIPTION.equals(detail) ? text : d.description(),
                    ITEM_LABEL.equals(detail) ? text : d.itemLabel(), d.notes(),
                    SCALE_NAME.equals(detail) ? text : d.scaleName(), d.levels(), d.categories(), d.items());
            case LEVEL -> with(d, d.notes(), d.levels().stream()
                    .map(level -> code.equals(level.code()) ? level(level, text) : level).toList(),
                    d.categories(), d.items());
            case CATEGORY -> with(d, d.notes(), d.levels(), d.categories().stream()
                    .map(category -> code.equals(category.code()) ? new Category(category.code(),
                            NAME.equals(detail) ? text : category.name(),
                            DESCRIPTION.equals(detail) ? text : category.description()) : category)
                    .toList(), d.items());
            case ITEM -> withItem(d, item -> item(item, text));
            case ITEM_LEVEL -> withItem(d, item -> itemLevel(item, text, d));
            case NOTE -> with(d, note(d.notes(), text), d.levels(), d.categories(), d.items());
        };
    }

    private String of(Level level) {
        return switch (detail) {
            case NAME -> level.name();
            case SUMMARY -> level.summary();
            case DESCRIPTION -> level.description();
            case PRACTICE -> index < level.practices().size() ? level.practices().get(index) : null;
            default -> level.nextStep();
        };
    }

    private String of(Item item) {
        if (place == Place.ITEM_LEVEL) {
            return item.levels().stream().filter(level -> detail.equals(level.code())).findFirst()
                    .map(ItemLevel::description).orElse(null);
        }
        return switch (detail) {
            case NAME -> item.name();
            case OVERVIEW -> item.overview();
            case GUIDANCE -> item.guidance();
            case ACTIVITIES_INTRO -> item.activitiesIntro();
            default -> index < item.activities().size() ? item.activities().get(index) : null;
        };
    }

    private java.util.Optional<Item> item(FrameworkDefinition definition) {
        return definition.items().stream().filter(item -> code.equals(item.code())).findFirst();
    }

    private Level level(Level l, String text) {
        return new Level(l.code(), NAME.equals(detail) ? text : l.name(), SUMMARY.equals(detail) ? text : l.summary(),
                DESCRIPTION.equals(detail) ? text : l.description(),
                PRACTICE.equals(detail) ? entry(l.practices(), text) : l.practices(),
                NEXT_STEP.equals(detail) ? text : l.nextStep());
    }

    private Item item(Item i, String text) {
        return new Item(i.code(), NAME.equals(detail) ? text : i.name(), i.category(),
                OVERVIEW.equals(detail) ? text : i.overview(), GUIDANCE.equals(detail) ? text : i.guidance(),
                ACTIVITIES_INTRO.equals(detail) ? text : i.activitiesIntro(),
                ACTIVITY.equals(detail) ? entry(i.activities(), text) : i.activities(), i.change(),
                i.guidanceChange(), i.fromTenant(), i.levels());
    }

    /** The item's level described so; a level it did not define yet is added in the scale's order. */
    private Item itemLevel(Item i, String text, FrameworkDefinition d) {
        List<ItemLevel> levels = new ArrayList<>(i.levels());
        int at = -1;
        for (int n = 0; n < levels.size(); n++) {
            if (detail.equals(levels.get(n).code())) {
                at = n;
            }
        }
        if (at >= 0) {
            levels.set(at, new ItemLevel(detail, text, levels.get(at).change()));
        } else {
            levels.add(new ItemLevel(detail, text, null));
            levels.sort(Comparator.comparingInt(level -> d.rankOf(level.code())));
        }
        return new Item(i.code(), i.name(), i.category(), i.overview(), i.guidance(), i.activitiesIntro(),
                i.activities(), i.change(), i.guidanceChange(), i.fromTenant(), List.copyOf(levels));
    }

    /** A list with the entry at this field's position typed; missing entries before it are left empty. */
    private List<String> entry(List<String> entries, String text) {
        List<String> changed = new ArrayList<>(entries);
        while (changed.size() <= index) {
            changed.add("");
        }
        changed.set(index, text == null ? "" : text);
        return List.copyOf(changed);
    }

    private List<Note> note(List<Note> notes, String text) {
        List<Note> changed = new ArrayList<>(notes);
        while (changed.size() <= index) {
            changed.add(new Note("", ""));
        }
        Note note = changed.get(index);
        String value = text == null ? "" : text;
        changed.set(index, TITLE.equals(detail) ? new Note(value, note.text()) : new Note(note.title(), value));
        return List.copyOf(changed);
    }

    private FrameworkDefinition withItem(FrameworkDefinition d, UnaryOperator<Item> change) {
        return with(d, d.notes(), d.levels(), d.categories(),
                d.items().stream().map(item -> code.equals(item.code()) ? change.apply(item) : item).toList());
    }

    private static FrameworkDefinition with(FrameworkDefinition d, List<Note> notes, List<Level> levels,
            List<Category> categories, List<Item> items) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(),
                d.source(), d.licence(), d.description(), d.itemLabel(), notes, d.scaleName(), levels, categories,
                items);
    }
}
