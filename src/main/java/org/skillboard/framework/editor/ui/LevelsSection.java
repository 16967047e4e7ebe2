package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Level;

/**
 * The levels of the scale, lowest first: a level's rank is its place. A renamed code is renamed in every item that
 * defines the level, and a removed level leaves the items with it.
 */
final class LevelsSection extends OrderedSection<Level> {

    LevelsSection(DraftSession session) {
        super(session, "editor-levels", "scale.levels[", "framework-editor.levels.heading");
    }

    @Override
    List<Level> rows() {
        return session.definition().levels();
    }

    @Override
    String label(Level level, int index) {
        String code = level.code() == null ? "?" : level.code();
        return (index + 1) + ". " + code + (level.name() == null ? "" : " · " + level.name());
    }

    @Override
    Level blank(int count) {
        return new Level(String.valueOf(count + 1), null, null, null, List.of(), null);
    }

    @Override
    FrameworkDefinition write(FrameworkDefinition definition, List<Level> rows, List<Integer> former) {
        List<Level> before = definition.levels();
        return Edits.levels(definition, rows,
                former.stream().map(index -> index < 0 ? null : before.get(index).code()).toList());
    }

    @Override
    Component form(int index) {
        Level level = rows().get(index);
        Paragraph rank = new Paragraph(getTranslation("framework-editor.level.rank", index + 1));
        rank.addClassName("sb-muted");
        Div form = new Div(rank,
                Fields.line(this, "editor-level-code", "framework-editor.level.code", level.code(),
                        code -> changeCode(index, code == null ? "" : code)),
                Fields.line(this, "editor-level-name", "framework-editor.level.name", level.name(),
                        name -> change(index, now -> Edits.level(now, now.code(), name, now.summary(),
                                now.description()))),
                Fields.text(this, "editor-level-summary", "framework-editor.level.summary", level.summary(),
                        summary -> change(index, now -> Edits.level(now, now.code(), now.name(), summary,
                                now.description()))),
                Fields.text(this, "editor-level-description", "framework-editor.level.description",
                        level.description(), description -> change(index, now -> Edits.level(now, now.code(),
                                now.name(), now.summary(), description))));
        form.addClassName("sb-editor-fields");
        return form;
    }

    /** A new code for the level, in the items too: they keep defining the same level. */
    private void changeCode(int index, String code) {
        session.change(definition -> {
            List<Level> levels = definition.levels();
            Level now = levels.get(index);
            List<String> former = Edits.codes(levels);
            return Edits.levels(definition, Edits.replaced(levels, index,
                    Edits.level(now, code, now.name(), now.summary(), now.description())), former);
        });
    }

    private void change(int index, java.util.function.UnaryOperator<Level> edit) {
        session.change(definition -> Edits.levels(definition,
                Edits.replaced(definition.levels(), index, edit.apply(definition.levels().get(index))),
                Edits.codes(definition.levels())));
    }
}
