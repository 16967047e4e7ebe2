package org.skillboard.framework;

import java.util.List;

/**
 * A skill or criterion people can be rated on, named as assessments and targets name
 * it: by framework family and item code, whatever the language of its texts.
 *
 * @param levelCodes the levels the item defines, lowest first
 * @param levelNames the scale's name for each of those levels (the code when the scale names none)
 * @param levelRanks each level's rank on the framework's scale, 1 for the scale's lowest level
 * @param scaleSize how many levels the framework's scale has
 */
public record CatalogueItem(String family, String frameworkName, String itemCode, String itemName,
        List<String> levelCodes, String categoryName, List<String> levelNames, List<Integer> levelRanks,
        int scaleSize) {

    /**
     * Where a level sits on its framework's scale, from 0 (the scale's lowest level) to 1
     * (its highest), so that numbers and letter bands share one colour ramp.
     */
    public double position(int index) {
        return scaleSize <= 1 ? 1 : (levelRanks.get(index) - 1) / (double) (scaleSize - 1);
    }

    public boolean defines(String levelCode) {
        return levelCodes.contains(levelCode);
    }

    /** The position of a level among the item's own levels, lowest 0; -1 if the item does not define it. */
    public int indexOf(String levelCode) {
        return levelCodes.indexOf(levelCode);
    }

    /** Codes up to this long are shown as they are; longer ones (criteria slugs) give way to the name. */
    private static final int SHORT_CODE = 8;
    private static final int SHORT_LABEL = 24;

    /**
     * The code as people may read it: a short code such as SFIA's "CEXP" is a name people use; a long
     * one ("conocimiento-productos-servicios") is a key for files only, and {@code null} here.
     */
    public String shownCode() {
        return shownCode(itemCode);
    }

    /** As {@link #shownCode()}, for a code alone. */
    public static String shownCode(String code) {
        return code != null && code.length() <= SHORT_CODE ? code : null;
    }

    /** The item as a sentence names it: its short code and name, or its name alone when the code is a key. */
    public static String named(String code, String name) {
        String shown = shownCode(code);
        if (name == null || name.isBlank()) {
            return code;
        }
        return shown == null ? name : shown + " " + name;
    }

    /**
     * A label for narrow places (column headers, chart legends): the code when it is short,
     * as SFIA codes are; otherwise the name, in sentence case if the source writes it in
     * capitals, cut to {@value #SHORT_LABEL} characters.
     */
    public String shortLabel() {
        String label = label();
        return label.length() <= SHORT_LABEL ? label : label.substring(0, SHORT_LABEL - 1).strip() + "…";
    }

    /**
     * As {@link #shortLabel()}, whole: for places with room to wrap, such as a workbook's column
     * headers, where a cut name would be all a reader has.
     */
    public String label() {
        if (itemCode.length() <= SHORT_CODE || itemName == null || itemName.isBlank()) {
            return itemCode;
        }
        String name = itemName.strip();
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            name = name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return name;
    }
}
