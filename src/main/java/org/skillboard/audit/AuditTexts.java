package org.skillboard.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import org.skillboard.base.AdminChange;

/**
 * The words of an entry in the reader's language, the same on screen and in the export: its kind
 * ({@code audit.kind.<KIND>}), its action ({@code audit.action.<action>}, or the code's word for an action
 * without a text), and who made it, where the application itself and nobody signed in have texts of their own.
 */
public final class AuditTexts {

    private static final Pattern WORD = Pattern.compile("#\\{([A-Za-z0-9._-]+)}");

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

    /** A subject, before or after text with its {@code #{key}} words in the reader's language. */
    public String text(String stored) {
        if (stored == null || !stored.contains("#{")) {
            return stored;
        }
        Matcher word = WORD.matcher(stored);
        StringBuilder shown = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(shown, Matcher.quoteReplacement(translation.apply(word.group(1))));
        }
        return word.appendTail(shown).toString();
    }

    public String actor(AuditRecord entry) {
        if (entry.bySystem()) {
            return translation.apply("audit.actor.system");
        }
        return entry.byAnonymous() ? translation.apply("audit.actor.anonymous") : entry.actorName();
    }
}
