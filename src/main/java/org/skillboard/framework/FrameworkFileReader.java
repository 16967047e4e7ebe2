package org.skillboard.framework;

import static org.skillboard.base.yaml.YamlNode.optional;
import static org.skillboard.base.yaml.YamlNode.required;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.Message;
import org.skillboard.base.yaml.YamlNode;
import org.skillboard.base.yaml.YamlProblems;

/**
 * Reads and checks a framework file (docs/framework-format.md). Every problem is
 * reported with file, line and field, the field named in words the author recognises
 * ("the level G of the item “Responsabilidade”"); a file with any problem gives no framework.
 */
public final class FrameworkFileReader {

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
        if (key != null && FrameworkRules.idProblem(key) != null) {
            problems.add(fields.get("id"), FrameworkRules.idProblem(key));
        } else if (key != null && expectedKey != null && !key.equals(expectedKey)) {
            problems.add(fields.get("id"), Message.of("framework-file.id-not-file-name", expectedKey));
        }
        String family = required(root.get(), fields, "family", problems);
        if (family != null && FrameworkRules.familyProblem(family) != null) {
            problems.add(fields.get("family"), FrameworkRules.familyProblem(family));
        }
        String name = required(root.get(), fields, "name", problems);
        Locale language = language(root.get(), fields, problems);
        FrameworkKind kind = kind(root.get(), fields, problems);
        int version = fields.containsKey("version")
                ? fields.get("version").integer(1, FrameworkRules.MAX_VERSION, problems) : 1;
        if (!fields.containsKey("version")) {
            problems.add(root.get(), Message.of("yaml.problem.missing-field", "version"));
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
            problems.add(root.get(), Message.of("yaml.problem.missing-field", "scale"));
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
        for (YamlNode entry : list.items(problems)) {
            YamlNode item = named(entry, "title", "framework-file.where.note");
            Map<String, YamlNode> fields = item.fields(NOTE, problems);
            notes.add(new FrameworkDefinition.Note(required(item, fields, "title", problems),
                    required(item, fields, "text", problems)));
        }
        return notes;
    }

    private static List<FrameworkDefinition.Level> levels(YamlNode scale, YamlNode list, YamlProblems problems) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>();
        if (list == null) {
            problems.add(scale, Message.of("yaml.problem.missing-field", "levels"));
            return levels;
        }
        Set<String> codes = new HashSet<>();
        for (YamlNode entry : list.items(problems)) {
            YamlNode item = named(entry, "code", "framework-file.where.scale-level");
            Map<String, YamlNode> fields = item.fields(LEVEL, problems);
            String code = code(item, fields, codes, FrameworkRules.Coded.LEVEL, problems);
            List<String> practices = fields.containsKey("practices") ? fields.get("practices").texts(problems)
                    : List.of();
            levels.add(new FrameworkDefinition.Level(code, optional(fields, "name", problems),
                    optional(fields, "summary", problems), optional(fields, "description", problems), practices,
                    optional(fields, "next-step", problems)));
        }
        if (levels.isEmpty()) {
            problems.add(list, FrameworkRules.NO_LEVELS);
        }
        return levels;
    }

    private static List<FrameworkDefinition.Category> categories(YamlNode list, YamlProblems problems) {
        List<FrameworkDefinition.Category> categories = new ArrayList<>();
        if (list == null) {
            return categories;
        }
        Set<String> codes = new HashSet<>();
        for (YamlNode entry : list.items(problems)) {
            YamlNode item = named(entry, "code", "framework-file.where.category");
            Map<String, YamlNode> fields = item.fields(CATEGORY, problems);
            categories.add(new FrameworkDefinition.Category(
                    code(item, fields, codes, FrameworkRules.Coded.CATEGORY, problems),
                    required(item, fields, "name", problems), optional(fields, "description", problems)));
        }
        return categories;
    }

    private static List<FrameworkDefinition.Item> items(YamlNode root, YamlNode list, FrameworkKind kind,
            List<FrameworkDefinition.Level> scale, List<FrameworkDefinition.Category> categories,
            YamlProblems problems) {
        List<FrameworkDefinition.Item> items = new ArrayList<>();
        if (list == null) {
            problems.add(root, Message.of("yaml.problem.missing-field", "items"));
            return items;
        }
        Set<String> categoryCodes = new HashSet<>();
        categories.forEach(category -> categoryCodes.add(category.code()));
        Set<String> codes = new HashSet<>();
        for (YamlNode entry : list.items(problems)) {
            YamlNode item = named(entry, "name", "framework-file.where.item");
            Map<String, YamlNode> fields = item.fields(ITEM, problems);
            String code = code(item, fields, codes, FrameworkRules.Coded.ITEM, problems);
            String category = optional(fields, "category", problems);
            if (category != null && !categoryCodes.contains(category)) {
                problems.add(fields.get("category"), FrameworkRules.unknownCategory(category));
            }
            String origin = optional(fields, "origin", problems);
            if (origin != null && !origin.equals("source") && !origin.equals("tenant")) {
                problems.add(fields.get("origin"), FrameworkRules.ORIGIN_PROBLEM);
            }
            String itemName = item.peek("name") != null ? item.peek("name") : code;
            List<FrameworkDefinition.ItemLevel> levels = itemLevels(item, itemName, fields.get("levels"), kind,
                    scale, problems);
            items.add(new FrameworkDefinition.Item(code, required(item, fields, "name", problems), category,
                    optional(fields, "overview", problems), optional(fields, "guidance", problems),
                    optional(fields, "activities-intro", problems),
                    fields.containsKey("activities") ? fields.get("activities").texts(problems) : List.of(),
                    changeMark(fields, "change", problems), changeMark(fields, "guidance-change", problems),
                    "tenant".equals(origin), levels));
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(list, FrameworkRules.NO_ITEMS);
        }
        return items;
    }

    private static List<FrameworkDefinition.ItemLevel> itemLevels(YamlNode item, String itemName, YamlNode map,
            FrameworkKind kind, List<FrameworkDefinition.Level> scale, YamlProblems problems) {
        List<FrameworkDefinition.ItemLevel> levels = new ArrayList<>();
        if (kind == FrameworkKind.MATURITY) {
            if (map != null) {
                problems.add(map, FrameworkRules.MATURITY_HAS_NO_ITEM_LEVELS);
            }
            return levels;
        }
        if (map == null) {
            problems.add(item, Message.of("framework-file.item-without-levels"));
            return levels;
        }
        List<String> scaleCodes = scale.stream().map(FrameworkDefinition.Level::code).toList();
        int previousRank = 0;
        for (Map.Entry<String, YamlNode> entry : map.fields(problems).entrySet()) {
            String code = entry.getKey();
            YamlNode value = entry.getValue().named(Message.of("framework-file.where.item-level", code,
                    itemName == null ? "" : itemName));
            int rank = scaleCodes.indexOf(code) + 1;
            if (rank == 0) {
                problems.add(value, FrameworkRules.notOnTheScale(code, scaleCodes));
                continue;
            }
            if (rank < previousRank) {
                problems.add(value, FrameworkRules.scaleOrder(scaleCodes));
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
            problems.add(map, Message.of("framework-file.item-no-level"));
        }
        return levels;
    }

    private static String changeMark(Map<String, YamlNode> fields, String field, YamlProblems problems) {
        String mark = optional(fields, field, problems);
        if (mark != null && FrameworkRules.changeMarkProblem(mark) != null) {
            problems.add(fields.get(field), FrameworkRules.changeMarkProblem(mark));
        }
        return mark;
    }

    private static String code(YamlNode owner, Map<String, YamlNode> fields, Set<String> seen,
            FrameworkRules.Coded what, YamlProblems problems) {
        String code = required(owner, fields, "code", problems);
        if (code != null && FrameworkRules.codeProblem(code) != null) {
            problems.add(fields.get("code"), FrameworkRules.codeProblem(code));
        } else if (code != null && !seen.add(code)) {
            problems.add(fields.get("code"), FrameworkRules.duplicateCode(what, code));
        }
        return code;
    }

    /**
     * An entry of a list named by one of its fields ("the item “Responsabilidade”"), or by its place in the
     * list while it has none.
     */
    private static YamlNode named(YamlNode entry, String field, String key) {
        String name = entry.peek(field);
        if (name == null && !"code".equals(field)) {
            name = entry.peek("code");
        }
        return name == null ? entry : entry.named(Message.of(key, name));
    }

    private static FrameworkKind kind(YamlNode root, Map<String, YamlNode> fields, YamlProblems problems) {
        String kind = required(root, fields, "kind", problems);
        Optional<FrameworkKind> known = kind == null ? Optional.empty() : FrameworkRules.kind(kind);
        if (kind != null && known.isEmpty()) {
            problems.add(fields.get("kind"), FrameworkRules.KIND_PROBLEM);
        }
        return known.orElse(FrameworkKind.SKILLS);
    }

    private static Locale language(YamlNode root, Map<String, YamlNode> fields, YamlProblems problems) {
        String tag = required(root, fields, "language", problems);
        if (tag == null) {
            return Locale.ENGLISH;
        }
        Optional<Locale> language = FrameworkRules.language(tag);
        if (language.isEmpty()) {
            problems.add(fields.get("language"), FrameworkRules.languageProblem(tag));
        }
        return language.orElse(Locale.ENGLISH);
    }
}
