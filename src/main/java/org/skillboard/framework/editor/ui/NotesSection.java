package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.UnaryOperator;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Note;

/** Framework-wide texts, such as how to read levels an item does not define. */
final class NotesSection extends OrderedSection<Note> {

    NotesSection(DraftSession session) {
        super(session, "editor-notes", "notes[", "framework-editor.notes.heading");
    }

    @Override
    List<Note> rows() {
        return session.definition().notes();
    }

    @Override
    String label(Note note, int index) {
        return note.title() == null ? getTranslation("framework-editor.note.untitled", index + 1) : note.title();
    }

    @Override
    Note blank(int count) {
        return new Note(null, null);
    }

    @Override
    FrameworkDefinition write(FrameworkDefinition definition, List<Note> rows, List<Integer> former) {
        return Edits.notes(definition, rows);
    }

    @Override
    Component form(int index) {
        Note note = rows().get(index);
        Div form = new Div(
                Fields.line(this, "editor-note-title", "framework-editor.note.title", note.title(),
                        title -> change(index, now -> new Note(title, now.text()))),
                Fields.text(this, "editor-note-text", "framework-editor.note.text", note.text(),
                        text -> change(index, now -> new Note(now.title(), text))));
        form.addClassName("sb-editor-fields");
        return form;
    }

    private void change(int index, UnaryOperator<Note> edit) {
        session.change(definition -> Edits.notes(definition, Edits.replaced(definition.notes(), index,
                edit.apply(definition.notes().get(index)))));
    }
}
