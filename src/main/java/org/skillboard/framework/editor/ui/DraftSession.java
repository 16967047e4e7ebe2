package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.editor.DraftProblem;
import org.skillboard.framework.editor.FrameworkDrafts;

/**
 * The draft open in the editor: every change is kept at once ({@link FrameworkDrafts#save}), and whoever shows the
 * draft hears of it, with what the loader would refuse now.
 */
final class DraftSession {

    private final FrameworkDrafts drafts;
    private final Component view;
    private final long id;
    private final Integer basedOnVersion;
    private final List<Runnable> listeners = new ArrayList<>();
    private FrameworkDefinition definition;
    private List<DraftProblem> problems;
    private Instant savedAt;

    DraftSession(FrameworkDrafts drafts, Component view, FrameworkDrafts.Draft draft) {
        this.drafts = drafts;
        this.view = view;
        this.id = draft.id();
        this.basedOnVersion = draft.basedOnVersion();
        this.definition = draft.definition();
        this.problems = draft.problems();
        this.savedAt = draft.updatedAt();
    }

    long id() {
        return id;
    }

    /** The version the draft changes; {@code null} for a framework not published yet. */
    Integer basedOnVersion() {
        return basedOnVersion;
    }

    FrameworkDefinition definition() {
        return definition;
    }

    List<DraftProblem> problems() {
        return problems;
    }

    Instant savedAt() {
        return savedAt;
    }

    FrameworkDrafts drafts() {
        return drafts;
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** Applies the change to the draft and keeps it; a change that changes nothing is not saved. */
    void change(UnaryOperator<FrameworkDefinition> edit) {
        FrameworkDefinition next = edit.apply(definition);
        if (next.equals(definition)) {
            return;
        }
        try {
            problems = drafts.save(id, next);
            definition = next;
            savedAt = Instant.now();
        } catch (UserFacingException refusal) {
            Notifications.error(view.getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        listeners.forEach(Runnable::run);
    }
}
