package org.skillboard.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a new text of a framework can replace the current one in place. It can
 * when every level keeps its code and rank and no item or item level disappears:
 * then nothing already assessed is re-interpreted or lost. Anything else needs a
 * new version, and the current one is kept, retired.
 */
final class Compatibility {

    private Compatibility() {
    }

    /** What the newer definition would break; empty when it can be applied in place. */
    static List<String> problems(FrameworkDefinition current, FrameworkDefinition newer) {
        List<String> problems = new ArrayList<>();
        if (!current.family().equals(newer.family())) {
            problems.add("the family changes from “" + current.family() + "” to “" + newer.family() + "”");
        }
        if (current.kind() != newer.kind()) {
            problems.add("the kind changes from " + current.kind().fileName() + " to " + newer.kind().fileName());
        }
        for (FrameworkDefinition.Level level : current.levels()) {
            int before = current.rankOf(level.code());
            int after = newer.rankOf(level.code());
            if (after == 0) {
                problems.add("level “" + level.code() + "” is removed from the scale");
            } else if (after != before) {
                problems.add("level “" + level.code() + "” moves from rank " + before + " to " + after);
            }
        }
        for (FrameworkDefinition.Item item : current.items()) {
            FrameworkDefinition.Item replacement = newer.items().stream()
                    .filter(candidate -> candidate.code().equals(item.code())).findFirst().orElse(null);
            if (replacement == null) {
                problems.add("item “" + item.code() + "” is removed");
                continue;
            }
            Set<String> kept = replacement.levels().stream().map(FrameworkDefinition.ItemLevel::code)
                    .collect(Collectors.toSet());
            item.levels().stream().map(FrameworkDefinition.ItemLevel::code).filter(code -> !kept.contains(code))
                    .forEach(code -> problems.add("item “" + item.code() + "” no longer defines level “" + code + "”"));
        }
        return problems;
    }
}
