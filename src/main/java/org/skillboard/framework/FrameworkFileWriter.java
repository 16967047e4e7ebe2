package org.skillboard.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a framework in the file format it was read from, fields in the documented
 * order, multi-line texts as literal blocks; {@link FrameworkFileReader} reads it
 * back to the same definition.
 */
public final class FrameworkFileWriter {

    private FrameworkFileWriter() {
    }

    public static String write(FrameworkDefinition framework) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", framework.key());
        root.put("family", framework.family());
        root.put("name", framework.name());
        root.put("language", framework.language().toLanguageTag());
        root.put("kind", framework.kind().fileName());
        root.put("version", framework.version());
        root.put("source", framework.source());
        root.put("licence", framework.licence());
        putIfPresent(root, "description", framework.description());
        putIfPresent(root, "item-label", framework.itemLabel());
        if (!framework.notes().isEmpty()) {
            root.put("notes", framework.notes().stream().map(note -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("title", note.title());
                map.put("text", note.text());
                return map;
            }).toList());
        }
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("name", framework.scaleName());
        scale.put("levels", framework.levels().stream().map(FrameworkFileWriter::level).toList());
        root.put("scale", scale);
        if (!framework.categories().isEmpty()) {
            root.put("categories", framework.categories().stream().map(category -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("code", category.code());
                map.put("name", category.name());
                putIfPresent(map, "description", category.description());
                return map;
            }).toList());
        }
        root.put("items", framework.items().stream().map(item -> item(item, framework.kind())).toList());
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120)
                .setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true).build();
        return new Dump(settings).dumpToString(root);
    }

    private static Map<String, Object> level(FrameworkDefinition.Level level) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", level.code());
        putIfPresent(map, "name", level.name());
        putIfPresent(map, "summary", level.summary());
        putIfPresent(map, "description", level.description());
        if (!level.practices().isEmpty()) {
            map.put("practices", new ArrayList<>(level.practices()));
        }
        putIfPresent(map, "next-step", level.nextStep());
        return map;
    }

    private static Map<String, Object> item(FrameworkDefinition.Item item, FrameworkKind kind) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", item.code());
        map.put("name", item.name());
        putIfPresent(map, "category", item.category());
        putIfPresent(map, "overview", item.overview());
        putIfPresent(map, "guidance", item.guidance());
        putIfPresent(map, "activities-intro", item.activitiesIntro());
        if (!item.activities().isEmpty()) {
            map.put("activities", new ArrayList<>(item.activities()));
        }
        putIfPresent(map, "change", item.change());
        putIfPresent(map, "guidance-change", item.guidanceChange());
        if (item.fromTenant()) {
            map.put("origin", "tenant");
        }
        if (kind != FrameworkKind.MATURITY) {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (FrameworkDefinition.ItemLevel level : item.levels()) {
                if (level.change() == null) {
                    levels.put(level.code(), level.description());
                } else {
                    Map<String, Object> marked = new LinkedHashMap<>();
                    putIfPresent(marked, "text", level.description());
                    marked.put("change", level.change());
                    levels.put(level.code(), marked);
                }
            }
            map.put("levels", levels);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

}
