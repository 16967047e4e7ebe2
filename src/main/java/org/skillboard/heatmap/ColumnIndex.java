package org.skillboard.heatmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.assessment.LevelFact;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.Target;

/**
 * Where each skill or criterion sits among a heatmap's columns, worked out once, so that
 * levels and targets go into one array per person instead of a map per cell.
 */
final class ColumnIndex {

    private final int size;
    private final Map<String, Map<String, Integer>> byFamily = new HashMap<>();

    ColumnIndex(List<CatalogueItem> columns) {
        size = columns.size();
        for (int c = 0; c < size; c++) {
            CatalogueItem column = columns.get(c);
            byFamily.computeIfAbsent(column.family(), family -> new HashMap<>()).put(column.itemCode(), c);
        }
    }

    /** The column of an item, -1 when the heatmap does not show it. */
    int of(String family, String itemCode) {
        Map<String, Integer> items = byFamily.get(family);
        Integer column = items == null ? null : items.get(itemCode);
        return column == null ? -1 : column;
    }

    /**
     * Each person's levels by column. Should two levels come for one cell (two assessments
     * raced for a flag), the cell keeps the one {@link LevelFact#shown} keeps.
     */
    Map<Long, LevelFact[]> byPerson(List<LevelFact> facts) {
        Map<Long, LevelFact[]> levels = new HashMap<>();
        LevelFact[] row = null;
        long person = 0;
        for (LevelFact fact : facts) {
            int column = of(fact.family(), fact.itemCode());
            if (column < 0) {
                continue;
            }
            // the rows come grouped by person (the order of the index they are read by): one lookup per person
            if (row == null || fact.personId() != person) {
                person = fact.personId();
                row = levels.computeIfAbsent(person, id -> new LevelFact[size]);
            }
            LevelFact kept = row[column];
            row[column] = kept == null ? fact : LevelFact.shown(kept, fact);
        }
        return levels;
    }

    /** A person's targets by column, {@code null} when she has none. */
    Target[] targets(Map<ItemRef, Target> targets) {
        if (targets == null || targets.isEmpty()) {
            return null;
        }
        Target[] row = new Target[size];
        targets.forEach((item, target) -> {
            int column = of(item.family(), item.itemCode());
            if (column >= 0) {
                row[column] = target;
            }
        });
        return row;
    }
}
