package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Category;
import org.skillboard.framework.FrameworkDefinition.Item;
import org.skillboard.framework.FrameworkDefinition.ItemLevel;
import org.skillboard.framework.FrameworkDefinition.Level;
import org.skillboard.framework.FrameworkKind;

/**
 * The skills, criteria or maturity dimensions: code, name, category, overview, activities, and which levels of the
 * scale each defines, with its text for each (a maturity model's texts live on the scale instead).
 */
final class ItemsSection extends OrderedSection<Item> {

    ItemsSection(DraftSession session) {
        super(session, "editor-items", "items[", Kinds.itemsKey(session.definition().kind()));
    }

    @Override
    List<Item> rows() {
        return session.definition().items();
    }

    @Override
    String label(Item item, int index) {
        return Edits.field(item.code()) + " · " + (item.name() == null ? "—" : item.name());
    }

    @Override
    Item blank(int count) {
        String code = "item-" + (count + 1);
        for (int n = count + 2; codes().contains(code); n++) {
            code = "item-" + n;
        }
        return new Item(code, getTranslation("framework-editor.item.new"), null, null, null, null, List.of(), null,
                null, false, List.of());
    }

    @Override
    FrameworkDefinition write(FrameworkDefinition definition, List<Item> rows, List<Integer> former) {
        return Edits.items(definition, rows);
    }

    @Override
    Component form(int index) {
        Item item = rows().get(index);
        Div form = new Div(
                Fields.line(this, "editor-item-code", "framework-editor.item.code", item.code(),
                        code -> change(index, now -> Edits.described(now, code == null ? "" : code, now.name(),
                                now.category(), now.overview(), now.activities()))),
                Fields.line(this, "editor-item-name", "framework-editor.item.name", item.name(),
                        name -> change(index, now -> Edits.described(now, now.code(), name, now.category(),
                                now.overview(), now.activities()))),
                category(index, item),
                Fields.text(this, "editor-item-overview", "framework-editor.item.overview", item.overview(),
                        overview -> change(index, now -> Edits.described(now, now.code(), now.name(),
                                now.category(), overview, now.activities()))),
                activities(index, item));
        form.addClassName("sb-editor-fields");
        if (session.definition().kind() != FrameworkKind.MATURITY) {
            form.add(new H4(getTranslation("framework-editor.item.levels")));
            List<Level> scale = session.definition().levels();
            for (int level = 0; level < scale.size(); level++) {
                form.add(level(index, item, level, scale.get(level)));
            }
        }
        return form;
    }

    private Component category(int index, Item item) {
        Select<String> category = new Select<>();
        category.setId("editor-item-category");
        category.setLabel(getTranslation("framework-editor.item.category"));
        List<String> codes = new ArrayList<>(session.definition().categories().stream().map(Category::code)
                .filter(Objects::nonNull).toList());
        if (item.category() != null && !codes.contains(item.category())) {
            codes.add(item.category());
        }
        category.setItems(codes);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("framework-editor.item.no-category"));
        category.setItemLabelGenerator(code -> code == null ? getTranslation("framework-editor.item.no-category")
                : session.definition().categories().stream().filter(c -> code.equals(c.code())).findFirst()
                        .map(c -> code + " · " + Edits.field(c.name())).orElse(code));
        category.setValue(item.category());
        category.setWidthFull();
        category.addValueChangeListener(event -> change(index, now -> Edits.described(now, now.code(), now.name(),
                event.getValue(), now.overview(), now.activities())));
        return category;
    }

    private Component activities(int index, Item item) {
        TextArea activities = Fields.text(this, "editor-item-activities", "framework-editor.item.activities",
                String.join("\n", item.activities()), text -> change(index, now -> Edits.described(now, now.code(),
                        now.name(), now.category(), now.overview(), lines(text))));
        activities.setHelperText(getTranslation("framework-editor.item.activities.help"));
        return activities;
    }

    /** Whether the item defines the level, and its text for it while it does. */
    private Component level(int index, Item item, int position, Level level) {
        ItemLevel defined = item.levels().stream().filter(l -> Objects.equals(l.code(), level.code())).findFirst()
                .orElse(null);
        Checkbox defines = new Checkbox(getTranslation("framework-editor.item.defines", Edits.field(level.code()),
                level.name() == null ? "" : level.name()));
        defines.setId("editor-item-level-" + position);
        defines.setValue(defined != null);
        TextArea text = Fields.text(this, "editor-item-level-" + position + "-text",
                "framework-editor.item.level-text", defined == null ? null : defined.description(),
                description -> changeLevel(index, level.code(), description));
        text.setLabel(getTranslation("framework-editor.item.level-text.for", Edits.field(level.code())));
        text.setVisible(defined != null);
        defines.addValueChangeListener(event -> {
            text.setVisible(event.getValue());
            change(index, now -> define(now, level.code(), event.getValue() ? Edits.text(text.getValue()) : null,
                    event.getValue()));
        });
        Div box = new Div(defines, text);
        box.addClassName("sb-editor-item-level");
        return box;
    }

    private void changeLevel(int index, String code, String description) {
        change(index, now -> define(now, code, description, true));
    }

    /** The item with the level defined (with this text) or not, its levels in the scale's order. */
    private Item define(Item item, String code, String description, boolean defines) {
        List<ItemLevel> levels = new ArrayList<>();
        for (Level level : session.definition().levels()) {
            ItemLevel now = item.levels().stream().filter(l -> Objects.equals(l.code(), level.code())).findFirst()
                    .orElse(null);
            if (Objects.equals(level.code(), code)) {
                if (defines) {
                    levels.add(new ItemLevel(code, description, now == null ? null : now.change()));
                }
            } else if (now != null) {
                levels.add(now);
            }
        }
        return Edits.withLevels(item, levels);
    }

    private void change(int index, UnaryOperator<Item> edit) {
        session.change(definition -> Edits.items(definition, Edits.replaced(definition.items(), index,
                edit.apply(definition.items().get(index)))));
    }

    private List<String> codes() {
        return rows().stream().map(Item::code).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
