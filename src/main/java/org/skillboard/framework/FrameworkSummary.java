package org.skillboard.framework;

import java.util.Locale;

/**
 * A framework as lists show it; an archived one is out of use but kept for history, as is a version
 * a newer one took the place of ({@code retiredOn}, {@code null} for the current version).
 */
public record FrameworkSummary(long id, String key, String family, String name, Locale language,
        FrameworkKind kind, int version, boolean archived, String scaleName, int levelCount, int itemCount,
        java.time.LocalDate retiredOn) {

    public boolean retired() {
        return retiredOn != null;
    }

    static FrameworkSummary of(Framework framework) {
        return new FrameworkSummary(framework.getId(), framework.getKey(), framework.getFamily(),
                framework.getName(), framework.getLanguage(), framework.getKind(), framework.getVersionNumber(),
                framework.isArchived(), framework.getScaleName(), framework.getLevels().size(),
                framework.getItems().size(), framework.isRetired() ? framework.getRetiredOn() : null);
    }
}
