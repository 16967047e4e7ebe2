package org.skillboard.framework;

import java.util.List;

/**
 * A skill or criterion people can be rated on, named as assessments and targets name
 * it: by framework family and item code, whatever the language of its texts.
 *
 * @param levelCodes the levels the item defines, lowest first
 */
public record CatalogueItem(String family, String frameworkName, String itemCode, String itemName,
        List<String> levelCodes) {

    public boolean defines(String levelCode) {
        return levelCodes.contains(levelCode);
    }
}
