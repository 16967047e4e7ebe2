package org.skillboard.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalogue (every skill and criterion people can be rated on) from a tenant's frameworks. */
final class CatalogueReader {

    private CatalogueReader() {
    }

    /**
     * The items of these frameworks, maturity models left out. The first framework of a family stands
     * for its translations; with {@code everyVersion}, each item of a family is taken from the first
     * framework that has it, so that older versions add the items that newer ones dropped.
     */
    static List<CatalogueItem> read(List<Framework> inUse, boolean everyVersion) {
        List<CatalogueItem> catalogue = new ArrayList<>();
        java.util.Set<String> families = new java.util.HashSet<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (Framework framework : inUse) {
            if (framework.getKind() == FrameworkKind.MATURITY
                    || !families.add(framework.getFamily()) && !everyVersion) {
                continue;
            }
            List<ScaleLevel> scale = framework.getLevels();
            Map<Integer, String> namesByRank = new HashMap<>();
            scale.forEach(level -> namesByRank.put(level.getRank(),
                    level.getName() == null ? level.getCode() : level.getName()));
            Map<String, String> categoryNames = new HashMap<>();
            framework.getCategories().forEach(category -> categoryNames.put(category.getCode(), category.getName()));
            for (FrameworkItem item : framework.getItems()) {
                if (!seen.add(List.of(framework.getFamily(), item.getCode()))) {
                    continue;
                }
                List<ItemLevel> levels = item.getLevels();
                catalogue.add(new CatalogueItem(framework.getFamily(), framework.getName(), item.getCode(),
                        item.getName(), levels.stream().map(ItemLevel::getCode).toList(),
                        categoryNames.get(item.getCategoryCode()),
                        levels.stream().map(level -> namesByRank.getOrDefault(level.getRank(), level.getCode()))
                                .toList(),
                        levels.stream().map(ItemLevel::getRank).toList(), scale.size()));
            }
        }
        return catalogue;
    }
}
