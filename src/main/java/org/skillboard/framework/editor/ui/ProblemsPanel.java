package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import org.skillboard.framework.editor.DraftProblem;

/**
 * What the loader would refuse in the draft now, each as "where: what" in the reader's language; choosing one goes
 * to the item or level concerned.
 */
final class ProblemsPanel extends Div {

    private final DraftSession session;
    private final Consumer<DraftProblem> go;
    private final H3 heading = new H3();
    private final UnorderedList list = new UnorderedList();

    ProblemsPanel(DraftSession session, Consumer<DraftProblem> go) {
        this.session = session;
        this.go = go;
        setId("editor-problems");
        addClassName("sb-editor-problems");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
        heading.setId("editor-problems-heading");
        add(heading, list);
        session.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        List<DraftProblem> problems = session.problems();
        list.removeAll();
        setClassName("sb-ok", problems.isEmpty());
        if (problems.isEmpty()) {
            heading.setText(getTranslation("framework-editor.problems.none"));
            getElement().setAttribute("aria-label", heading.getText());
            return;
        }
        heading.setText(getTranslation("framework-editor.problems.count", problems.size()));
        getElement().setAttribute("aria-label", heading.getText());
        for (DraftProblem problem : problems) {
            String text = text(problem);
            Button link = new Button(text, click -> go.accept(problem));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("sb-editor-problem");
            list.add(new ListItem(link));
        }
    }

    /** The problem in words: "the level G of the item “Escuta”: must not be empty". */
    String text(DraftProblem problem) {
        String what = problem.what().in(this::getTranslation);
        String text = problem.where() == null ? what : problem.where().in(this::getTranslation) + ": " + what;
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }

}
