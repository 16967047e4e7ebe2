package org.skillboard.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.testsupport.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Portuguese lead reads "3,5" on the heatmap, in the trend table and in its chart's tooltip alike. */
class NumbersInTheReadersLanguageTest {

    private static final Locale PORTUGUESE = Locale.of("pt");
    private static final CatalogueItem CEXP = new CatalogueItem("sfia-9", "SFIA 9", "CEXP", "Customer experience",
            List.of("2", "3", "4", "5", "6"), "Relationships", List.of("Assist", "Apply", "Enable", "Ensure",
                    "Initiate"), List.of(2, 3, 4, 5, 6), 7);

    @Test
    void the_heatmap_average_is_written_with_a_portuguese_decimal_comma() {
        JsonNode json = JsonMapper.builder().build().readTree(HeatmapPayload.json(data("3.5"), HeatmapPayload.Mode.LEVEL,
                "Lisboa", Texts.of(key -> "[" + key + "]", PORTUGUESE)));

        JsonNode average = json.get("summary").get(0);
        assertThat(average.get("label").asString()).isEqualTo("[heatmap.summary.average]");
        assertThat(average.get("cells").get(0).get("text").asString()).isEqualTo("3,5");
    }

    @Test
    void the_same_average_reads_the_english_way_for_an_english_reader_and_a_band_stays_a_band() {
        HeatmapData.ColumnSummary whole = summary("3.0");
        assertThat(HeatmapPayload.averageText(whole, Locale.ENGLISH)).isEqualTo("3.0");
        assertThat(HeatmapPayload.averageText(whole, PORTUGUESE)).isEqualTo("3,0");
        assertThat(HeatmapPayload.averageText(summary("≈B"), PORTUGUESE)).isEqualTo("≈B");
        assertThat(HeatmapPayload.averageText(summary(null), PORTUGUESE)).isEqualTo("–");
    }

    @Test
    void trend_points_carry_the_text_their_tooltip_shows_and_gaps_stay_gaps() {
        List<Map<String, Object>> points = TrendView.points(Arrays.asList(4.333, null, 4.8),
                List.of("1", "2", "3", "4", "5", "6", "7"), PORTUGUESE);

        assertThat(points.get(0)).containsEntry("value", 4.333).containsEntry("shown", "4,3");
        assertThat(points.get(1)).isNull();
        assertThat(points.get(2)).containsEntry("shown", "4,8");
    }

    @Test
    void on_a_scale_of_letters_the_trend_says_the_nearest_band_as_the_heatmap_does() {
        List<String> bands = List.of("G", "F", "E", "D", "C", "B");

        assertThat(TrendView.shown(bands, 5.8, PORTUGUESE)).isEqualTo("≈B");
        assertThat(TrendView.shown(bands, 2.4, PORTUGUESE)).isEqualTo("≈F");
        assertThat(TrendView.points(Arrays.asList(6.0), bands, PORTUGUESE).getFirst()).containsEntry("shown", "≈B");
    }

    private static HeatmapData data(String averageText) {
        HeatmapData.Row ana = row(1, "Ana");
        HeatmapData.Row rui = row(2, "Rui");
        return new HeatmapData("Lisboa", HeatmapQuery.team(1L), TestClock.TODAY.minusYears(1), List.of(CEXP),
                List.of(ana, rui), List.of(summary(averageText)), 2);
    }

    private static HeatmapData.Row row(long id, String name) {
        return new HeatmapData.Row(id, name, null, false,
                List.of(new HeatmapData.Cell("4", 2, null, -1, AssessmentKind.MANAGER, TestClock.TODAY, false)));
    }

    private static HeatmapData.ColumnSummary summary(String averageText) {
        return new HeatmapData.ColumnSummary(2, 2.5, averageText, "4", 0, 0, null, 0);
    }
}
