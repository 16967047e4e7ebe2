package org.skillboard.framework.editor;

import java.util.List;
import org.skillboard.framework.FrameworkDefinition;

/**
 * A draft's texts as its file would have them for checking: a field the format requires and the administrator
 * left empty is written empty, so that the reader says "must not be empty" of that field, instead of finding the
 * word "null" there.
 */
final class DraftTexts {

    private DraftTexts() {
    }

    static FrameworkDefinition forChecking(FrameworkDefinition draft) {
        List<FrameworkDefinition.Note> notes = draft.notes().stream()
                .map(note -> new FrameworkDefinition.Note(text(note.title()), text(note.text()))).toList();
        List<FrameworkDefinition.Level> levels = draft.levels().stream()
                .map(level -> new FrameworkDefinition.Level(text(level.code()), level.name(), level.summary(),
                        level.description(), level.practices(), level.nextStep()))
                .toList();
        List<FrameworkDefinition.Category> categories = draft.categories().stream()
                .map(category -> new FrameworkDefinition.Category(text(category.code()), text(category.name()),
                        category.description()))
                .toList();
        List<FrameworkDefinition.Item> items = draft.items().stream()
                .map(item -> new FrameworkDefinition.Item(text(item.code()), text(item.name()), item.category(),
                        item.overview(), item.guidance(), item.activitiesIntro(), item.activities(), item.change(),
                        item.guidanceChange(), item.fromTenant(), item.levels()))
                .toList();
        return new FrameworkDefinition(draft.key(), text(draft.family()), text(draft.name()), draft.language(),
                draft.kind(), draft.version(), text(draft.source()), text(draft.licence()), draft.description(),
                draft.itemLabel(), notes, text(draft.scaleName()), levels, categories, items);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
