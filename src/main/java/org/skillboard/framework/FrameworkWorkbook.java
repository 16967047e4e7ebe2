package org.skillboard.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SpreadsheetRefusal;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.excel.write.SpreadsheetText;

/**
 * A framework as an Excel workbook, for a tenant who maintains its framework in a spreadsheet. It holds
 * what a framework file holds (docs/framework-format.md), one sheet per part; docs/framework-workbook.md
 * is the user's guide.
 *
 * <pre>
 * Framework     field | value                       one row per top-level field, scale-name included
 * Scale         code | name | summary | description | practices | next-step      one row per level, lowest first
 * Categories    code | name | description
 * Notes         title | text
 * Items         code | name | category | overview | guidance | activities-intro | activities | change
 *               | guidance-change | origin
 * Descriptions  item | level | description | change  one row per level an item defines, in item order, then
 *               scale order; a band listed without a description is a row with an empty description
 * </pre>
 *
 * <p>The first row of a sheet names its columns; reading finds a column by that name, so columns may be
 * reordered, and skips blank rows. Lists (practices, activities) are one entry per line of the cell.
 *
 * <p>Every text is a text cell, never a formula. A text a spreadsheet could still take for a formula when
 * the cell is edited or the sheet saved as CSV (it starts with {@code = + - @}, a tab or a line break) is
 * written after a single quote, and so is a text that itself starts with a quote; reading removes exactly
 * one leading quote, so a round trip gives every text back unchanged. Any other text is trimmed on
 * reading, as texts in a framework file are. A text that contains what Excel would decode as a character
 * escape ({@code _x0041_}), or a character XML cannot hold, is written escaped, so it survives as well
 * ({@link SpreadsheetText}, which every workbook we write shares).
 *
 * <p>Both directions stream: writing keeps a window of rows in memory ({@link SXSSFWorkbook}) and removes
 * its temporary file when done; reading parses each sheet with SAX through POI's hardened XML reader and
 * keeps only the cells' texts.
 */
public final class FrameworkWorkbook {

    /** Excel's limit on the text of one cell. */
    static final int MAX_CELL_TEXT = SpreadsheetText.MAX_CELL_TEXT;

    /** Excel's limit on the rows of one sheet. */
    private static final int MAX_ROWS = SpreadsheetText.MAX_ROWS;


    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROW_WINDOW = 100;

    private static final List<String> FRAMEWORK_FIELDS = List.of("id", "family", "name", "language", "kind",
            "version", "source", "licence", "description", "item-label", "scale-name");

    private static final Set<String> OPTIONAL_FRAMEWORK_FIELDS = Set.of("description", "item-label");

    /** The sheets, their columns and, for writing, the columns' widths in characters. */
    private enum Part {
        FRAMEWORK("Framework", true, column("field", 18, true), column("value", 100, true)),
        SCALE("Scale", true, column("code", 10, true), column("name", 26, false), column("summary", 50, false),
                column("description", 70, false), column("practices", 60, false), column("next-step", 50, false)),
        CATEGORIES("Categories", false, column("code", 22, true), column("name", 36, true),
                column("description", 70, false)),
        NOTES("Notes", false, column("title", 36, true), column("text", 100, true)),
        ITEMS("Items", true, column("code", 22, true), column("name", 36, true), column("category", 18, false),
                column("overview", 60, false), column("guidance", 80, false), column("activities-intro", 40, false),
                column("activities", 60, false), column("change", 12, false), column("guidance-change", 16, false),
                column("origin", 10, false)),
        DESCRIPTIONS("Descriptions", false, column("item", 22, true), column("level", 8, true),
                column("description", 100, false), column("change", 12, false));

        final String sheet;
        final boolean required;
        final List<Column> columns;

        Part(String sheet, boolean required, Column... columns) {
            this.sheet = sheet;
            this.required = required;
            this.columns = List.of(columns);
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        static Optional<Part> named(String sheet) {
            return Arrays.stream(values()).filter(part -> part.sheet.equals(sheet)).findFirst();
        }

        private static Column column(String name, int width, boolean required) {
            return new Column(name, width, required);
        }
    }

    private record Column(String name, int width, boolean required) {
    }

    private FrameworkWorkbook() {
    }

    /**
     * Writes the framework as a workbook.
     *
     * @throws IllegalArgumentException if a text does not fit in an Excel cell, or a list entry (practice,
     *     activity) has a line break; the message names the cell and the field
     */
    public static void write(FrameworkDefinition framework, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            try {
                workbook.setCompressTempFiles(true);
                Styles styles = new Styles(workbook);
                writeFramework(new SheetWriter(workbook, Part.FRAMEWORK, styles), framework);
                SheetWriter scale = new SheetWriter(workbook, Part.SCALE, styles);
                for (FrameworkDefinition.Level level : framework.levels()) {
                    scale.row(level.code(), level.name(), level.summary(), level.description(),
                            lines(level.practices(), "practice", "level “" + level.code() + "”"), level.nextStep());
                }
                SheetWriter categories = new SheetWriter(workbook, Part.CATEGORIES, styles);
                for (FrameworkDefinition.Category category : framework.categories()) {
                    categories.row(category.code(), category.name(), category.description());
                }
                SheetWriter notes = new SheetWriter(workbook, Part.NOTES, styles);
                for (FrameworkDefinition.Note note : framework.notes()) {
                    notes.row(note.title(), note.text());
                }
                SheetWriter items = new SheetWriter(workbook, Part.ITEMS, styles);
                SheetWriter descriptions = new SheetWriter(workbook, Part.DESCRIPTIONS, styles);
                for (FrameworkDefinition.Item item : framework.items()) {
                    items.row(item.code(), item.name(), item.category(), item.overview(), item.guidance(),
                            item.activitiesIntro(), lines(item.activities(), "activity", "item “" + item.code() + "”"),
                            item.change(), item.guidanceChange(), item.fromTenant() ? "tenant" : null);
                    for (FrameworkDefinition.ItemLevel level : item.levels()) {
                        descriptions.row(item.code(), level.code(), level.description(), level.change());
                    }
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private static void writeFramework(SheetWriter sheet, FrameworkDefinition framework) {
        sheet.row("id", framework.key());
        sheet.row("family", framework.family());
        sheet.row("name", framework.name());
        sheet.row("language", framework.language().toLanguageTag());
        sheet.row("kind", framework.kind().fileName());
        sheet.row("version", framework.version());
        sheet.row("source", framework.source());
        sheet.row("licence", framework.licence());
        sheet.row("description", framework.description());
        sheet.row("item-label", framework.itemLabel());
        sheet.row("scale-name", framework.scaleName());
    }

    private static String lines(List<String> entries, String what, String owner) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).contains("\n") || entries.get(i).contains("\r")) {
                throw new IllegalArgumentException(what + " " + (i + 1) + " of " + owner
                        + " has a line break; in a workbook each " + what + " is one line of its cell");
            }
        }
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    /** The workbook's two cell styles, created once for all cells. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** Writes one sheet: its header row, frozen, then one row per call. */
    private static final class SheetWriter {

        private final Part part;
        private final SXSSFSheet sheet;
        private final CellStyle text;
        private int next;

        SheetWriter(SXSSFWorkbook workbook, Part part, Styles styles) {
            this.part = part;
            this.sheet = workbook.createSheet(part.sheet);
            this.text = styles.text;
            Row header = sheet.createRow(0);
            for (int i = 0; i < part.columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(part.columns.get(i).name());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, part.columns.get(i).width() * 256);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }

        /** One row; the values are in the order of the part's columns, {@code null} for an empty cell. */
        void row(Object... values) {
            if (next >= MAX_ROWS) {
                throw new IllegalArgumentException("the sheet " + part.sheet + " would need more than " + MAX_ROWS
                        + " rows, the most an Excel sheet holds");
            }
            Row row = sheet.createRow(next);
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                cell.setCellStyle(text);
                if (values[i] instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    cell.setCellValue(SpreadsheetText.escaped(checked(SpreadsheetText.marked((String) values[i]), i,
                            values[0])));
                }
            }
            next++;
        }

        private String checked(String value, int column, Object rowKey) {
            if (value.length() > MAX_CELL_TEXT) {
                throw new IllegalArgumentException("the text for " + part.sheet + "!"
                        + new CellReference(next, column).formatAsString() + " (" + part.columns.get(column).name()
                        + " of “" + rowKey + "”) has " + value.length() + " characters; an Excel cell holds at most "
                        + MAX_CELL_TEXT);
            }
            return value;
        }
    }

    /**
     * The text of a cell as read: exactly one leading quote removed, if there is one; otherwise trimmed, as
     * texts in a framework file are. {@code null} for an empty cell.
     */
    private static String unmarked(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String text = cell.charAt(0) == SpreadsheetText.TEXT_MARK ? cell.substring(1) : cell.strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Reads and checks a workbook written by {@link #write} or edited from one. Every problem is added with
     * the Excel row as its line and the cell as its field ({@code Descriptions!C12}); a workbook with any
     * problem gives no framework.
     *
     * @throws SpreadsheetRefusal for a file that is not an .xlsx workbook, or not one that can be read safely
     *     (as for any upload: CSV, an old .xls, a zip bomb...), with the message the user reads in her language
     */
    public static Optional<FrameworkDefinition> read(String fileName, InputStream in, YamlProblems problems) {
        List<YamlProblem> found = new ArrayList<>();
        Optional<FrameworkDefinition> framework = new WorkbookReader(fileName, found).read(sheets(in));
        found.sort(Comparator.comparingInt(FrameworkWorkbook::sheetOrder).thenComparingInt(YamlProblem::line));
        report(problems, found);
        return found.isEmpty() ? framework : Optional.empty();
    }

    /** Problems are listed sheet by sheet in the workbook's order, those about the whole file first. */
    private static int sheetOrder(YamlProblem problem) {
        int bang = problem.field().lastIndexOf('!');
        return bang < 0 ? -1 : Part.named(problem.field().substring(0, bang)).map(Part::ordinal).orElse(-1);
    }

    /**
     * {@code YamlProblems} accepts a finished problem only from its own package; its public method wants a
     * YAML node, and a workbook has cells instead.
     */
    private static void report(YamlProblems problems, List<YamlProblem> found) {
        found.forEach(problems::add);
    }

    /** A row as the sheet holds it: its 1-based number and its non-empty cells by column index. */
    private record SheetRow(int number, SortedMap<Integer, String> cells) {

        boolean blank() {
            return cells.values().stream().allMatch(cell -> unmarked(cell) == null);
        }
    }

    /**
     * Every sheet's rows by sheet name, in the workbook's order, read as uploads are read ({@link XlsxReader}:
     * checked by content, limited in size, hardened against hostile zips and XML).
     */
    private static Map<String, List<SheetRow>> sheets(InputStream in) {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        try {
            XlsxReader.read(in, XlsxReader.Limits.DEFAULTS, new RowHandler() {
                @Override
                public void startWorkbook(List<SheetInfo> all, long rows) {
                    all.forEach(sheet -> sheets.put(sheet.name(), new ArrayList<>()));
                }

                @Override
                public void row(SheetInfo sheet, org.skillboard.excel.read.SheetRow row) {
                    SortedMap<Integer, String> cells = new TreeMap<>();
                    row.cells().forEach(cell -> cells.put(cell.column(), cell.text()));
                    sheets.get(sheet.name()).add(new SheetRow(row.number(), cells));
                }
            });
        } catch (IOException e) {
            // the upload was read from memory or a stream the caller opened: its failure is not the user's
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** Turns the sheets' rows into a framework, checking it as a framework file is checked. */
    private static final class WorkbookReader {

        private final String fileName;
        private final List<YamlProblem> problems;

        WorkbookReader(String fileName, List<YamlProblem> problems) {
            this.fileName = fileName;
            this.problems = problems;
        }

        Optional<FrameworkDefinition> read(Map<String, List<SheetRow>> sheets) {
            sheets.forEach((name, rows) -> {
                if (Part.named(name).isEmpty() && !rows.stream().allMatch(SheetRow::blank)) {
                    problem(1, name + "!A1", "unknown sheet; expected "
                            + Arrays.stream(Part.values()).map(part -> part.sheet).toList());
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
                    line.problem("field", "a value without a field name");
                } else if (!FRAMEWORK_FIELDS.contains(field)) {
                    line.problem("field", "unknown field “" + field + "”; expected one of " + FRAMEWORK_FIELDS);
                } else if (sheet.fieldLines.putIfAbsent(field, line) != null) {
                    line.problem("field", "duplicate field “" + field + "”");
                } else {
                    String value = line.text("value");
                    if (value == null && !OPTIONAL_FRAMEWORK_FIELDS.contains(field)) {
                        line.problem("value", "“" + field + "” must not be empty");
                    }
                    values.put(field, value);
                }
            }
            for (String field : FRAMEWORK_FIELDS) {
                if (!OPTIONAL_FRAMEWORK_FIELDS.contains(field) && !sheet.fieldLines.containsKey(field)) {
                    problem(sheet.nextRow(), sheet.ref(sheet.nextRow(), "field"), "missing field “" + field + "”");
                }
            }
            return values;
        }

        private void check(Table sheet, String field, String problem) {
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
                levels.add(new FrameworkDefinition.Level(code(line, "code", codes, "level"), line.text("name"),
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
                categories.add(new FrameworkDefinition.Category(code(line, "code", codes, "category"),
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
                String code = code(line, "code", codes, "item");
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
                problem(1, Part.DESCRIPTIONS.sheet + "!A1", "missing sheet “" + Part.DESCRIPTIONS.sheet
                        + "”: it names the levels each item defines");
                return items;
            }
            List<FrameworkDefinition.Item> withLevels = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                FrameworkDefinition.Item item = items.get(i);
                List<FrameworkDefinition.ItemLevel> own = levels.getOrDefault(item.code(), List.of());
                if (own.isEmpty() && item.code() != null && descriptions.usable()) {
                    sheet.lines.get(i).problem("code",
                            "no rows in the Descriptions sheet: name the levels this item defines");
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
                    line.problem("item", "no item with the code “" + item + "” in the Items sheet");
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
                    line.problem("level", "“" + item + "” already has the level “" + level + "” in row " + earlier);
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
        private String code(Line line, String column, Set<String> seen, String what) {
            String code = line.required(column);
            if (code == null) {
                return null;
            }
            String problem = FrameworkRules.codeProblem(code);
            if (problem != null) {
                line.problem(column, problem);
            } else if (!seen.add(code)) {
                line.problem(column, FrameworkRules.duplicateCode(what, code));
            }
            return code;
        }

        private void problem(int row, String cell, String message) {
            problems.add(new YamlProblem(fileName, row, cell, message));
        }

        /**
         * A sheet found by its name, its columns by their header text. A table that is missing, empty or
         * lacks a required column has no lines: its problems are reported once, not for every row.
         */
        private Table table(Part part, List<SheetRow> rows) {
            if (rows == null) {
                if (part.required) {
                    problem(1, part.sheet + "!A1", "missing sheet “" + part.sheet + "”");
                }
                return new Table(part, false, 0, Map.of(), List.of(), !part.required);
            }
            List<SheetRow> filled = rows.stream().filter(row -> !row.blank()).toList();
            if (filled.isEmpty()) {
                if (part.required) {
                    problem(1, part.sheet + "!A1", "the sheet is empty; its first row names the columns "
                            + part.columnNames());
                }
                return new Table(part, true, 1, Map.of(), List.of(), !part.required);
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
                    problem(header.number(), where, "unknown column “" + name + "”; expected one of "
                            + part.columnNames());
                    ignored.add(cell.getKey());
                } else if (columns.putIfAbsent(name, cell.getKey()) != null) {
                    problem(header.number(), where, "duplicate column “" + name + "”");
                    ignored.add(cell.getKey());
                }
            }
            boolean complete = true;
            for (Column column : part.columns) {
                if (column.required() && !columns.containsKey(column.name())) {
                    problem(header.number(), part.sheet + "!" + new CellReference(header.number() - 1,
                            lastColumn + 1).formatAsString(), "missing column “" + column.name() + "”");
                    complete = false;
                }
            }
            List<SheetRow> data = filled.subList(1, filled.size());
            for (SheetRow row : data) {
                row.cells().forEach((column, value) -> {
                    if (!columns.containsValue(column) && !ignored.contains(column) && unmarked(value) != null) {
                        problem(row.number(), part.sheet + "!" + new CellReference(row.number() - 1, column)
                                .formatAsString(), "a value in a column without a header");
                    }
                });
            }
            Table table = new Table(part, true, header.number(), columns, new ArrayList<>(), complete);
            if (complete) {
                data.forEach(row -> table.lines.add(new Line(table, row)));
            }
            return table;
        }

        private final class Table {

            final Part part;
            final boolean present;
            final int headerRow;
            final Map<String, Integer> columns;
            final List<Line> lines;
            final boolean complete;
            /** On the Framework sheet, the row of each field. */
            final Map<String, Line> fieldLines = new HashMap<>();

            Table(Part part, boolean present, int headerRow, Map<String, Integer> columns, List<Line> lines,
                    boolean complete) {
                this.part = part;
                this.present = present;
                this.headerRow = headerRow;
                this.columns = columns;
                this.lines = lines;
                this.complete = complete;
            }

            /** Present with every required column: its rows are read and checked. */
            boolean usable() {
                return present && complete;
            }

            /** The row after the last one used: where a missing row would go. */
            int nextRow() {
                return (lines.isEmpty() ? headerRow : lines.getLast().row.number()) + 1;
            }

            String ref(int row, String column) {
                return part.sheet + "!" + new CellReference(row - 1, columns.getOrDefault(column, 0))
                        .formatAsString();
            }

            void problemBelowHeader(String message) {
                problem(headerRow + 1, ref(headerRow + 1, part.columns.getFirst().name()), message);
            }
        }

        /** A data row of a table, its cells read by column name. */
        private final class Line {

            final Table table;
            final SheetRow row;

            Line(Table table, SheetRow row) {
                this.table = table;
                this.row = row;
            }

            String text(String column) {
                Integer index = table.columns.get(column);
                return index == null ? null : unmarked(row.cells().get(index));
            }

            /** The text of a column every row must fill; a problem if the cell is empty. */
            String required(String column) {
                String text = text(column);
                if (text == null) {
                    problem(column, "“" + column + "” must not be empty");
                }
                return text;
            }

            /** One entry per non-blank line of the cell. */
            List<String> list(String column) {
                String text = text(column);
                return text == null ? List.of()
                        : text.lines().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
            }

            String changeMark(String column) {
                String mark = text(column);
                if (mark != null) {
                    String problem = FrameworkRules.changeMarkProblem(mark);
                    if (problem != null) {
                        problem(column, problem);
                    }
                }
                return mark;
            }

            void problem(String column, String message) {
                WorkbookReader.this.problem(row.number(), table.ref(row.number(), column), message);
            }
        }
    }
}
