package org.skillboard.maturity.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetCell;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SheetRow;

/**
 * Reads a filled-in maturity template ({@link MaturityTemplate}) as the safe reader hands it
 * over: the hidden key sheet says which organisation, model and unit it is for and which cell
 * holds which answer; the worksheet is found by its name, or by its place if the user renamed
 * it. Only the cells of the first rows are kept: a template has a few dozen, whatever the upload
 * holds besides.
 */
final class MaturityTemplateSheet implements RowHandler {

    /** Rows a template never reaches; cells below are not kept. */
    private static final int MAX_ROW = 500;

    private final Map<Integer, SheetCells> sheets = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, Integer> keyRows = new HashMap<>();
    private final List<String[]> dimensions = new ArrayList<>();
    private final List<String[]> changes = new ArrayList<>();

    /** The filled cells of one visible sheet, by reference ({@code D7}). */
    record SheetCells(SheetInfo info, Map<String, SheetCell> cells) {

        /** The cell's text, stripped, or {@code null} when the cell is empty or blank. */
        String text(String reference) {
            SheetCell cell = cells.get(reference);
            return cell == null || cell.text().isBlank() ? null : cell.text().strip();
        }

        SheetCell cell(String reference) {
            return cells.get(reference);
        }
    }

    @Override
    public void row(SheetInfo sheet, SheetRow row) {
        if (sheet.hidden()) {
            if (sheet.name().equals(MaturityTemplate.KEY_SHEET)) {
                key(row);
            }
            return;
        }
        if (row.number() > MAX_ROW) {
            return;
        }
        SheetCells cells = sheets.computeIfAbsent(sheet.position(), position -> new SheetCells(sheet,
                new HashMap<>()));
        row.cells().forEach(cell -> cells.cells().put(row.reference(cell.column()), cell));
    }

    private void key(SheetRow row) {
        String key = row.text(0);
        if (key == null) {
            return;
        }
        switch (key) {
            case "dimension" -> dimensions.add(new String[] {row.text(1), row.text(2), row.text(3)});
            case "change" -> changes.add(new String[] {row.text(1), row.text(2), row.text(3), row.text(4)});
            default -> {
                keys.put(key, row.text(1));
                keyRows.put(key, row.number());
            }
        }
    }

    boolean isTemplate() {
        return MaturityTemplate.FORMAT.equals(keys.get("format"));
    }

    String key(String name) {
        return keys.get(name);
    }

    /** Where the key sheet holds a key's value ({@code B3}), for a problem about it. */
    String keyCell(String name) {
        Integer row = keyRows.get(name);
        return row == null ? "" : "B" + row;
    }

    /** Per dimension: its code, the cell of today's level and the cell of the level in five years. */
    List<String[]> dimensions() {
        return dimensions;
    }

    /** Per critical change: its number, the cells of its description, owner and due date. */
    List<String[]> changes() {
        return changes;
    }

    /** The worksheet: by its name, or, renamed, the sheet in its place (after the instructions). */
    SheetCells worksheet() {
        String name = keys.get("sheet");
        return sheets.values().stream().filter(sheet -> sheet.info().name().equals(name)).findFirst()
                .orElseGet(() -> sheets.values().stream()
                        .filter(sheet -> sheet.info().position() == MaturityTemplate.WORKSHEET_POSITION)
                        .findFirst().orElse(new SheetCells(new SheetInfo(name == null ? "" : name,
                                MaturityTemplate.WORKSHEET_POSITION, false), Map.of())));
    }
}
