package org.skillboard.framework.editor;

import java.util.ArrayList;
import java.util.List;
import org.skillboard.base.Message;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.editor.TextField.Place;

/**
 * What a draft has not translated yet from another language of its family: every text the other language has
 * that the draft leaves empty, or still has word for word as the other language (a copy not translated yet).
 * Levels, categories and items are matched by their codes, notes by their position; a level, category or item
 * the draft does not have is the editor's business, not a translation's, and is left out.
 */
public final class Untranslated {

    /**
     * One text in both languages.
     *
     * @param group what it belongs to, in words ("the item “Escuta”")
     * @param label which of its texts ("Overview")
     * @param where both in one ("the item “Escuta”: Overview")
     * @param theirs the other language's text
     * @param ours the draft's text, {@code null} for none
     */
    public record Text(TextField field, Message group, Message label, Message where, String theirs, String ours) {

        /** Whether the draft has a text of its own here. */
        public boolean translated() {
            return ours != null && !ours.isBlank() && !ours.strip().equals(theirs.strip());
        }
    }

    private final FrameworkDefinition draft;
    private final FrameworkDefinition other;
    private final List<Text> texts = new ArrayList<>();

    private Untranslated(FrameworkDefinition draft, FrameworkDefinition other) {
        this.draft = draft;
        this.other = other;
    }

    /** Every text of the other language the draft can have, in the order of the framework file. */
    public static List<Text> sideBySide(FrameworkDefinition draft, FrameworkDefinition other) {
        Untranslated all = new Untranslated(draft, other);
        all.collect();
        return List.copyOf(all.texts);
    }

    /** The texts the draft has not translated yet. */
    public static List<Text> in(FrameworkDefinition draft, FrameworkDefinition other) {
        return sideBySide(draft, other).stream().filter(text -> !text.translated()).toList();
    }

    private void collect() {
        Message framework = Message.of("framework-languages.group.framework");
        for (String detail : List.of(TextField.NAME, TextField.DESCRIPTION, TextField.ITEM_LABEL,
                TextField.SCALE_NAME)) {
            add(new TextField(Place.FRAMEWORK, null, detail, 0), framework, label(detail));
        }
        for (FrameworkDefinition.Level level : other.levels()) {
            if (draft.rankOf(level.code()) == 0) {
                continue;
            }
            Message group = Message.of("framework-file.where.scale-level", level.code());
            for (String detail : List.of(TextField.NAME, TextField.SUMMARY, TextField.DESCRIPTION)) {
                add(new TextField(Place.LEVEL, level.code(), detail, 0), group, label(detail));
            }
            for (int n = 0; n < level.practices().size(); n++) {
                add(new TextField(Place.LEVEL, level.code(), TextField.PRACTICE, n), group,
                        Message.of("framework-languages.field.practice", n + 1));
            }
            add(new TextField(Place.LEVEL, level.code(), TextField.NEXT_STEP, 0), group, label(TextField.NEXT_STEP));
        }
        for (FrameworkDefinition.Category category : other.categories()) {
            draft.categories().stream().filter(ours -> ours.code().equals(category.code())).findFirst()
                    .ifPresent(ours -> {
                        Message group = Message.of("framework-file.where.category", named(ours.name(),
                                category.name()));
                        for (String detail : List.of(TextField.NAME, TextField.DESCRIPTION)) {
                            add(new TextField(Place.CATEGORY, category.code(), detail, 0), group, label(detail));
                        }
                    });
        }
        for (FrameworkDefinition.Item item : other.items()) {
            draft.items().stream().filter(ours -> ours.code().equals(item.code())).findFirst()
                    .ifPresent(ours -> item(item, ours));
        }
        for (int n = 0; n < other.notes().size(); n++) {
            String title = n < draft.notes().size() ? draft.notes().get(n).title() : null;
            Message group = Message.of("framework-file.where.note", named(title, other.notes().get(n).title()));
            for (String detail : List.of(TextField.TITLE, TextField.TEXT)) {
                add(new TextField(Place.NOTE, null, detail, n), group, label(detail));
            }
        }
    }

    private void item(FrameworkDefinition.Item item, FrameworkDefinition.Item ours) {
        String name = named(ours.name(), item.name());
        Message group = Message.of("framework-file.where.item", name);
        for (String detail : List.of(TextField.NAME, TextField.OVERVIEW, TextField.GUIDANCE,
                TextField.ACTIVITIES_INTRO)) {
            add(new TextField(Place.ITEM, item.code(), detail, 0), group, label(detail));
        }
        for (int n = 0; n < item.activities().size(); n++) {
            add(new TextField(Place.ITEM, item.code(), TextField.ACTIVITY, n), group,
                    Message.of("framework-languages.field.activity", n + 1));
        }
        for (FrameworkDefinition.ItemLevel level : item.levels()) {
            if (draft.rankOf(level.code()) > 0) {
                add(new TextField(Place.ITEM_LEVEL, item.code(), level.code(), 0), group,
                        Message.of("framework-languages.field.item-level", level.code()),
                        Message.of("framework-file.where.item-level", level.code(), name));
            }
        }
    }

    private void add(TextField field, Message group, Message label) {
        add(field, group, label, Message.of("framework-languages.where", group, label));
    }

    private void add(TextField field, Message group, Message label, Message where) {
        String theirs = field.in(other);
        if (theirs != null && !theirs.isBlank()) {
            texts.add(new Text(field, group, label, where, theirs, field.in(draft)));
        }
    }

    private static Message label(String detail) {
        return Message.of("framework-languages.field." + detail);
    }

    /** The draft's name for a thing, else the other language's while the draft has none. */
    private static String named(String ours, String theirs) {
        return ours == null || ours.isBlank() ? theirs : ours;
    }
}
