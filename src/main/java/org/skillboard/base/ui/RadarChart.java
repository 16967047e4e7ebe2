package org.skillboard.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A radar chart with its accessible table of the same numbers and a PNG download: one
 * axis per dimension (or skill), a scale of named levels, and series such as "today" and
 * "target" with optional overlays. Used for CX maturity; built to show a person's skill
 * profile against their target too.
 */
public class RadarChart extends Composite<VerticalLayout> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    private static final List<String> COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#000000", "#999999");

    /** One axis: a dimension or skill, with a longer description for the table. */
    public record Axis(String name, String description) {
    }

    /**
     * A level of the scale: its value, its name (or, where the scale names none, its short
     * description) and an optional short description that follows the name.
     */
    public record Level(int value, String name, String text) {

        /** "Ignoring (no CX in management)", "(a managed area)": the name with its short description. */
        public String described() {
            return name + (text == null || text.isBlank() ? "" : " " + text);
        }
    }

    /**
     * One line on the chart. {@code notes} (one per axis, or empty) follow each value in
     * the tooltip and the table, e.g. the spread behind a median.
     */
    public record Series(String name, List<Double> values, List<String> notes, Style style) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            notes = List.copyOf(notes);
        }
    }

    /** A filled shape for the main series, a solid or a dashed line for what is compared with it. */
    public enum Style {
        AREA,
        LINE,
        DASHED
    }

    /** What the chart shows; {@code max} is the top of the scale (its number of levels). */
    public record Data(List<Axis> axes, int max, List<Level> levels, List<Series> series) {
    }

    private final Chart chart = new Chart();
    private final Grid<Integer> table = new Grid<>();
    private final Div levelKey = new Div();
    private final Button download = new Button(VaadinIcon.DOWNLOAD_ALT.create());
    private String fileName = "chart.png";
    private Data data;

    public RadarChart() {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.addClassName("sb-radar");
        chart.setWidthFull();
        chart.setHeight("560px");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addClassName("sb-radar-table");
        TabSheet views = new TabSheet();
        views.setWidthFull();
        views.add(getTranslation("chart.view.chart"), chart);
        views.add(getTranslation("chart.view.table"), table);
        download.setText(getTranslation("chart.download-png"));
        download.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        download.addClickListener(event -> chart.downloadPng(fileName));
        views.setSuffixComponent(download);
        levelKey.addClassName("sb-level-key");
        root.add(views, levelKey);
    }

    /** The file name the PNG is saved under. */
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public Data getData() {
        return data;
    }

    public Chart chart() {
        return chart;
    }

    public void setData(Data data) {
        this.data = data;
        chart.setOption(JSON.writeValueAsString(option(data, false)));
        fillTable(data);
        fillLevelKey(data);
    }

    /**
     * A small chart of the same data for side-by-side comparisons (small multiples): no
     * legend, no table; the page that shows several gives their numbers in a table of its own.
     */
    public static Chart small(Data data) {
        Chart small = new Chart();
        small.setWidthFull();
        small.setHeight("240px");
        small.setOption(JSON.writeValueAsString(option(data, true)));
        return small;
    }

    private static Map<String, Object> option(Data data, boolean compact) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("color", COLOURS);
        option.put("tooltipFormatter", "radarLevels");
        Map<String, String> names = new LinkedHashMap<>();
        data.levels().forEach(level -> names.put(String.valueOf(level.value()), level.described()));
        option.put("levelNames", names);
        option.put("tooltip", Map.of("confine", true));
        if (!compact) {
            option.put("legend", Map.of("type", "scroll", "bottom", 0));
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        data.axes().forEach(axis -> indicators.add(Map.of("name", axis.name(), "min", 0, "max", data.max())));
        option.put("radar", Map.of("indicator", indicators, "splitNumber", data.max(),
                "radius", compact ? "52%" : "70%", "center", List.of("50%", compact ? "52%" : "50%"),
                "axisName", Map.of("color", "#1f2937", "fontSize", compact ? 10 : 12, "width", compact ? 76 : 140,
                        "overflow", "break")));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Series series : data.series()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", series.name());
            item.put("value", series.values().stream().map(v -> v == null ? (Object) "-" : v).toList());
            item.put("notes", series.notes());
            item.put("symbolSize", compact ? 3 : series.style() == Style.AREA ? 6 : 4);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("width", series.style() == Style.AREA ? 2.5 : 2);
            line.put("type", series.style() == Style.DASHED ? "dashed" : "solid");
            item.put("lineStyle", line);
            if (series.style() == Style.AREA) {
                item.put("areaStyle", Map.of("opacity", 0.18));
            }
            items.add(item);
        }
        option.put("series", List.of(Map.of("type", "radar", "data", items)));
        return option;
    }

    private void fillTable(Data data) {
        table.removeAllColumns();
        table.addColumn(i -> data.axes().get(i).name()).setHeader(getTranslation("chart.table.axis"))
                .setFlexGrow(2).setTooltipGenerator(i -> data.axes().get(i).description());
        for (Series series : data.series()) {
            table.addColumn(i -> cell(series, i)).setHeader(series.name()).setAutoWidth(true).setFlexGrow(1);
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < data.axes().size(); i++) {
            rows.add(i);
        }
        table.setItems(rows);
    }

    /** The value as the table shows it: "3", "3.5", or "–", with the series' note for that axis. */
    String cell(Series series, int axis) {
        Double value = series.values().get(axis);
        String text = value == null ? "–" : number(value);
        String note = axis < series.notes().size() ? series.notes().get(axis) : null;
        return note == null || note.isBlank() ? text : text + " (" + note + ")";
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale() == null ? Locale.ROOT : getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private void fillLevelKey(Data data) {
        levelKey.removeAll();
        Details details = new Details(getTranslation("chart.levels"));
        details.setOpened(false);
        Div list = new Div();
        list.addClassName("sb-level-key-list");
        for (Level level : data.levels()) {
            Div entry = new Div();
            entry.addClassName("sb-level-key-entry");
            Span label = new Span(level.value() + " " + level.name());
            label.addClassName("sb-level-key-label");
            entry.add(label);
            if (level.text() != null && !level.text().isBlank()) {
                entry.add(new Span(" " + level.text()));
            }
            list.add(entry);
        }
        details.add(list);
        levelKey.add(details);
    }
}
