package org.skillboard.framework;

import static org.skillboard.base.yaml.YamlNode.optional;
import static org.skillboard.base.yaml.YamlNode.required;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillboard.base.yaml.YamlNode;
import org.skillboard.base.yaml.YamlProblems;

/**
 * Reads and checks a framework file (docs/framework-format.md). Every problem is
 * reported with file, line and field; a file with any problem gives no framework.
 */
public final class FrameworkFileReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{0,99}");
    private static final Set<String> CHANGE_MARKS = Set.of("unchanged", "modified", "new");

    private static final Set<String> TOP = Set.of("id", "family", "name", "language", "kind", "version", "source",
            "licence", "description", "item-label", "notes", "scale", "categories", "items");
    private static final Set<String> NOTE = Set.of("title", "text");
    private static final Set<String> SCALE = Set.of("name", "levels");
    private static final Set<String> LEVEL = Set.of("code", "name", "summary", "description", "practices",
            "next-step");
    private static final Set<String> CATEGORY = Set.of("code", "name", "description");
    private static final Set<String> ITEM = Set.of("code", "name", "category", "overview", "guidance",
            "activities-intro", "activities", "change", "guidance-change", "origin", "levels");
    private static final Set<String> ITEM_LEVEL = Set.of("text", "change");

    private FrameworkFileReader() {
    }

    /**
     * The framework in the file, or empty with the problems added.
     *
     * @param fileName how the file is named in messages
     * @param expectedKey the id the file must declare (its file name without {@code .yaml}), or {@code null}
     *     for an uploaded file, whose name the user may have changed
     */
    public static Optional<FrameworkDefinition> read(String fileName, String expectedKey, Reader reader,
            YamlProblems problems) {
        Optional<YamlNode> root = YamlNode.parse(fileName, reader, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlNode> fields = root.get().fields(TOP, problems);
        String key = required(root.get(), fields, "id", problems);
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(fields.get("id"), "“" + key + "” is not an id: lower-case letters, digits and hyphens");
        } else if (key != null && expectedKey != null && !key.equals(expectedKey)) {
            problems.add(fields.get("id"), "must equal the file name “" + expectedKey + "”");
        }
        String family = required(root.get(), fields, "family", problems);
        if (family != null && !KEY.matcher(family).matches()) {
            problems.add(fields.get("family"), "“" + family + "” is not a family: lower-case letters, digits, hyphens");
        }
        String name = required(root.get(), fields, "name", problems);
        Locale language = language(root.get(), fields, problems);
        FrameworkKind kind = kind(root.get(), fields, problems);
        int version = fields.containsKey("version") ? fields.get("version").integer(1, 100_000, problems) : 1;
        if (!fields.containsKey("version")) {
            problems.add(root.get(), "missing field “version”");
        }
        String source = required(root.get(), fields, "source", problems);
        String licence = required(root.get(), fields, "licence", problems);
        String description = optional(fields, "description", problems);
        String itemLabel = optional(fields, "item-label", problems);
        List<FrameworkDefinition.Note> notes = notes(fields.get("notes"), problems);

        String scaleName = null;
        List<FrameworkDefinition.Level> levels = List.of();
        YamlNode scale = fields.get("scale");
        if (scale == null) {
            problems.add(root.get(), "missing field “scale”");
        } else {
            Map<String, YamlNode> scaleFields = scale.fields(SCALE, problems);
            scaleName = required(scale, scaleFields, "name", problems);
            levels = levels(scale, scaleFields.get("levels"), problems);
        }
        List<FrameworkDefinition.Category> categories = categories(fields.get("categories"), problems);
        List<FrameworkDefinition.Item> items = items(root.get(), fields.get("items"), kind, levels, categories,
                problems);

        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrameworkDefinition(key, family, name, language, kind, version, source, licence,
                description, itemLabel, notes, scaleName, levels, categories, items));
    }

    private static List<FrameworkDefinition.Note> notes(YamlNode list, YamlProblems problems) {
        List<FrameworkDefinition.Note> notes = new ArrayList<>();
        if (list == null) {
            return notes;
        }
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(NOTE, problems);
            notes.add(new FrameworkDefinition.Note(required(item, fields, "title", problems),
                    required(item, fields, "text", problems)));
        }
        return notes;
    }

    private static List<FrameworkDefinition.Level> levels(YamlNode scale, YamlNode list, YamlProblems problems) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>();
        if (list == null) {
            problems.add(scale, "missing field “levels”");
            return levels;
        }
        Set<String> codes = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(LEVEL, problems);
            String code = code(item, fields, codes, "level", problems);
            List<String> practices = fields.containsKey("practices") ? fields.get("practices").texts(problems)
                    : List.of();
            levels.add(new FrameworkDefinition.Level(code, optional(fields, "name", problems),
                    optional(fields, "summary", problems), optional(fields, "description", problems), practices,
                    optional(fields, "next-step", problems)));
        }
        if (levels.isEmpty()) {
            problems.add(list, "a scale needs at least one level");
        }
        return levels;
    }

    private static List<FrameworkDefinition.Category> categories(YamlNode list, YamlProblems problems) {
        List<FrameworkDefinition.Category> categories = new ArrayList<>();
        if (list == null) {
            return categories;
        }
        Set<String> codes = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(CATEGORY, problems);
            categories.add(new FrameworkDefinition.Category(code(item, fields, codes, "category", problems),
                    required(item, fields, "name", problems), optional(fields, "description", problems)));
        }
        return categories;
    }

    private static List<FrameworkDefinition.Item> items(YamlNode root, YamlNode list, FrameworkKind kind,
            List<FrameworkDefinition.Level> scale, List<FrameworkDefinition.Category> categories,
            YamlProblems problems) {
        List<FrameworkDefinition.Item> items = new ArrayList<>();
        if (list == null) {
            problems.add(root, "missing field “items”");
            return items;
        }
        Set<String> categoryCodes = new HashSet<>();
        categories.forEach(category -> categoryCodes.add(category.code()));
        Set<String> codes = new HashSet<>();
        for (YamlNode item : list.items(problems)) {
            Map<String, YamlNode> fields = item.fields(ITEM, problems);
            String code = code(item, fields, codes, "item", problems);
            String category = optional(fields, "category", problems);
            if (category != null && !categoryCodes.contains(category)) {
                problems.add(fields.get("category"), "no category with the code “" + category + "”");
            }
            String origin = optional(fields, "origin", problems);
            if (origin != null && !origin.equals("source") && !origin.equals("tenant")) {
                problems.add(fields.get("origin"), "expected source or tenant");
            }
            List<FrameworkDefinition.ItemLevel> levels = itemLevels(item, fields.get("levels"), kind, scale,
                    problems);
            items.add(new FrameworkDefinition.Item(code, required(item, fields, "name", problems), category,
                    optional(fields, "overview", problems), optional(fields, "guidance", problems),
                    optional(fields, "activities-intro", problems),
                    fields.containsKey("activities") ? fields.get("activities").texts(problems) : List.of(),
                    changeMark(fields, "change", problems), changeMark(fields, "guidance-change", problems),
                    "tenant".equals(origin), levels));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(list, "a framework needs at least one item");
        }
        return items;
    }

    private static List<FrameworkDefinition.ItemLevel> itemLevels(YamlNode item, YamlNode map, FrameworkKind kind,
            List<FrameworkDefinition.Level> scale, YamlProblems problems) {
        List<FrameworkDefinition.ItemLevel> levels = new ArrayList<>();
        if (kind == FrameworkKind.MATURITY) {
            if (map != null) {
                problems.add(map, "maturity dimensions have no levels of their own: the scale's levels describe them");
            }
            return levels;
        }
        if (map == null) {
            problems.add(item, "missing field “levels”: name the levels this item defines");
            return levels;
        }
        List<String> scaleCodes = scale.stream().map(FrameworkDefinition.Level::code).toList();
        int previousRank = 0;
        for (Map.Entry<String, YamlNode> entry : map.fields(problems).entrySet()) {
            String code = entry.getKey();
            YamlNode value = entry.getValue();
            int rank = scaleCodes.indexOf(code) + 1;
            if (rank == 0) {
                problems.add(value, "“" + code + "” is not a level of the scale " + scaleCodes);
                continue;
            }
            if (rank < previousRank) {
                problems.add(value, "levels must follow the scale's order " + scaleCodes);
            }
            previousRank = rank;
            if (value.isNull()) {
                levels.add(new FrameworkDefinition.ItemLevel(code, null, null));
            } else if (!value.isMapping()) {
                levels.add(new FrameworkDefinition.ItemLevel(code, value.text(problems), null));
            } else {
                Map<String, YamlNode> fields = value.fields(ITEM_LEVEL, problems);
                levels.add(new FrameworkDefinition.ItemLevel(code, optional(fields, "text", problems),
                        changeMark(fields, "change", problems)));
            }
        }
        if (levels.isEmpty() && problems.isEmpty()) {
            problems.add(map, "an item must define at least one level");
        }
        return levels;
    }

    private static String changeMark(Map<String, YamlNode> fields, String field, YamlProblems problems) {
        String mark = optional(fields, field, problems);
        if (mark != null && !CHANGE_MARKS.contains(mark)) {
            problems.add(fields.get(field), "expected one of " + CHANGE_MARKS.stream().sorted().toList());
        }
        return mark;
    }

    private static String code(YamlNode owner, Map<String, YamlNode> fields, Set<String> seen, String what,
            YamlProblems problems) {
        String code = required(owner, fields, "code", problems);
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(fields.get("code"), "“" + code + "” is not a code: letters, digits, . _ + -");
        } else if (code != null && !seen.add(code)) {
            problems.add(fields.get("code"), "duplicate " + what + " code “" + code + "”");
        }
        return code;
    }

    private static FrameworkKind kind(YamlNode root, Map<String, YamlNode> fields, YamlProblems problems) {
        String kind = required(root, fields, "kind", problems);
        for (FrameworkKind candidate : FrameworkKind.values()) {
            if (candidate.fileName().equals(kind)) {
                return candidate;
            }
        }
        if (kind != null) {
            problems.add(fields.get("kind"), "expected skills, criteria or maturity");
        }
        return FrameworkKind.SKILLS;
    }

    private static Locale language(YamlNode root, Map<String, YamlNode> fields, YamlProblems problems) {
        String tag = required(root, fields, "language", problems);
        if (tag == null) {
            return Locale.ENGLISH;
        }
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            problems.add(fields.get("language"), "“" + tag + "” is not a language tag such as pt or pt-PT");
            return Locale.ENGLISH;
        }
    }


}
