package org.skillboard.framework;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Finding a text in the frameworks in use, for {@link FrameworkService#search}. */
final class FrameworkSearch {

    private static final int EXCERPT = 160;
    private static final int MAX_HITS = 200;

    private FrameworkSearch() {
    }

    static List<SearchHit> hits(List<Framework> inUse, String text) {
        String needle = fold(text == null ? "" : text.strip());
        List<SearchHit> hits = new ArrayList<>();
        if (needle.length() < 2) {
            return hits;
        }
        for (Framework framework : inUse) {
            for (FrameworkDefinition.Item item : framework.definition().items()) {
                String itemText = String.join(" ", nonNull(item.code()), nonNull(item.name()),
                        nonNull(item.overview()), nonNull(item.guidance()), String.join(" ", item.activities()));
                if (fold(itemText).contains(needle)) {
                    hits.add(new SearchHit(framework.getId(), framework.getName(), item.code(), item.name(), null,
                            excerpt(item.overview() != null ? item.overview() : item.name(), needle)));
                }
                for (FrameworkDefinition.ItemLevel level : item.levels()) {
                    if (level.description() != null && fold(level.description()).contains(needle)) {
                        hits.add(new SearchHit(framework.getId(), framework.getName(), item.code(), item.name(),
                                level.code(), excerpt(level.description(), needle)));
                    }
                }
                if (hits.size() >= MAX_HITS) {
                    return hits;
                }
            }
        }
        return hits;
    }

    private static String excerpt(String text, String foldedNeedle) {
        int at = fold(text).indexOf(foldedNeedle);
        int start = Math.max(0, at - EXCERPT / 3);
        int end = Math.min(text.length(), start + EXCERPT);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ') + (end < text.length() ? "…" : "");
    }

    /** Lower case without accents; keeps one character per character, so positions match the original. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            char base = decomposed.charAt(0);
            folded.append(switch (base) {
                case 'ł', 'Ł' -> 'l';
                default -> Character.toLowerCase(base);
            });
        }
        return folded.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
