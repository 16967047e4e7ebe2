package org.skillboard.framework;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillboard.base.Message;

/**
 * The rules a framework's content follows whatever it was written in (a framework file or a
 * workbook), with the words the author is told when one is broken. Each check answers the
 * problem's message, translated when shown, or {@code null} when the value is fine; where the
 * problem is stays with the caller, who knows the line or the cell.
 */
public final class FrameworkRules {

    public static final int MAX_VERSION = 100_000;

    public static final Set<String> CHANGE_MARKS = Set.of("unchanged", "modified", "new");

    public static final Message KIND_PROBLEM = Message.of("framework-file.bad-kind");

    // as texts, so that no language writes 100000 with a separator the file must not have
    public static final Message VERSION_PROBLEM = Message.of("yaml.problem.not-a-number", "1",
            String.valueOf(MAX_VERSION));

    public static final Message ORIGIN_PROBLEM = Message.of("framework-file.bad-origin");

    public static final Message MATURITY_HAS_NO_ITEM_LEVELS = Message.of("framework-file.maturity-item-levels");

    public static final Message NO_LEVELS = Message.of("framework-file.no-levels");

    public static final Message NO_ITEMS = Message.of("framework-file.no-items");

    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{0,99}");

    /** What a code belongs to, for "another level already has the code …". */
    public enum Coded { LEVEL, CATEGORY, ITEM }

    private FrameworkRules() {
    }

    public static Message idProblem(String id) {
        return KEY.matcher(id).matches() ? null : Message.of("framework-file.bad-id", id);
    }

    public static Message familyProblem(String family) {
        return KEY.matcher(family).matches() ? null : Message.of("framework-file.bad-family", family);
    }

    public static Message codeProblem(String code) {
        return CODE.matcher(code).matches() ? null : Message.of("framework-file.bad-code", code);
    }

    public static Message duplicateCode(Coded what, String code) {
        return switch (what) {
            case LEVEL -> Message.of("framework-file.duplicate-level", code);
            case CATEGORY -> Message.of("framework-file.duplicate-category", code);
            case ITEM -> Message.of("framework-file.duplicate-item", code);
        };
    }

    public static Message changeMarkProblem(String mark) {
        return CHANGE_MARKS.contains(mark) ? null : Message.of("framework-file.bad-change-mark");
    }

    public static Message unknownCategory(String code) {
        return Message.of("framework-file.unknown-category", code);
    }

    public static Message notOnTheScale(String level, List<String> scale) {
        return Message.of("framework-file.not-on-scale", level, String.join(", ", scale));
    }

    public static Message scaleOrder(List<String> scale) {
        return Message.of("framework-file.scale-order", String.join(", ", scale));
    }

    public static Optional<FrameworkKind> kind(String name) {
        for (FrameworkKind kind : FrameworkKind.values()) {
            if (kind.fileName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Optional<Locale> language(String tag) {
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    public static Message languageProblem(String tag) {
        return Message.of("framework-file.bad-language", tag);
    }
}
