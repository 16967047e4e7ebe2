package org.skillboard.assessment.sheets;

import java.time.Instant;

/** A confirmed upload: who, when, which file (name and SHA-256) and what it stored. */
public record ImportSummary(Instant importedAt, String importedBy, String fileName, String checksum, int added,
        int changed, int unchanged) {
}
