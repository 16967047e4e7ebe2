package org.skillboard.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an assessor reads before choosing a level: the item and each level it defines,
 * with the level's description, in the framework's language.
 */
public record ItemLevels(String family, String itemCode, String frameworkName, Locale language, String itemName,
        String overview, List<LevelText> levels) {

    /** One level the item defines; {@code description} may be {@code null} for a band listed without one. */
    public record LevelText(String code, String name, String description) {
    }

    /** What the next level asks for: the level after the one held, the first when none is, nothing at the top. */
    public Optional<LevelText> after(String held) {
        if (held == null) {
            return levels.stream().findFirst();
        }
        for (int i = 0; i < levels.size() - 1; i++) {
            if (levels.get(i).code().equals(held)) {
                return Optional.of(levels.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public boolean defines(String levelCode) {
        return levels.stream().anyMatch(level -> level.code().equals(levelCode));
    }

    /** "CSMG Customer service support" for a short code; the name alone where the code is a long slug. */
    public String displayName() {
        return itemCode.length() <= 8 ? itemCode + " " + itemName : itemName;
    }
}
