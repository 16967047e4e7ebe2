package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDefinition.Category;
import org.skillboard.framework.FrameworkDefinition.Item;

/** The groups of items. A renamed code is renamed in the items of the category, so that they stay in it. */
final class CategoriesSection extends OrderedSection<Category> {

    CategoriesSection(DraftSession session) {
        super(session, "editor-categories", "categories[", "framework-editor.categories.heading");
    }

    @Override
    List<Category> rows() {
        return session.definition().categories();
    }

    @Override
    String label(Category category, int index) {
        return Edits.field(category.code()) + (category.name() == null ? "" : " · " + category.name());
    }

    @Override
    Category blank(int count) {
        return new Category("c" + (count + 1), null, null);
    }

    @Override
    FrameworkDefinition write(FrameworkDefinition definition, List<Category> rows, List<Integer> former) {
        return Edits.categories(definition, rows);
    }

    @Override
    Component form(int index) {
        Category category = rows().get(index);
        Div form = new Div(
                Fields.line(this, "editor-category-code", "framework-editor.category.code", category.code(),
                        code -> changeCode(index, code)),
                Fields.line(this, "editor-category-name", "framework-editor.category.name", category.name(),
                        name -> change(index, now -> new Category(now.code(), name, now.description()))),
                Fields.text(this, "editor-category-description", "framework-editor.category.description",
                        category.description(),
                        description -> change(index, now -> new Category(now.code(), now.name(), description))));
        form.addClassName("sb-editor-fields");
        return form;
    }

    private void changeCode(int index, String code) {
        session.change(definition -> {
            Category now = definition.categories().get(index);
            List<Item> items = definition.items().stream()
                    .map(item -> now.code() != null && Objects.equals(item.category(), now.code())
                            ? Edits.described(item, item.code(), item.name(), code, item.overview(),
                                    item.activities())
                            : item)
                    .toList();
            return Edits.items(Edits.categories(definition, Edits.replaced(definition.categories(), index,
                    new Category(code, now.name(), now.description()))), items);
        });
    }

    private void change(int index, UnaryOperator<Category> edit) {
        session.change(definition -> Edits.categories(definition, Edits.replaced(definition.categories(), index,
                edit.apply(definition.categories().get(index)))));
    }
}
