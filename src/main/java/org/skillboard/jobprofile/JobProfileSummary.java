package org.skillboard.jobprofile;

import java.util.Map;

/** A job profile with the level it needs per item; an archived one is out of use and sets no targets. */
public record JobProfileSummary(long id, String key, String name, String description,
        Map<ItemRef, String> requirements, boolean archived) {
}
