package org.skillboard.heatmap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The export and the browser element paint with one palette: the element is given the export's colours. */
class HeatmapColoursTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_browser_is_given_every_colour_the_export_paints_with() {
        JsonNode palette = JSON.readTree(HeatmapColours.browserPalette());

        JsonNode levels = palette.get("levels");
        assertThat(levels.size()).isEqualTo(HeatmapColours.BUCKETS);
        for (int k = 0; k < HeatmapColours.BUCKETS; k++) {
            String colour = HeatmapColours.level(k / (double) (HeatmapColours.BUCKETS - 1));
            assertThat(levels.get(k).get("bg").asString()).as("step " + k).isEqualTo(colour);
            assertThat(levels.get(k).get("ink").asString()).as("text on step " + k)
                    .isEqualTo(HeatmapColours.text(colour));
        }
        JsonNode gaps = palette.get("gaps");
        Map<String, Integer> byClass = Map.of("b3", -3, "b2", -2, "b1", -1, "a", 0, "p1", 1, "p2", 2);
        byClass.forEach((name, gap) -> {
            assertThat(gaps.get(name).get("bg").asString()).as(name).isEqualTo(HeatmapColours.gap(gap));
            assertThat(gaps.get(name).get("ink").asString()).as("text on " + name)
                    .isEqualTo(HeatmapColours.text(HeatmapColours.gap(gap)));
        });
        assertThat(gaps.get("n").get("bg").asString()).isEqualTo(HeatmapColours.NO_TARGET);
        assertThat(gaps.get("n").get("ink").asString()).isEqualTo(HeatmapColours.NO_TARGET_TEXT);
        assertThat(palette.get("empty").get("stripe").asString()).isEqualTo(HeatmapColours.EMPTY_STRIPE);
        assertThat(palette.get("empty").get("ink").asString()).isEqualTo(HeatmapColours.EMPTY_TEXT);
        assertThat(palette.get("flag").get("bg").asString()).isEqualTo(HeatmapColours.FLAG);
        assertThat(palette.get("flag").get("ink").asString()).isEqualTo(HeatmapColours.FLAG_TEXT);
        assertThat(palette.get("flag").get("border").asString()).isEqualTo(HeatmapColours.FLAG_BORDER);
    }

    /**
     * In gap colouring, "at target" and "no target" stay apart for people with red-green colour blindness:
     * simulated for deuteranopia (Machado, Oliveira and Fernandes 2009), their contrast is at least 1.8 : 1.
     */
    @Test
    void at_target_and_no_target_stay_apart_under_deuteranopia() {
        double at = luminance(deuteranopia(HeatmapColours.AT));
        double none = luminance(deuteranopia(HeatmapColours.NO_TARGET));
        double ratio = (Math.max(at, none) + 0.05) / (Math.min(at, none) + 0.05);

        assertThat(ratio).isGreaterThanOrEqualTo(1.8);
        assertThat(HeatmapColours.text(HeatmapColours.AT)).isEqualTo(HeatmapColours.DARK_TEXT);
    }

    private static double[] deuteranopia(String hex) {
        double r = linear(Integer.parseInt(hex.substring(1, 3), 16));
        double g = linear(Integer.parseInt(hex.substring(3, 5), 16));
        double b = linear(Integer.parseInt(hex.substring(5, 7), 16));
        return new double[] {
            0.367322 * r + 0.860646 * g - 0.227968 * b,
            0.280085 * r + 0.672501 * g + 0.047413 * b,
            -0.011820 * r + 0.042940 * g + 0.968881 * b};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double luminance(double[] rgb) {
        return 0.2126 * clamp(rgb[0]) + 0.7152 * clamp(rgb[1]) + 0.0722 * clamp(rgb[2]);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** The twelve steps of the ramp and their text colours, as the screen has always shown them. */
    @Test
    void each_step_of_the_level_ramp_has_its_colour_and_its_text_colour() {
        List<String> steps = List.of("#edf8b1", "#d5eeb3", "#b3e1b6", "#86d0ba", "#5dc0c0", "#3aafc3", "#2498c1",
                "#1f7ab5", "#225aa6", "#243f99", "#1a2c7e", "#081d58");
        for (int k = 0; k < steps.size(); k++) {
            double position = k / 11.0;
            assertThat(HeatmapColours.level(position)).as("step " + k).isEqualTo(steps.get(k));
            assertThat(HeatmapColours.text(steps.get(k))).as("text on step " + k)
                    .isEqualTo(k < 7 ? HeatmapColours.DARK_TEXT : HeatmapColours.LIGHT_TEXT);
        }
        assertThat(HeatmapColours.level(0.5)).as("SFIA level 4 of 7 rounds to step 6").isEqualTo("#2498c1");
        assertThat(HeatmapColours.text(HeatmapColours.ABOVE_2)).isEqualTo(HeatmapColours.LIGHT_TEXT);
        assertThat(HeatmapColours.text(HeatmapColours.BELOW_3)).isEqualTo(HeatmapColours.DARK_TEXT);
        assertThat(HeatmapColours.gap(-5)).isEqualTo(HeatmapColours.BELOW_3);
        assertThat(HeatmapColours.gap(4)).isEqualTo(HeatmapColours.ABOVE_2);
    }
}
