package org.skillboard.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored assessment marked latest, as bulk writes need it to keep the {@code latest} and
 * {@code shown} flags right without loading the entities.
 */
record LatestRow(long id, long personId, String family, String itemCode, AssessmentKind kind, LocalDate assessedOn,
        Instant recordedAt, boolean shown) {
}
