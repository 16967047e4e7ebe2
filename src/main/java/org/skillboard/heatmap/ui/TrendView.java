package org.skillboard.heatmap.ui;

import org.skillboard.framework.CatalogueItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.skillboard.base.Messages;
import org.skillboard.base.ui.Chart;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.TrendData;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a team's levels moved: the team's average per skill at the end of each
 * assessment period, as a chart and as a table, and what changed since a chosen day.
 */
@Route("heatmap/trend")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD})
class TrendView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Okabe–Ito and Paul Tol's colour-blind-safe sets, twenty colours before one repeats. */
    /** Each item's level codes, by family and code, to name averages and axes as the heatmap does. */
    private final Map<String, List<String>> levelCodes = new java.util.HashMap<>();

    private static final List<String> LINE_COLOURS = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7",
            "#56b4e9", "#d55e00", "#f0e442", "#000000", "#332288", "#88ccee", "#44aa99", "#117733", "#999933",
            "#ddcc77", "#cc6677", "#882255", "#aa4499", "#6699cc", "#997700", "#bbbbbb");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HeatmapService heatmaps;
    private final List<TeamOverview> teams;
    private final Select<TeamOverview> team = new Select<>();
    private final Select<String> framework = new Select<>();
    private final DatePicker since = new DatePicker();
    private final Chart chart = new Chart();
    private final Grid<TrendData.Series> table = new Grid<>();
    private final Grid<TrendData.Change> changes = new Grid<>();
    private final Paragraph changesEmpty = new Paragraph();
    private final RouterLink back = new RouterLink();
    private TrendData data;

    TrendView(HeatmapService heatmaps, PeopleService people, Clock clock) {
        this.heatmaps = heatmaps;
        this.teams = people.myTeams();
        addClassName("sb-page");
        setId("trend");
        setWidthFull();
        add(new H2(getTranslation("trend.title")));

        team.setLabel(getTranslation("heatmap.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamOverview::name);
        Map<String, String> frameworks = new LinkedHashMap<>();
        heatmaps.catalogue().forEach(item -> {
            frameworks.putIfAbsent(item.family(), item.frameworkName());
            levelCodes.put(item.family() + "\n" + item.itemCode(), item.levelCodes());
        });
        List<String> families = new ArrayList<>(frameworks.keySet());
        families.addFirst("");
        framework.setLabel(getTranslation("heatmap.framework"));
        framework.setItems(families);
        framework.setItemLabelGenerator(family -> family.isEmpty() ? getTranslation("heatmap.all")
                : frameworks.get(family));
        framework.setValue("");
        since.setLabel(getTranslation("trend.since"));
        LocalDate today = LocalDate.now(clock);
        since.setMax(today);
        since.setValue(today.minusMonths(6));
        back.setText(getTranslation("trend.back"));
        back.setRoute(HeatmapView.class);
        HorizontalLayout toolbar = new HorizontalLayout(team, framework, since, back);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar);

        chart.setWidthFull();
        chart.setHeight("420px");
        // whole item names, wrapped: two that start alike ("CONOCIMIENTO DE P…") stay apart
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // one row per skill: few, but a framework may have many; the grid scrolls past a screenful
        table.setHeight("420px");
        TabSheet views = new TabSheet();
        views.setWidthFull();
        views.add(getTranslation("trend.chart"), chart);
        views.add(getTranslation("trend.table"), table);
        add(views);

        add(new H3(getTranslation("trend.changes")));
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a large team changes thousands of levels: the grid renders only the rows in view
        changes.setHeight("32rem");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        changes.addColumn(change -> dates.format(change.on())).setHeader(getTranslation("cell.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(TrendData.Change::personName).setHeader(getTranslation("heatmap.label.person"))
                .setAutoWidth(true);
        changes.addColumn(change -> CatalogueItem.named(change.itemCode(), change.itemName()))
                .setHeader(getTranslation("trend.item")).setFlexGrow(2);
        changes.addColumn(change -> getTranslation("assessment.kind." + change.kind().name().toLowerCase()))
                .setHeader(getTranslation("cell.column.kind")).setAutoWidth(true);
        changes.addColumn(change -> (change.before() == null ? "–" : change.before()) + " → " + change.now())
                .setHeader(getTranslation("trend.change")).setAutoWidth(true);
        add(changesEmpty, changes);

        team.addValueChangeListener(event -> reload());
        framework.addValueChangeListener(event -> reload());
        since.addValueChangeListener(event -> reload());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter(HeatmapView.TEAM).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        teams.stream().filter(candidate -> Objects.equals(candidate.id(), wanted)).findFirst()
                .or(() -> teams.stream().findFirst()).ifPresent(team::setValue);
    }

    TrendData data() {
        return data;
    }

    private void reload() {
        if (team.getValue() == null) {
            return;
        }
        String family = framework.getValue() == null || framework.getValue().isEmpty() ? null : framework.getValue();
        data = heatmaps.trend(team.getValue().id(), family, since.getValue());
        back.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(HeatmapView.TEAM,
                String.valueOf(team.getValue().id())));
        chart.setOption(JSON.writeValueAsString(option(data)));
        table.removeAllColumns();
        table.addColumn(TrendView::itemName).setHeader(getTranslation("trend.item"))
                .setTooltipGenerator(TrendView::itemName).setFlexGrow(2).setWidth("16em");
        for (int i = 0; i < data.points().size(); i++) {
            int point = i;
            table.addColumn(series -> series.averages().get(point) == null ? "–"
                    : shown(series, series.averages().get(point), getLocale()))
                    .setHeader(data.pointNames().get(i)).setWidth("8em").setFlexGrow(1);
        }
        table.setItems(data.series());
        changes.setItems(data.changes());
        changes.setVisible(!data.changes().isEmpty());
        changesEmpty.setText(getTranslation("trend.no-changes"));
        changesEmpty.setVisible(data.changes().isEmpty());
    }

    private Map<String, Object> option(TrendData trend) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        // confined to the chart, so that a tall tooltip is not cut at the top of the page
        option.put("tooltip", Map.of("trigger", "axis", "confine", true));
        // enough distinct colours for a framework's items, so that no two lines look alike
        option.put("color", LINE_COLOURS);
        // the tooltip shows each point as the table does, in the reader's way of writing numbers
        option.put("tooltipFormatter", "axisShown");
        // a long name is shortened in the legend, and shown whole when pointed at
        option.put("legend", Map.of("type", "scroll", "bottom", 0, "tooltip", Map.of("show", true),
                "textStyle", Map.of("width", 220, "overflow", "truncate")));
        option.put("grid", Map.of("left", 48, "right", 24, "top", 32, "bottom", 36));
        // every period named, however long the names: wrapped to the width each has, or on their side
        // on a phone (sb-chart.js), the plot making room for them
        option.put("xLabelsFit", true);
        option.put("xAxis", Map.of("type", "category", "data", trend.pointNames(),
                "axisLabel", Map.of("interval", 0, "hideOverlap", false)));
        int top = trend.series().stream().mapToInt(TrendData.Series::scaleSize).max().orElse(7);
        // letter bands are named on the axis by their letters, not drawn as ranks that read as numbers
        List<String> letters = sharedLetterScale(trend);
        if (!letters.isEmpty()) {
            option.put("yLevels", letters);
        }
        option.put("yAxis", Map.of("type", "value", "min", 1, "max", top, "interval", 1,
                "name", getTranslation("trend.axis")));
        List<Map<String, Object>> series = new ArrayList<>();
        for (TrendData.Series line : trend.series()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            // the whole name: two items starting alike stay apart; the legend shortens it for display
            entry.put("name", itemName(line));
            entry.put("type", "line");
            entry.put("connectNulls", true);
            entry.put("data", points(line, getLocale()));
            series.add(entry);
        }
        option.put("series", series);
        return option;
    }

    /** An item as the table and the legend name it: whole, with its code when that is a short one. */
    static String itemName(TrendData.Series series) {
        return CatalogueItem.named(series.itemCode(), series.itemName());
    }

    /** Each average as a point the chart draws ({@code value}) and the text its tooltip shows ({@code shown}). */
    private List<Map<String, Object>> points(TrendData.Series line, Locale locale) {
        return points(line.averages(), codesOf(line), locale);
    }

    /** As {@link #points(TrendData.Series, Locale)}, for a line's averages on a scale of these level codes. */
    static List<Map<String, Object>> points(List<Double> averages, List<String> codes, Locale locale) {
        List<Map<String, Object>> points = new ArrayList<>(averages.size());
        for (Double average : averages) {
            // a period without assessments stays a gap the line is drawn across
            points.add(average == null ? null : Map.of("value", average, "shown", shown(codes, average, locale)));
        }
        return points;
    }

    /**
     * An average as the heatmap writes it: a number on a numeric scale ("4,3"), the nearest band on a
     * scale of letters ("≈B"), so that the table, the tooltip and the heatmap agree.
     */
    private String shown(TrendData.Series line, double average, Locale locale) {
        return shown(codesOf(line), average, locale);
    }

    static String shown(List<String> codes, double average, Locale locale) {
        boolean numeric = codes.stream().allMatch(code -> code.matches("\\d+"));
        if (numeric || codes.isEmpty()) {
            return Messages.average(average, locale);
        }
        int nearest = (int) Math.round(average) - 1;
        return "≈" + codes.get(Math.max(0, Math.min(codes.size() - 1, nearest)));
    }

    private List<String> codesOf(TrendData.Series line) {
        return levelCodes.getOrDefault(line.family() + "\n" + line.itemCode(), List.of());
    }

    /** The level codes all shown lines share, when they share one scale of letters; else none. */
    private List<String> sharedLetterScale(TrendData trend) {
        List<List<String>> scales = trend.series().stream().map(this::codesOf).distinct().toList();
        if (scales.size() != 1 || scales.getFirst().isEmpty()
                || scales.getFirst().stream().allMatch(code -> code.matches("\\d+"))) {
            return List.of();
        }
        return scales.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trend.title") + " · " + getTranslation("app.name");
    }
}
