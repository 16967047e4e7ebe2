package org.skillboard.framework.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skillboard.framework.sheets.Part.Column;

/** The sheets, their columns and, for writing, the columns' widths in characters. */
enum Part {

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

    /** The fields of the Framework sheet, in the order they are written. */
    static final List<String> FRAMEWORK_FIELDS = List.of("id", "family", "name", "language", "kind",
            "version", "source", "licence", "description", "item-label", "scale-name");

    static final Set<String> OPTIONAL_FRAMEWORK_FIELDS = Set.of("description", "item-label");

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

    /** A column of a part: its header text, its width in characters for writing, and whether reading needs it. */
    record Column(String name, int width, boolean required) {
    }
}
