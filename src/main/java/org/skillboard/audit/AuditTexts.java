package org.skillboard.audit;

import java.util.function.Function;
import org.skillboard.base.AdminChange;

/**
 * The words of an entry in the reader's language, the same on screen and in the export: its kind
 * ({@code audit.kind.<KIND>}), its action ({@code audit.action.<action>}, or the code's word for an action
 * without a text), and who made it, where the application itself and nobody signed in have texts of their own.
 */
public final class AuditTexts {

    private final Function<String, String> translation;

    /** @param translation the text of a key in the reader's language */
    public AuditTexts(Function<String, String> translation) {
        this.translation = translation;
    }

    public String kind(AdminChange.Kind kind) {
        return translation.apply("audit.kind." + kind.name());
    }

    public String action(String action) {
        return AuditActions.known(action) ? translation.apply("audit.action." + action) : action;
    }

    public String actor(AuditRecord entry) {
        if (entry.bySystem()) {
            return translation.apply("audit.actor.system");
        }
        return entry.byAnonymous() ? translation.apply("audit.actor.anonymous") : entry.actorName();
    }
}
