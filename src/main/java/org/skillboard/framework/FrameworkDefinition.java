package org.skillboard.framework;

import java.util.List;
import java.util.Locale;

/**
 * A framework as a file describes it (format: docs/framework-format.md), checked
 * and complete. It is what is loaded into the database and what is written back
 * out, so a round trip file → app → file loses nothing.
 */
public record FrameworkDefinition(String key, String family, String name, Locale language, FrameworkKind kind,
        int version, String source, String licence, String description, String itemLabel, List<Note> notes,
        String scaleName, List<Level> levels, List<Category> categories, List<Item> items) {

    /** A framework-wide text, in the source's words. */
    public record Note(String title, String text) {
    }

    /** A level of the scale; its rank is its position, lowest first, counted from 1. */
    public record Level(String code, String name, String summary, String description, List<String> practices,
            String nextStep) {
    }

    public record Category(String code, String name, String description) {
    }

    /** A skill, criterion or maturity dimension. */
    public record Item(String code, String name, String category, String overview, String guidance,
            String activitiesIntro, List<String> activities, String change, String guidanceChange, boolean fromTenant,
            List<ItemLevel> levels) {
    }

    /** A level an item defines; {@code description} is {@code null} for a band listed without a text. */
    public record ItemLevel(String code, String description, String change) {
    }

    /** The same framework numbered as another version. */
    public FrameworkDefinition withVersion(int newVersion) {
        return new FrameworkDefinition(key, family, name, language, kind, newVersion, source, licence, description,
                itemLabel, notes, scaleName, levels, categories, items);
    }

    /**
     * The same content as a framework of its own, version 1: a copy to change ({@code family} a new one), or a
     * translation ({@code family} this one's, {@code language} another).
     */
    public FrameworkDefinition copiedAs(String newKey, String newFamily, String newName, Locale newLanguage) {
        return new FrameworkDefinition(newKey, newFamily, newName, newLanguage, kind, 1, source, licence, description,
                itemLabel, notes, scaleName, levels, categories, items);
    }

    /** The rank of a level code on this framework's scale, 1 for the lowest; 0 if it is not on the scale. */
    public int rankOf(String levelCode) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(levelCode)) {
                return i + 1;
            }
        }
        return 0;
    }
}
