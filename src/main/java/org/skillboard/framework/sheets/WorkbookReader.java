package org.skillboard.framework.sheets;

import static org.skillboard.framework.sheets.SheetRow.unmarked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.skillboard.base.Message;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkRules;
import org.skillboard.framework.sheets.Part.Column;
import org.skillboard.framework.sheets.Table.Line;

/** Turns the sheets' rows into a framework, checking it as a framework file is checked. */
final class WorkbookReader {

    private final String fileName;
    private final List<YamlProblem> problems;

    WorkbookReader(String fileName, List<YamlProblem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    Optional<FrameworkDefinition> read(Map<String, List<SheetRow>> sheets) {
        sheets.forEach((name, rows) -> {
            if (Part.named(name).isEmpty() && !rows.stream().allMatch(SheetRow::blank)) {
                problem(1, name + "!A1", Message.of("framework-file.unknown-sheet",
                        String.join(", ", Arrays.stream(Part.values()).map(part -> part.sheet).toList())));
            }
        });
        Map<Part, Table> tables = new HashMap<>();
        for (Part part : Part.values()) {
            tables.put(part, table(part, sheets.get(part.sheet)));
        }

        Table sheet = tables.get(Part.FRAMEWORK);
        Map<String, String> fields = frameworkFields(sheet);
        String key = fields.get("id");
        if (key != null) {
            check(sheet, "id", FrameworkRules.idProblem(key));
        }
        String family = fields.get("family");
        if (family != null) {
            check(sheet, "family", FrameworkRules.familyProblem(family));
        }
        Locale language = null;
        if (fields.get("language") != null) {
            language = FrameworkRules.language(fields.get("language")).orElse(null);
            check(sheet, "language", language == null ? FrameworkRules.languageProblem(fields.get("language"))
                    : null);
        }
        FrameworkKind kind = null;
        if (fields.get("kind") != null) {
            kind = FrameworkRules.kind(fields.get("kind")).orElse(null);
            check(sheet, "kind", kind == null ? FrameworkRules.KIND_PROBLEM : null);
        }
        int version = 1;
        if (fields.get("version") != null) {
            version = version(fields.get("version"));
            check(sheet, "version", version == 0 ? FrameworkRules.VERSION_PROBLEM : null);
        }

        List<FrameworkDefinition.Level> levels = levels(tables.get(Part.SCALE));
        List<FrameworkDefinition.Category> categories = categories(tables.get(Part.CATEGORIES));
        List<FrameworkDefinition.Note> notes = notes(tables.get(Part.NOTES));
        List<FrameworkDefinition.Item> items = items(tables, kind, levels, categories);

        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrameworkDefinition(key, family, fields.get("name"), language, kind, version,
                fields.get("source"), fields.get("licence"), fields.get("description"), fields.get("item-label"),
                notes, fields.get("scale-name"), levels, categories, items));
    }

    /** The Framework sheet's values by field; a problem for each field missing, unknown or repeated. */
    private Map<String, String> frameworkFields(Table sheet) {
        Map<String, String> values = new HashMap<>();
        if (!sheet.usable()) {
            return values;
        }
        for (Line line : sheet.lines) {
            String field = line.text("field");
            if (field == null) {
                line.problem("field", Message.of("framework-file.value-without-field"));
            } else if (!Part.FRAMEWORK_FIELDS.contains(field)) {
                line.problem("field", Message.of("framework-file.unknown-field", field,
                        String.join(", ", Part.FRAMEWORK_FIELDS)));
            } else if (sheet.fieldLines.putIfAbsent(field, line) != null) {
                line.problem("field", Message.of("framework-file.duplicate-field", field));
            } else {
                String value = line.text("value");
                if (value == null && !Part.OPTIONAL_FRAMEWORK_FIELDS.contains(field)) {
                    line.problem("value", Message.of("framework-file.cell-empty", field));
                }
                values.put(field, value);
            }
        }
        for (String field : Part.FRAMEWORK_FIELDS) {
            if (!Part.OPTIONAL_FRAMEWORK_FIELDS.contains(field) && !sheet.fieldLines.containsKey(field)) {
                problem(sheet.nextRow(), sheet.ref(sheet.nextRow(), "field"),
                        Message.of("yaml.problem.missing-field", field));
            }
        }
        return values;
    }

    private void check(Table sheet, String field, Message problem) {
        if (problem != null) {
            sheet.fieldLines.get(field).problem("value", problem);
        }
    }

    /** The version, or 0 if it is not a whole number in range. */
    private static int version(String text) {
        try {
            int version = Integer.parseInt(text);
            return version >= 1 && version <= FrameworkRules.MAX_VERSION ? version : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<FrameworkDefinition.Level> levels(Table sheet) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Line line : sheet.lines) {
            levels.add(new FrameworkDefinition.Level(code(line, "code", codes, FrameworkRules.Coded.LEVEL), line.text("name"),
                    line.text("summary"), line.text("description"), line.list("practices"),
                    line.text("next-step")));
        }
        if (sheet.usable() && levels.isEmpty()) {
            sheet.problemBelowHeader(FrameworkRules.NO_LEVELS);
        }
        return levels;
    }

    private List<FrameworkDefinition.Category> categories(Table sheet) {
        List<FrameworkDefinition.Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Line line : sheet.lines) {
            categories.add(new FrameworkDefinition.Category(code(line, "code", codes, FrameworkRules.Coded.CATEGORY),
                    line.required("name"), line.text("description")));
        }
        return categories;
    }

    private List<FrameworkDefinition.Note> notes(Table sheet) {
        return sheet.lines.stream()
                .map(line -> new FrameworkDefinition.Note(line.required("title"), line.required("text")))
                .toList();
    }

    private List<FrameworkDefinition.Item> items(Map<Part, Table> tables, FrameworkKind kind,
            List<FrameworkDefinition.Level> scale, List<FrameworkDefinition.Category> categories) {
        Table sheet = tables.get(Part.ITEMS);
        Set<String> categoryCodes = categories.stream().map(FrameworkDefinition.Category::code)
                .collect(Collectors.toSet());
        // a Categories sheet that could not be read would make every category look unknown
        boolean categoriesKnown = tables.get(Part.CATEGORIES).complete;
        Set<String> codes = new HashSet<>();
        List<FrameworkDefinition.Item> items = new ArrayList<>();
        for (Line line : sheet.lines) {
            String code = code(line, "code", codes, FrameworkRules.Coded.ITEM);
            String name = line.required("name");
            String category = line.text("category");
            if (category != null && categoriesKnown && !categoryCodes.contains(category)) {
                line.problem("category", FrameworkRules.unknownCategory(category));
            }
            String origin = line.text("origin");
            if (origin != null && !origin.equals("source") && !origin.equals("tenant")) {
                line.problem("origin", FrameworkRules.ORIGIN_PROBLEM);
            }
            items.add(new FrameworkDefinition.Item(code, name, category, line.text("overview"),
                    line.text("guidance"), line.text("activities-intro"), line.list("activities"),
                    line.changeMark("change"), line.changeMark("guidance-change"), "tenant".equals(origin),
                    List.of()));
        }
        if (sheet.usable() && items.isEmpty()) {
            sheet.problemBelowHeader(FrameworkRules.NO_ITEMS);
        }

        Map<String, List<FrameworkDefinition.ItemLevel>> levels = itemLevels(tables, kind, scale,
                sheet.usable() ? codes : null);
        if (kind == null || kind == FrameworkKind.MATURITY) {
            return items;
        }
        Table descriptions = tables.get(Part.DESCRIPTIONS);
        if (!descriptions.present) {
            problem(1, Part.DESCRIPTIONS.sheet + "!A1", Message.of("framework-file.missing-descriptions",
                    Part.DESCRIPTIONS.sheet));
            return items;
        }
        List<FrameworkDefinition.Item> withLevels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FrameworkDefinition.Item item = items.get(i);
            List<FrameworkDefinition.ItemLevel> own = levels.getOrDefault(item.code(), List.of());
            if (own.isEmpty() && item.code() != null && descriptions.usable()) {
                sheet.lines.get(i).problem("code", Message.of("framework-file.no-descriptions",
                        Part.DESCRIPTIONS.sheet));
            }
            withLevels.add(new FrameworkDefinition.Item(item.code(), item.name(), item.category(),
                    item.overview(), item.guidance(), item.activitiesIntro(), item.activities(), item.change(),
                    item.guidanceChange(), item.fromTenant(), own));
        }
        return withLevels;
    }

    /**
     * The Descriptions sheet's rows by item code, each item's in the scale's order.
     *
     * @param itemCodes the items there are, or {@code null} if the Items sheet could not be read
     */
    private Map<String, List<FrameworkDefinition.ItemLevel>> itemLevels(Map<Part, Table> tables,
            FrameworkKind kind, List<FrameworkDefinition.Level> scale, Set<String> itemCodes) {
        Table sheet = tables.get(Part.DESCRIPTIONS);
        boolean scaleKnown = tables.get(Part.SCALE).usable();
        List<String> scaleCodes = scale.stream().map(FrameworkDefinition.Level::code).toList();
        Map<String, List<FrameworkDefinition.ItemLevel>> levels = new HashMap<>();
        Map<String, Integer> rowOfLevel = new HashMap<>();
        Map<String, Integer> lastRank = new HashMap<>();
        for (Line line : sheet.lines) {
            String item = line.required("item");
            String level = line.required("level");
            String change = line.changeMark("change");
            if (item == null || level == null) {
                continue;
            }
            if (itemCodes != null && !itemCodes.contains(item)) {
                line.problem("item", Message.of("framework-file.unknown-item", item, Part.ITEMS.sheet));
                continue;
            }
            if (kind == FrameworkKind.MATURITY) {
                line.problem("item", FrameworkRules.MATURITY_HAS_NO_ITEM_LEVELS);
                continue;
            }
            if (!scaleKnown) {
                continue;
            }
            int rank = scaleCodes.indexOf(level) + 1;
            if (rank == 0) {
                line.problem("level", FrameworkRules.notOnTheScale(level, scaleCodes));
                continue;
            }
            Integer earlier = rowOfLevel.putIfAbsent(item + "\n" + level, line.row.number());
            if (earlier != null) {
                line.problem("level", Message.of("framework-file.level-twice", item, level, earlier));
                continue;
            }
            if (rank < lastRank.getOrDefault(item, 0)) {
                line.problem("level", FrameworkRules.scaleOrder(scaleCodes));
            }
            lastRank.put(item, rank);
            levels.computeIfAbsent(item, code -> new ArrayList<>())
                    .add(new FrameworkDefinition.ItemLevel(level, line.text("description"), change));
        }
        return levels;
    }

    /** A required code, checked for its shape and for a duplicate among those seen. */
    private String code(Line line, String column, Set<String> seen, FrameworkRules.Coded what) {
        String code = line.required(column);
        if (code == null) {
            return null;
        }
        Message problem = FrameworkRules.codeProblem(code);
        if (problem != null) {
            line.problem(column, problem);
        } else if (!seen.add(code)) {
            line.problem(column, FrameworkRules.duplicateCode(what, code));
        }
        return code;
    }

    /** A problem with a cell ({@code Descriptions!B7}), told as "Sheet “Descriptions”, cell B7". */
    void problem(int row, String cell, Message message) {
        int bang = cell.lastIndexOf('!');
        problems.add(new YamlProblem(fileName, row, cell,
                Message.of("framework-file.where.cell", cell.substring(0, bang), cell.substring(bang + 1)), message));
    }

    /**
     * A sheet found by its name, its columns by their header text. A table that is missing, empty or
     * lacks a required column has no lines: its problems are reported once, not for every row.
     */
    private Table table(Part part, List<SheetRow> rows) {
        if (rows == null) {
            if (part.required) {
                problem(1, part.sheet + "!A1", Message.of("framework-file.missing-sheet", part.sheet));
            }
            return new Table(this, part, false, 0, Map.of(), List.of(), !part.required);
        }
        List<SheetRow> filled = rows.stream().filter(row -> !row.blank()).toList();
        if (filled.isEmpty()) {
            if (part.required) {
                problem(1, part.sheet + "!A1", Message.of("framework-file.empty-sheet",
                        String.join(", ", part.columnNames())));
            }
            return new Table(this, part, true, 1, Map.of(), List.of(), !part.required);
        }
        SheetRow header = filled.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        Set<Integer> ignored = new HashSet<>();
        int lastColumn = -1;
        for (Map.Entry<Integer, String> cell : header.cells().entrySet()) {
            String name = unmarked(cell.getValue());
            if (name == null) {
                continue;
            }
            lastColumn = cell.getKey();
            String where = part.sheet + "!" + new CellReference(header.number() - 1, cell.getKey())
                    .formatAsString();
            if (!part.columnNames().contains(name)) {
                problem(header.number(), where, Message.of("framework-file.unknown-column", name,
                        String.join(", ", part.columnNames())));
                ignored.add(cell.getKey());
            } else if (columns.putIfAbsent(name, cell.getKey()) != null) {
                problem(header.number(), where, Message.of("framework-file.duplicate-column", name));
                ignored.add(cell.getKey());
            }
        }
        boolean complete = true;
        for (Column column : part.columns) {
            if (column.required() && !columns.containsKey(column.name())) {
                problem(header.number(), part.sheet + "!" + new CellReference(header.number() - 1,
                        lastColumn + 1).formatAsString(), Message.of("framework-file.missing-column", column.name()));
                complete = false;
            }
        }
        List<SheetRow> data = filled.subList(1, filled.size());
        for (SheetRow row : data) {
            row.cells().forEach((column, value) -> {
                if (!columns.containsValue(column) && !ignored.contains(column) && unmarked(value) != null) {
                    problem(row.number(), part.sheet + "!" + new CellReference(row.number() - 1, column)
                            .formatAsString(), Message.of("framework-file.value-without-header"));
                }
            });
        }
        Table table = new Table(this, part, true, header.number(), columns, new ArrayList<>(), complete);
        if (complete) {
            data.forEach(row -> table.lines.add(new Table.Line(table, row)));
        }
        return table;
    }

}
