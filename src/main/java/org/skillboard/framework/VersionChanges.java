package org.skillboard.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one version of a framework to another: the items and the scale's levels added,
 * removed or changed (anything they say, or a level's place on the scale).
 */
public record VersionChanges(int fromVersion, int toVersion, List<Change> items, List<Change> levels) {

    public enum What { ADDED, REMOVED, CHANGED }

    /** One item or level, by its code and its name (in the newer version where it has one). */
    public record Change(What what, String code, String name) {
    }

    public boolean none() {
        return items.isEmpty() && levels.isEmpty();
    }

    static VersionChanges between(FrameworkDefinition older, FrameworkDefinition newer) {
        return new VersionChanges(older.version(), newer.version(),
                changes(older.items(), newer.items(), FrameworkDefinition.Item::code, FrameworkDefinition.Item::name,
                        (before, after) -> before.equals(after)),
                changes(older.levels(), newer.levels(), FrameworkDefinition.Level::code,
                        FrameworkDefinition.Level::name, (before, after) -> before.equals(after)
                                && older.rankOf(before.code()) == newer.rankOf(after.code())));
    }

    private static <T> List<Change> changes(List<T> older, List<T> newer, Function<T, String> code,
            Function<T, String> name, java.util.function.BiPredicate<T, T> same) {
        Map<String, T> before = older.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        List<Change> changes = new ArrayList<>();
        for (T after : newer) {
            T was = before.remove(code.apply(after));
            if (was == null) {
                changes.add(new Change(What.ADDED, code.apply(after), name.apply(after)));
            } else if (!same.test(was, after)) {
                String named = name.apply(after);
                changes.add(new Change(What.CHANGED, code.apply(after), named != null ? named : name.apply(was)));
            }
        }
        before.values().forEach(removed -> changes.add(new Change(What.REMOVED, code.apply(removed),
                name.apply(removed))));
        return List.copyOf(changes);
    }
}
