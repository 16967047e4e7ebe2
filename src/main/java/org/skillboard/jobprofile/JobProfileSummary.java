package org.skillboard.jobprofile;

import java.util.Map;

/** A job profile with the level it needs per item. */
public record JobProfileSummary(long id, String key, String name, String description,
        Map<ItemRef, String> requirements) {
}
