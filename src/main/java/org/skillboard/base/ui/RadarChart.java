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
    /**
     * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies, for the lines
     * compared with the main ones. Sky blue is left out: beside today's blue it reads as the same line.
     */
    private static final List<String> COLOURS = List.of("#009E73", "#CC79A7", "#D55E00", "#000000", "#F0E442");

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

    /**
     * How a line looks, so that lines differ in more than colour: the main series a filled blue
     * shape, its target a dashed orange line, the past a dotted grey line, and others (other units)
     * solid lines in the remaining colours.
     */
    public enum Style {
        AREA("#0072B2", "solid"),
        LINE(null, "solid"),
        DASHED("#E69F00", "dashed"),
        DOTTED("#5F5F5F", "dotted");

        private final String colour;
        private final String line;

        Style(String colour, String line) {
            this.colour = colour;
            this.line = line;
        }

        /** The legend's sample of the line: a bar, dashes or dots, drawn as filled shapes. */
        String icon() {
            return switch (this) {
                case AREA, LINE -> "path://M0,3h24v4h-24z";
                case DASHED -> "path://M0,3h7v4h-7zM9,3h6v4h-6zM17,3h7v4h-7z";
                case DOTTED -> "path://M0,3h3v4h-3zM7,3h3v4h-3zM14,3h3v4h-3zM21,3h3v4h-3z";
            };
        }
    }

    /** A chart's own title, saved with it as an image: what it shows ({@code text}) and of what ({@code details}). */
    public record Title(String text, String details) {
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
    private Title title;

    public RadarChart() {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.addClassName("sb-radar");
        chart.setWidthFull();
        // on a phone the radar's width limits its size: no taller than that leaves room for
        chart.setHeight("min(560px, calc(100vw + 120px))");
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

    /** The title drawn on the chart (and so in its PNG); applies from the next {@link #setData}. */
    public void setTitle(Title title) {
        this.title = title;
    }

    public Chart chart() {
        return chart;
    }

    public void setData(Data data) {
        this.data = data;
        chart.setOption(JSON.writeValueAsString(option(data, false, title)));
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
        small.setHeight("300px");
        small.setOption(JSON.writeValueAsString(option(data, true, null)));
        return small;
    }

    static Map<String, Object> option(Data data, boolean compact, Title title) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("tooltipFormatter", "radarLevels");
        Map<String, String> names = new LinkedHashMap<>();
        data.levels().forEach(level -> names.put(String.valueOf(level.value()), level.described()));
        option.put("levelNames", names);
        option.put("tooltip", Map.of("confine", true));
        if (title != null) {
            option.put("title", Map.of("text", title.text(), "subtext", title.details(), "left", "center",
                    "top", 0, "textStyle", Map.of("fontSize", 15, "color", "#1f2937"),
                    "subtextStyle", Map.of("fontSize", 12, "color", "#4b5563")));
        }
        List<Map<String, Object>> legend = new ArrayList<>();
        data.series().forEach(series -> legend.add(Map.of("name", series.name(), "icon", series.style().icon())));
        option.put("legend", Map.of("type", "scroll", "bottom", 0, "data", legend, "itemWidth", 24,
                "itemHeight", 10, "textStyle", Map.of("fontSize", compact ? 11 : 12)));
        // whole names wrapped onto lines, and a radius that leaves room for them (sb-chart.js)
        option.put("radarFit", Map.of("lineChars", compact ? 16 : 22, "top", 8, "bottom", compact ? 28 : 36));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < data.axes().size(); i++) {
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("name", data.axes().get(i).name());
            indicator.put("min", 0);
            indicator.put("max", data.max());
            if (i == 0) {
                // the scale's numbers along the first axis: which ring is which level
                indicator.put("axisLabel", Map.of("show", true, "showMinLabel", false, "fontSize", compact ? 9 : 11,
                        "color", "#4b5563", "margin", 4));
            }
            indicators.add(indicator);
        }
        option.put("radar", Map.of("indicator", indicators, "splitNumber", data.max(),
                "axisName", Map.of("color", "#1f2937", "fontSize", compact ? 10 : 12)));
        List<Map<String, Object>> items = new ArrayList<>();
        int others = 0;
        for (Series series : data.series()) {
            Style style = series.style();
            String colour = style.colour != null ? style.colour : COLOURS.get(others++ % COLOURS.size());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", series.name());
            item.put("value", series.values().stream().map(v -> v == null ? (Object) "-" : v).toList());
            item.put("notes", series.notes());
            item.put("symbol", style == Style.DOTTED ? "emptyCircle" : "circle");
            item.put("symbolSize", compact ? 3 : style == Style.AREA ? 6 : 4);
            item.put("itemStyle", Map.of("color", colour));
            item.put("lineStyle", Map.of("color", colour, "type", style.line,
                    "width", style == Style.AREA ? 2.5 : style == Style.DOTTED ? 2.5 : 2));
            if (style == Style.AREA) {
                item.put("areaStyle", Map.of("color", colour, "opacity", 0.18));
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
