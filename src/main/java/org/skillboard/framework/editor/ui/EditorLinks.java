package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.UI;

/** Where the framework administration opens the editor. */
public final class EditorLinks {

    private EditorLinks() {
    }

    /** Opens the editor on the draft. */
    public static void open(long draftId) {
        UI.getCurrent().navigate(FrameworkEditorView.PATH + draftId);
    }
}
