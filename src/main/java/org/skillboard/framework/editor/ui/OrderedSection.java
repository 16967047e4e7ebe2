package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.skillboard.framework.FrameworkDefinition;

/**
 * A list of the draft (scale levels, categories, items, notes) beside the form of the row chosen in it. Rows are
 * added, removed and put in order by dragging, by the move buttons or with Alt+Arrow up and down; each change is
 * kept at once. Rows are their positions, so that two rows alike are still two.
 */
abstract class OrderedSection<T> extends Div {

    protected final DraftSession session;
    private final String prefix;
    private final String problemPath;
    private final Grid<Integer> list = new Grid<>();
    private final Div form = new Div();
    private final Button up;
    private final Button down;
    private final Button remove;
    private Integer shown;
    private Integer dragged;
    private boolean refreshing;

    /**
     * @param prefix the start of the ids of the section's parts ({@code editor-items} gives {@code editor-items-add})
     * @param problemPath the start of the paths of the problems in a row ({@code items[})
     */
    OrderedSection(DraftSession session, String prefix, String problemPath, String headingKey) {
        this.session = session;
        this.prefix = prefix;
        this.problemPath = problemPath;
        addClassName("sb-editor-section");
        list.setId(prefix + "-list");
        list.addComponentColumn(this::row).setHeader(getTranslation(headingKey));
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.setRowsDraggable(true);
        list.setDropMode(GridDropMode.BETWEEN);
        list.addDragStartListener(event -> dragged = event.getDraggedItems().getFirst());
        list.addDragEndListener(event -> dragged = null);
        list.addDropListener(event -> event.getDropTargetItem().ifPresent(target -> {
            if (dragged != null) {
                int to = target + (event.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                move(dragged, dragged < to ? to - 1 : to);
            }
        }));
        list.asSingleSelect().addValueChangeListener(event -> {
            if (!refreshing) {
                show(event.getValue(), false);
            }
        });
        Shortcuts.addShortcutListener(list, () -> moveSelected(-1), Key.ARROW_UP, KeyModifier.ALT).listenOn(list);
        Shortcuts.addShortcutListener(list, () -> moveSelected(1), Key.ARROW_DOWN, KeyModifier.ALT).listenOn(list);

        Button add = button("add", VaadinIcon.PLUS, "framework-editor.list.add", this::add);
        add.setText(getTranslation("framework-editor.list.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        up = button("up", VaadinIcon.ARROW_UP, "framework-editor.list.up", () -> moveSelected(-1));
        down = button("down", VaadinIcon.ARROW_DOWN, "framework-editor.list.down", () -> moveSelected(1));
        remove = button("remove", VaadinIcon.TRASH, "framework-editor.list.remove", this::removeSelected);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div tools = new Div(add, up, down, remove);
        tools.addClassName("sb-editor-tools");
        Span keys = new Span(getTranslation("framework-editor.list.keys"));
        keys.addClassName("sb-muted");
        Div side = new Div(tools, list, keys);
        side.addClassName("sb-editor-list");
        form.addClassName("sb-editor-form");
        form.setId(prefix + "-form");
        add(side, form);
        session.onChange(this::refresh);
    }

    /** The rows as the draft has them now. */
    abstract List<T> rows();

    /** How the row is named in the list. */
    abstract String label(T row, int index);

    /** A new row, the {@code count}+1st. */
    abstract T blank(int count);

    /**
     * The draft with these rows; {@code former} gives each row's position before the change, -1 for a new one.
     */
    abstract FrameworkDefinition write(FrameworkDefinition definition, List<T> rows, List<Integer> former);

    /** The form of the row at the index; each field keeps its change at once. */
    abstract Component form(int index);

    /** Chooses the row, as a problem leads to it. */
    void select(int index) {
        if (index >= 0 && index < rows().size()) {
            list.select(index);
            list.scrollToIndex(index);
            show(index, true);
        }
    }

    /** Shows the form again with what other sections changed meanwhile (a renamed level, a new category). */
    void reshow() {
        show(shown, true);
    }

    private Component row(Integer index) {
        Span label = new Span(label(rows().get(index), index));
        long problems = session.problems().stream()
                .filter(problem -> problem.field() != null && problem.field().startsWith(problemPath + index + "]"))
                .count();
        if (problems == 0) {
            return label;
        }
        Span mark = new Span(VaadinIcon.WARNING.create());
        mark.addClassName("sb-editor-row-problem");
        mark.getElement().setAttribute("title", getTranslation("framework-editor.problems.count", problems));
        mark.getElement().setAttribute("aria-label", getTranslation("framework-editor.problems.count", problems));
        return new Div(label, mark);
    }

    private void show(Integer index, boolean again) {
        if (!again && java.util.Objects.equals(index, shown)) {
            return;
        }
        shown = index != null && index < rows().size() ? index : null;
        form.removeAll();
        if (shown != null) {
            form.add(form(shown));
        } else {
            Span hint = new Span(getTranslation("framework-editor.list.choose"));
            hint.addClassName("sb-muted");
            form.add(hint);
        }
        up.setEnabled(shown != null && shown > 0);
        down.setEnabled(shown != null && shown < rows().size() - 1);
        remove.setEnabled(shown != null);
    }

    /** Lists the rows as the draft has them now, keeping the chosen one. */
    void refresh() {
        refreshing = true;
        try {
            list.setItems(IntStream.range(0, rows().size()).boxed().toList());
            if (shown != null && shown < rows().size()) {
                list.select(shown);
            } else {
                show(null, true);
            }
        } finally {
            refreshing = false;
        }
        up.setEnabled(shown != null && shown > 0);
        down.setEnabled(shown != null && shown < rows().size() - 1);
    }

    private void add() {
        List<T> rows = new ArrayList<>(rows());
        List<Integer> former = positions(rows.size());
        rows.add(blank(rows.size()));
        former.add(-1);
        session.change(definition -> write(definition, List.copyOf(rows), former));
        select(rows().size() - 1);
    }

    private void moveSelected(int by) {
        if (shown != null && shown + by >= 0 && shown + by < rows().size()) {
            move(shown, shown + by);
        }
    }

    private void move(int from, int to) {
        if (from == to) {
            return;
        }
        List<T> rows = Edits.moved(rows(), from, to);
        List<Integer> former = Edits.moved(positions(rows.size()), from, to);
        session.change(definition -> write(definition, rows, former));
        select(to);
        list.focus();
    }

    private void removeSelected() {
        if (shown == null) {
            return;
        }
        int index = shown;
        List<T> rows = Edits.removed(rows(), index);
        List<Integer> former = Edits.removed(positions(rows.size() + 1), index);
        shown = null;
        session.change(definition -> write(definition, rows, former));
        if (!rows.isEmpty()) {
            select(Math.min(index, rows.size() - 1));
        }
    }

    private static List<Integer> positions(int count) {
        return new ArrayList<>(IntStream.range(0, count).boxed().toList());
    }

    private Button button(String id, VaadinIcon icon, String key, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setId(prefix + "-" + id);
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
