package org.skillboard.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.Message;

/**
 * Whether a new text of a framework can replace the current one in place. It can
 * when every level keeps its code and rank and no item or item level disappears:
 * then nothing already assessed is re-interpreted or lost. Anything else needs a
 * new version, and the current one is kept, retired.
 */
final class Compatibility {

    private Compatibility() {
    }

    /** What the newer definition would break, in words translated when shown; empty when it can be applied in place. */
    static List<Message> problems(FrameworkDefinition current, FrameworkDefinition newer) {
        List<Message> problems = new ArrayList<>();
        if (!current.family().equals(newer.family())) {
            problems.add(Message.of("framework-change.family", current.family(), newer.family()));
        }
        if (current.kind() != newer.kind()) {
            problems.add(Message.of("framework-change.kind", current.kind().fileName(), newer.kind().fileName()));
        }
        for (FrameworkDefinition.Level level : current.levels()) {
            int before = current.rankOf(level.code());
            int after = newer.rankOf(level.code());
            if (after == 0) {
                problems.add(Message.of("framework-change.level-removed", level.code()));
            } else if (after != before) {
                problems.add(Message.of("framework-change.level-moved", level.code(), before, after));
            }
        }
        for (FrameworkDefinition.Item item : current.items()) {
            FrameworkDefinition.Item replacement = newer.items().stream()
                    .filter(candidate -> candidate.code().equals(item.code())).findFirst().orElse(null);
            if (replacement == null) {
                problems.add(Message.of("framework-change.item-removed", named(item)));
                continue;
            }
            Set<String> kept = replacement.levels().stream().map(FrameworkDefinition.ItemLevel::code)
                    .collect(Collectors.toSet());
            item.levels().stream().map(FrameworkDefinition.ItemLevel::code).filter(code -> !kept.contains(code))
                    .forEach(code -> problems.add(
                            Message.of("framework-change.item-level-removed", named(item), code)));
        }
        return problems;
    }

    /** An item as people know it: by its name, by its code while it has none. */
    private static String named(FrameworkDefinition.Item item) {
        return item.name() == null || item.name().isBlank() ? item.code() : item.name();
    }
}
