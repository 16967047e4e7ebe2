package org.skillboard.assessment.sheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetCell;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SheetRow;
import org.skillboard.framework.CatalogueItem;

/**
 * Reads a filled-in team template ({@link AssessmentTemplate}): its hidden key sheet says
 * which organisation and which kind it is for and which framework each sheet holds (found
 * by the sheet's name, or by its place if the user renamed it); in each framework sheet the
 * header row names the skills (columns may be moved or added), and every filled level cell
 * below it becomes one line, like a row of the long format.
 */
final class TemplateSheet implements RowHandler {

    private final Map<Integer, SheetRows> sheets = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();
    private final List<String[]> sheetKeys = new ArrayList<>();

    private record SheetRows(SheetInfo info, List<SheetRow> rows) {
    }

    @Override
    public void row(SheetInfo sheet, SheetRow row) {
        if (sheet.hidden()) {
            if (sheet.name().equals(AssessmentTemplate.KEY_SHEET)) {
                String key = row.text(0);
                if ("sheet".equals(key)) {
                    sheetKeys.add(new String[] {row.text(1), row.text(2)});
                } else if (key != null) {
                    keys.put(key, row.text(1));
                }
            }
            return;
        }
        sheets.computeIfAbsent(sheet.position(), position -> new SheetRows(sheet, new ArrayList<>())).rows().add(row);
    }

    boolean isTemplate() {
        return AssessmentTemplate.FORMAT.equals(keys.get("format"));
    }

    /** The organisation the template was made for, or {@code null} if the key sheet does not say. */
    Long tenantId() {
        try {
            return Long.valueOf(keys.get("tenant"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every filled level cell of the framework sheets, as lines of the long format. */
    List<LongSheet.Line> lines(List<CatalogueItem> catalogue) {
        String kind = keys.getOrDefault("kind", "").toLowerCase(Locale.ROOT);
        List<LongSheet.Line> lines = new ArrayList<>();
        List<SheetRows> visible = new ArrayList<>(sheets.values());
        for (int i = 0; i < sheetKeys.size(); i++) {
            String[] sheetKey = sheetKeys.get(i);
            SheetRows sheet = visible.stream().filter(s -> s.info().name().equals(sheetKey[0])).findFirst()
                    // renamed by the user: the sheet in its place (after the instructions)
                    .orElse(i + 1 < visible.size() ? visible.get(i + 1) : null);
            if (sheet != null) {
                read(sheet, sheetKey[1], kind, catalogue, lines);
            }
        }
        return lines;
    }

    private static void read(SheetRows sheet, String family, String kind, List<CatalogueItem> catalogue,
            List<LongSheet.Line> lines) {
        Map<Integer, String> items = null;
        int headerRow = 0;
        for (SheetRow row : sheet.rows()) {
            if (items == null) {
                if (SheetColumns.named(row.text(0)) == SheetColumns.PERSON) {
                    items = itemColumns(row, family, catalogue);
                    headerRow = row.number();
                }
                continue;
            }
            String person = row.text(0);
            if (person == null || person.isBlank()) {
                continue;
            }
            for (SheetCell cell : row.cells()) {
                String code = items.get(cell.column());
                String level = cell.text();
                if (code == null || level.isBlank()) {
                    continue;
                }
                String[] values = new String[SheetColumns.values().length];
                values[SheetColumns.PERSON.ordinal()] = person.strip();
                values[SheetColumns.FRAMEWORK.ordinal()] = family;
                values[SheetColumns.ITEM.ordinal()] = code;
                values[SheetColumns.LEVEL.ordinal()] = level.strip();
                values[SheetColumns.KIND.ordinal()] = kind;
                int levelColumn = cell.column();
                int header = headerRow;
                // the person's key in column A, the skill in the header, all else in the level's cell
                LongSheet.Cells cells = (wanted, number) -> switch (wanted) {
                    case PERSON -> "A" + number;
                    case ITEM -> CellReference.convertNumToColString(levelColumn) + header;
                    default -> CellReference.convertNumToColString(levelColumn) + number;
                };
                lines.add(new LongSheet.Line(sheet.info().name(), row.number(), values, cells));
            }
        }
    }

    /** The header's skill columns: by code of the sheet's framework, in any case; other columns are left alone. */
    private static Map<Integer, String> itemColumns(SheetRow header, String family, List<CatalogueItem> catalogue) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        header.cells().forEach(cell -> catalogue.stream()
                .filter(item -> item.family().equals(family) && item.itemCode().equalsIgnoreCase(cell.text().strip()))
                .findFirst().ifPresent(item -> columns.put(cell.column(), item.itemCode())));
        return columns;
    }

}
