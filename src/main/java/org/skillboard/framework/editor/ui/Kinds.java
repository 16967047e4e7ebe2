package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import org.skillboard.framework.FrameworkKind;

/** The kinds of framework in words; keys spelled out per value so that the translations test sees each. */
final class Kinds {

    private Kinds() {
    }

    static String name(Component ui, FrameworkKind kind) {
        return switch (kind) {
            case SKILLS -> ui.getTranslation("kind.SKILLS");
            case CRITERIA -> ui.getTranslation("kind.CRITERIA");
            case MATURITY -> ui.getTranslation("kind.MATURITY");
        };
    }

    /** The key of the heading over a framework's items: skills, criteria or maturity dimensions. */
    static String itemsKey(FrameworkKind kind) {
        return switch (kind) {
            case SKILLS -> "framework.items.SKILLS";
            case CRITERIA -> "framework.items.CRITERIA";
            case MATURITY -> "framework.items.MATURITY";
        };
    }
}
