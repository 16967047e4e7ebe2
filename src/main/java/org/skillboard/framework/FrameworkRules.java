package org.skillboard.framework;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a framework's content follows whatever it was written in (a framework file or a
 * workbook), with the words the author is told when one is broken. Each check answers the
 * problem's message, or {@code null} when the value is fine; where the problem is stays with
 * the caller, who knows the line or the cell.
 */
public final class FrameworkRules {

    public static final int MAX_VERSION = 100_000;

    public static final Set<String> CHANGE_MARKS = Set.of("unchanged", "modified", "new");

    public static final String KIND_PROBLEM = "expected skills, criteria or maturity";

    public static final String VERSION_PROBLEM = "expected a whole number from 1 to " + MAX_VERSION;

    public static final String ORIGIN_PROBLEM = "expected source or tenant";

    public static final String MATURITY_HAS_NO_ITEM_LEVELS =
            "maturity dimensions have no levels of their own: the scale's levels describe them";

    public static final String NO_LEVELS = "a scale needs at least one level";

    public static final String NO_ITEMS = "a framework needs at least one item";

    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{0,99}");

    private FrameworkRules() {
    }

    public static String idProblem(String id) {
        return KEY.matcher(id).matches() ? null : "“" + id + "” is not an id: lower-case letters, digits and hyphens";
    }

    public static String familyProblem(String family) {
        return KEY.matcher(family).matches() ? null
                : "“" + family + "” is not a family: lower-case letters, digits, hyphens";
    }

    public static String codeProblem(String code) {
        return CODE.matcher(code).matches() ? null : "“" + code + "” is not a code: letters, digits, . _ + -";
    }

    public static String duplicateCode(String what, String code) {
        return "duplicate " + what + " code “" + code + "”";
    }

    public static String changeMarkProblem(String mark) {
        return CHANGE_MARKS.contains(mark) ? null : "expected one of " + CHANGE_MARKS.stream().sorted().toList();
    }

    public static String unknownCategory(String code) {
        return "no category with the code “" + code + "”";
    }

    public static String notOnTheScale(String level, List<String> scale) {
        return "“" + level + "” is not a level of the scale " + scale;
    }

    public static String scaleOrder(List<String> scale) {
        return "levels must follow the scale's order " + scale;
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

    public static String languageProblem(String tag) {
        return "“" + tag + "” is not a language tag such as pt or pt-PT";
    }
}
