package org.skillboard.assessment;

/** How many rows of an import added a first level, changed one, or changed nothing. */
public record ImportCounts(int added, int changed, int unchanged) {
}
