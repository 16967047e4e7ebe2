package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.html.Span;

/** A tab's name with the number of problems in it, when there are any. */
final class TabLabel extends Span {

    private final Span badge = new Span();

    TabLabel(String name) {
        badge.addClassName("sb-editor-count");
        badge.setVisible(false);
        add(new Span(name), badge);
    }

    void badgeId(String id) {
        badge.setId(id);
    }

    void count(int problems) {
        badge.setText(String.valueOf(problems));
        badge.setVisible(problems > 0);
        badge.getElement().setAttribute("aria-label", getTranslation("framework-editor.problems.count", problems));
        badge.getElement().setAttribute("title", getTranslation("framework-editor.problems.count", problems));
    }
}
