package org.skillboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the radar asks ECharts to draw: lines told apart by more than colour, the scale, a title. */
class RadarChartOptionTest {

    static final RadarChart.Data TODAY_TARGET_AND_LAST_YEAR = new RadarChart.Data(
            List.of(new RadarChart.Axis("Feedback", ""), new RadarChart.Axis("Ownership", ""),
                    new RadarChart.Axis("Metrics", "")), 6,
            List.of(new RadarChart.Level(1, "Ignoring", null), new RadarChart.Level(6, "Leading", null)),
            List.of(series("Today", RadarChart.Style.AREA), series("In five years", RadarChart.Style.DASHED),
                    series("2025: today", RadarChart.Style.DOTTED), series("Tallinn: today", RadarChart.Style.LINE)));

    @Test
    void today_the_target_and_a_past_round_differ_in_line_and_colour_and_the_legend_shows_which_is_which() {
        Map<String, Object> option = RadarChart.option(TODAY_TARGET_AND_LAST_YEAR, false, null);

        List<Map<String, Object>> lines = lines(option);
        List<Object> types = lines.stream().map(line -> style(line, "lineStyle").get("type")).toList();
        List<Object> colours = lines.stream().map(line -> style(line, "lineStyle").get("color")).toList();
        assertThat(types.subList(0, 3)).as("today, target, past round").containsExactly("solid", "dashed", "dotted");
        assertThat(colours).as("four lines, four colours").doesNotHaveDuplicates();
        assertThat(colours.getFirst()).as("today in Okabe–Ito blue").isEqualTo("#0072B2");
        assertThat(colours.get(2)).as("the past in grey").isEqualTo("#5F5F5F");
        assertThat(colours).as("no light blue that reads as today's blue").doesNotContain("#56B4E9");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> legend = (List<Map<String, Object>>) ((Map<String, Object>) option.get("legend"))
                .get("data");
        assertThat(legend).extracting(entry -> entry.get("icon")).as("each line's sample").hasSize(4)
                .element(1).isNotEqualTo(legend.get(0).get("icon"));
        assertThat(legend.get(2).get("icon")).isNotIn(legend.get(0).get("icon"), legend.get(1).get("icon"));
    }

    @Test
    void the_scale_is_numbered_along_the_first_axis_and_the_title_goes_with_the_chart() {
        Map<String, Object> option = RadarChart.option(TODAY_TARGET_AND_LAST_YEAR, false,
                new RadarChart.Title("CX maturity: Tallinn", "2026 H2 · Levels 1–6"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) ((Map<String, Object>) option.get("radar"))
                .get("indicator");
        assertThat(indicators.getFirst()).containsKey("axisLabel");
        assertThat(style(indicators.getFirst(), "axisLabel")).containsEntry("show", true);
        assertThat(indicators.subList(1, indicators.size())).noneMatch(indicator -> indicator.containsKey("axisLabel"));
        assertThat(indicators).extracting(indicator -> indicator.get("max")).containsOnly(6);
        assertThat(option.get("title")).isInstanceOfSatisfying(Map.class, title -> assertThat(title)
                .containsEntry("text", "CX maturity: Tallinn").containsEntry("subtext", "2026 H2 · Levels 1–6"));
        assertThat(RadarChart.option(TODAY_TARGET_AND_LAST_YEAR, true, null)).doesNotContainKey("title");
    }

    private static RadarChart.Series series(String name, RadarChart.Style style) {
        return new RadarChart.Series(name, List.of(2.0, 3.0, 4.0), List.of(), style);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> option) {
        Map<String, Object> radar = ((List<Map<String, Object>>) option.get("series")).getFirst();
        return (List<Map<String, Object>>) radar.get("data");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> style(Map<String, Object> owner, String key) {
        return (Map<String, Object>) owner.get(key);
    }
}
