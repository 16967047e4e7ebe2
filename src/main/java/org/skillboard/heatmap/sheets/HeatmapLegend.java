package org.skillboard.heatmap.sheets;

import static org.skillboard.heatmap.sheets.Cells.MINUS;
import static org.skillboard.heatmap.sheets.Cells.NOT_ASSESSED;
import static org.skillboard.heatmap.sheets.Cells.level;
import static org.skillboard.heatmap.sheets.Cells.position;
import static org.skillboard.heatmap.sheets.Cells.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.skillboard.excel.Texts;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapPayload;

/** The heatmap's legend sheet: colours, marks, and every skill and criterion by its full name. */
final class HeatmapLegend {

    private final Sheet sheet;
    private final HeatmapPayload.Mode mode;
    private final List<CatalogueItem> columns;
    private final LocalDate staleBefore;
    private final Texts texts;
    private final DateTimeFormatter dates;
    private final HeatmapStyles styles;

    HeatmapLegend(Sheet sheet, HeatmapPayload.Mode mode, List<CatalogueItem> columns, LocalDate staleBefore,
            Texts texts, DateTimeFormatter dates, HeatmapStyles styles) {
        this.sheet = sheet;
        this.mode = mode;
        this.columns = columns;
        this.staleBefore = staleBefore;
        this.texts = texts;
        this.dates = dates;
        this.styles = styles;
    }

        void write() {
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 30 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, texts.apply("heatmap.export.legend"), styles.title);
        r++;
        if (mode == HeatmapPayload.Mode.GAP) {
            text(sheet.createRow(r++), 0, texts.apply("heatmap.label.legendGap"), styles.header);
            r = swatch(sheet, r, MINUS + "3", styles.level(HeatmapColours.gap(-3), null, false, false),
                    texts.apply("heatmap.label.below"), null);
            r = swatch(sheet, r, MINUS + "2", styles.level(HeatmapColours.gap(-2), null, false, false),
                    texts.apply("heatmap.label.below"), null);
            r = swatch(sheet, r, MINUS + "1", styles.level(HeatmapColours.gap(-1), null, false, false),
                    texts.apply("heatmap.label.below"), null);
            r = swatch(sheet, r, "=", styles.level(HeatmapColours.gap(0), null, false, false),
                    texts.apply("heatmap.label.at"), null);
            r = swatch(sheet, r, "+1", styles.level(HeatmapColours.gap(1), null, false, false),
                    texts.apply("heatmap.label.above"), null);
            r = swatch(sheet, r, "+2", styles.level(HeatmapColours.gap(2), null, false, false),
                    texts.apply("heatmap.label.above"), null);
            r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT,
                    false, false), texts.apply("heatmap.label.noTarget"), null);
        } else {
            text(sheet.createRow(r++), 0, texts.apply("heatmap.label.legendLevel"), styles.header);
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<Object[]> entries = new ArrayList<>();
            for (CatalogueItem item : columns) {
                for (int i = 0; i < item.levelCodes().size(); i++) {
                    if (seen.putIfAbsent(item.family() + "\u0000" + item.levelCodes().get(i), i) == null) {
                        entries.add(new Object[] {item, i});
                    }
                }
            }
            entries.sort(java.util.Comparator.comparing((Object[] entry) -> ((CatalogueItem) entry[0])
                    .frameworkName()).thenComparingDouble(entry -> position((CatalogueItem) entry[0],
                            (Integer) entry[1])));
            for (Object[] entry : entries) {
                CatalogueItem item = (CatalogueItem) entry[0];
                int i = (Integer) entry[1];
                String code = item.levelCodes().get(i);
                String name = item.levelNames().get(i);
                r = swatch(sheet, r, code, styles.level(HeatmapColours.level(position(item, i)), null, false,
                        false), name == null || name.equals(code) ? null : name, item.frameworkName());
            }
        }
        r++;
        r = swatch(sheet, r, NOT_ASSESSED, styles.empty, texts.apply("heatmap.label.none"), null);
        r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, false,
                true), texts.apply("heatmap.label.stale"), texts.format("heatmap.export.stale-before",
                        dates.format(staleBefore)));
        r = swatch(sheet, r, "3", styles.level(HeatmapColours.NO_TARGET, HeatmapColours.NO_TARGET_TEXT, true,
                false), texts.apply("heatmap.label.selfOnly"), null);
        r = swatch(sheet, r, "1", styles.flagged, texts.apply("heatmap.export.single-point"), null);
        r++;
        Row heading = sheet.createRow(r++);
        text(heading, 0, texts.apply("heatmap.export.column.item-code"), styles.header);
        text(heading, 1, texts.apply("heatmap.export.items"), styles.header);
        text(heading, 2, texts.apply("heatmap.framework"), styles.header);
        text(heading, 3, texts.apply("heatmap.category"), styles.header);
        for (CatalogueItem item : columns) {
            Row row = sheet.createRow(r++);
            text(row, 0, item.itemCode(), styles.text);
            text(row, 1, item.itemName(), styles.text);
            text(row, 2, item.frameworkName(), styles.text);
            text(row, 3, item.categoryName(), styles.text);
        }
    }

    private int swatch(Sheet sheet, int r, String sample, CellStyle style, String meaning, String detail) {
        Row row = sheet.createRow(r);
        level(row, 0, sample, style);
        text(row, 1, meaning, styles.text);
        text(row, 2, detail, styles.text);
        return r + 1;
    }
}
