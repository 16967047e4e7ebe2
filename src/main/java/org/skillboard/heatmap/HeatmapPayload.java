package org.skillboard.heatmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.base.Messages;
import org.skillboard.excel.Texts;
import org.skillboard.framework.CatalogueItem;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heatmap as the browser element {@code <sb-heatmap>} reads it: one compact JSON
 * document, a character per cell, so that 100,000 cells stay well under 1.5 MB.
 * The contract is described in {@code frontend/sb-heatmap.js}.
 */
public final class HeatmapPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final char NONE = '.';
    /** How the service writes the average of a numeric scale: "3.4", whatever the reader's language. */
    private static final Pattern NUMERIC_AVERAGE = Pattern.compile("\\d+(\\.\\d+)?");

    private HeatmapPayload() {
    }

    /** Colour cells by level, or by gap to each person's target. */
    public enum Mode {
        LEVEL, GAP
    }

    /**
     * @param texts translates a message key (with arguments) into the user's language
     */
    public static String json(HeatmapData data, Mode mode, String caption, Texts texts) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("mode", mode == Mode.GAP ? "gap" : "level");
        document.put("labels", labels(caption, texts));
        document.put("legend", legend(data.columns()));
        List<Column> columns = data.columns().stream().map(HeatmapPayload::column).toList();
        document.put("columns", columns);
        List<Row> rows = new ArrayList<>(data.rows().size());
        for (HeatmapData.Row row : data.rows()) {
            rows.add(row(row, texts));
        }
        document.put("rows", rows);
        document.put("summary", summaries(data, texts));
        if (data.query().sort() == HeatmapQuery.Sort.SKILL && data.query().sortColumn() < columns.size()) {
            document.put("sort", Map.of("column", data.query().sortColumn(), "dir", "desc"));
        }
        return JSON.writeValueAsString(document);
    }

    private static Map<String, String> labels(String caption, Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("person", "legendLevel", "legendGap", "none", "below", "at", "above", "noTarget",
                "stale", "selfOnly", "target", "empty", "emptyRows", "lead")) {
            labels.put(key, texts.apply("heatmap.label." + key));
        }
        labels.put("caption", caption);
        return labels;
    }

    private static List<LegendEntry> legend(List<CatalogueItem> columns) {
        Map<String, LegendEntry> entries = new LinkedHashMap<>();
        for (CatalogueItem column : columns) {
            for (int i = 0; i < column.levelCodes().size(); i++) {
                String code = column.levelCodes().get(i);
                String name = column.levelNames().get(i);
                String label = name == null || name.equals(code) ? code : code + " " + name;
                entries.putIfAbsent(column.family() + "\u0000" + code,
                        new LegendEntry(label, column.position(i), column.frameworkName()));
            }
        }
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing(LegendEntry::framework).thenComparing(LegendEntry::pos))
                .toList();
    }

    private static Column column(CatalogueItem item) {
        List<Double> positions = new ArrayList<>();
        for (int i = 0; i < item.levelCodes().size(); i++) {
            positions.add(Math.round(item.position(i) * 1000) / 1000.0);
        }
        return new Column(item.itemCode(), item.shownCode(), item.shortLabel(), item.itemName(), item.frameworkName(),
                item.categoryName(), item.levelCodes(), positions);
    }

    private static Row row(HeatmapData.Row row, Texts texts) {
        int size = row.cells().size();
        StringBuilder levels = new StringBuilder(size);
        StringBuilder targets = new StringBuilder(size);
        StringBuilder flags = new StringBuilder(size);
        for (HeatmapData.Cell cell : row.cells()) {
            levels.append(cell.level() < 0 ? NONE : DIGITS.charAt(cell.level()));
            targets.append(cell.target() < 0 ? NONE : DIGITS.charAt(cell.target()));
            boolean selfOnly = cell.from() == AssessmentKind.SELF;
            flags.append((char) ('0' + (cell.stale() ? 1 : 0) + (selfOnly ? 2 : 0)));
        }
        String sub = row.lead() ? (row.jobProfile() == null ? texts.apply("heatmap.label.lead")
                : row.jobProfile() + " · " + texts.apply("heatmap.label.lead")) : row.jobProfile();
        return new Row(row.personId(), row.name(), sub, levels.toString(), targets.toString(), flags.toString());
    }

    private static List<SummaryRow> summaries(HeatmapData data, Texts texts) {
        if (data.rows().size() < 2) {
            return List.of();
        }
        List<SummaryCell> average = new ArrayList<>();
        List<SummaryCell> median = new ArrayList<>();
        List<SummaryCell> atTarget = new ArrayList<>();
        List<SummaryCell> holders = new ArrayList<>();
        for (HeatmapData.ColumnSummary summary : data.summaries()) {
            average.add(new SummaryCell(averageText(summary, texts.locale()), false, null));
            median.add(new SummaryCell(summary.median() == null ? "–" : summary.median(), false, null));
            atTarget.add(summary.withTarget() == 0 ? new SummaryCell("–", false, null)
                    : new SummaryCell(atTarget(summary), false, texts.format("heatmap.summary.at-target.title", summary.atOrAboveTarget(),
                                    summary.withTarget())));
            if (summary.neededLevel() == null) {
                holders.add(new SummaryCell("–", false, null));
            } else {
                String key = summary.holders() == 0 ? "heatmap.summary.holders.none"
                        : summary.holders() == 1 ? "heatmap.summary.holders.single" : "heatmap.summary.holders.title";
                holders.add(new SummaryCell(String.valueOf(summary.holders()), summary.singlePointOfFailure(),
                        texts.format(key, summary.holders(), summary.neededLevel())));
            }
        }
        return List.of(new SummaryRow(texts.apply("heatmap.summary.average"), average),
                new SummaryRow(texts.apply("heatmap.summary.median"), median),
                new SummaryRow(texts.apply("heatmap.summary.at-target"), atTarget),
                new SummaryRow(texts.apply("heatmap.summary.holders"), holders));
    }

    /** The average of a numeric scale, when the column's levels are numbers and someone is assessed. */
    public static OptionalDouble averageNumber(HeatmapData.ColumnSummary summary) {
        String text = summary.averageText();
        return text != null && NUMERIC_AVERAGE.matcher(text).matches() ? OptionalDouble.of(Double.parseDouble(text))
                : OptionalDouble.empty();
    }

    /** The average as the reader writes numbers ("3,4" in Portuguese), a letter band as it is ("≈D"), else "–". */
    public static String averageText(HeatmapData.ColumnSummary summary, Locale locale) {
        OptionalDouble number = averageNumber(summary);
        if (number.isPresent()) {
            return Messages.average(number.getAsDouble(), locale);
        }
        return summary.averageText() == null ? "–" : summary.averageText();
    }

    /** "3/4" in a small team; a percentage where "752/1000" would not fit a cell. */
    public static String atTarget(HeatmapData.ColumnSummary summary) {
        return summary.withTarget() < 10 ? summary.atOrAboveTarget() + "/" + summary.withTarget()
                : Math.round(100.0 * summary.atOrAboveTarget() / summary.withTarget()) + "%";
    }

    record LegendEntry(String label, double pos, String framework) {
    }

    /** @param shown the code as people may read it, {@code null} for a code that is only a key */
    record Column(String code, String shown, String label, String name, String framework, String category,
            List<String> levels, List<Double> pos) {
    }

    record Row(long id, String name, String sub, String v, String t, String f) {
    }

    record SummaryRow(String label, List<SummaryCell> cells) {
    }

    record SummaryCell(String text, boolean flag, String title) {
    }
}
