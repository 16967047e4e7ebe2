package org.skillboard.framework;

/** Where a search text was found: an item, and the level whose description matched, if any. */
public record SearchHit(long frameworkId, String frameworkName, String itemCode, String itemName, String levelCode,
        String excerpt) {
}
