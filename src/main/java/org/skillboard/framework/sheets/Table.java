package org.skillboard.framework.sheets;

import static org.skillboard.framework.sheets.SheetRow.unmarked;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.skillboard.base.Message;
import org.skillboard.framework.FrameworkRules;

/**
 * A sheet found by its name, its columns by their header text ({@link WorkbookReader#table}); its problems go to
 * the reader, with the cell they are about.
 */
final class Table {

    private final WorkbookReader reader;

    final Part part;
    final boolean present;
    final int headerRow;
    final Map<String, Integer> columns;
    final List<Line> lines;
    final boolean complete;
    /** On the Framework sheet, the row of each field. */
    final Map<String, Line> fieldLines = new HashMap<>();

    Table(WorkbookReader reader, Part part, boolean present, int headerRow, Map<String, Integer> columns,
            List<Line> lines, boolean complete) {
        this.reader = reader;
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

    void problemBelowHeader(Message message) {
        reader.problem(headerRow + 1, ref(headerRow + 1, part.columns.getFirst().name()), message);
    }

    /** A data row of a table, its cells read by column name. */
    static final class Line {

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
                problem(column, Message.of("framework-file.cell-empty", column));
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
                Message problem = FrameworkRules.changeMarkProblem(mark);
                if (problem != null) {
                    problem(column, problem);
                }
            }
            return mark;
        }

        void problem(String column, Message message) {
            table.reader.problem(row.number(), table.ref(row.number(), column), message);
        }
    }
}
