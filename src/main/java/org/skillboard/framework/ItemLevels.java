package org.skillboard.framework;

import java.util.List;
import java.util.Locale;

/**
 * What an assessor reads before choosing a level: the item and each level it defines,
 * with the level's description, in the framework's language.
 */
public record ItemLevels(String family, String itemCode, String frameworkName, Locale language, String itemName,
        String overview, List<LevelText> levels) {

    /** One level the item defines; {@code description} may be {@code null} for a band listed without one. */
    public record LevelText(String code, String name, String description) {
    }

    public boolean defines(String levelCode) {
        return levels.stream().anyMatch(level -> level.code().equals(levelCode));
    }

    /** "CSMG Customer service support" for a short code; the name alone where the code is a long slug. */
    public String displayName() {
        return itemCode.length() <= 8 ? itemCode + " " + itemName : itemName;
    }
}
