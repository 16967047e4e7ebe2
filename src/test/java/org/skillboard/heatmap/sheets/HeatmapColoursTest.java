package org.skillboard.heatmap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The export colours cells as the screen does: the colours are read from the browser's own script. */
class HeatmapColoursTest {

    private static final Path SCRIPT = Path.of("frontend/sb-heatmap.js");

    @Test
    void the_ramp_and_the_gap_colours_are_the_scripts() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);

        Matcher ramp = Pattern.compile("const RAMP = \\[([^\\]]*)\\]").matcher(script);
        assertThat(ramp.find()).isTrue();
        List<String> colours = new ArrayList<>();
        Matcher colour = Pattern.compile("'(#[0-9a-f]{6})'").matcher(ramp.group(1));
        while (colour.find()) {
            colours.add(colour.group(1));
        }
        assertThat(HeatmapColours.RAMP).isEqualTo(colours);
        assertThat(script).contains("const BUCKETS = " + HeatmapColours.BUCKETS + ";");
        assertThat(gap(script, "b1")).isEqualTo(HeatmapColours.BELOW_1);
        assertThat(gap(script, "b2")).isEqualTo(HeatmapColours.BELOW_2);
        assertThat(gap(script, "b3")).isEqualTo(HeatmapColours.BELOW_3);
        assertThat(gap(script, "a")).isEqualTo(HeatmapColours.AT);
        assertThat(gap(script, "p1")).isEqualTo(HeatmapColours.ABOVE_1);
        assertThat(gap(script, "p2")).isEqualTo(HeatmapColours.ABOVE_2);
        assertThat(gap(script, "n")).isEqualTo(HeatmapColours.NO_TARGET);
        assertThat(script).contains("k === 'n' ? '" + HeatmapColours.NO_TARGET_TEXT + "'")
                .contains("#fff 0 3px," + HeatmapColours.EMPTY_STRIPE + " 3px 4px);color:" + HeatmapColours.EMPTY_TEXT)
                .contains(".sum .sm.w{background:" + HeatmapColours.FLAG + ";color:" + HeatmapColours.FLAG_TEXT)
                .contains("inset 0 0 0 2px " + HeatmapColours.FLAG_BORDER);
    }

    /** The twelve steps of the ramp and their text colours, as the script computes them (node, sb-heatmap.js). */
    @Test
    void each_step_of_the_level_ramp_is_the_colour_the_script_computes() {
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

    private static String gap(String script, String key) {
        Matcher matcher = Pattern.compile("\\b" + key + ": '(#[0-9a-f]{6})'").matcher(script);
        assertThat(matcher.find()).as(key).isTrue();
        return matcher.group(1);
    }
}
