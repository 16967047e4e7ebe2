package org.skillboard.heatmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillboard.heatmap.sheets.HeatmapColours;

/** The browser element keeps no colours of its own: it is given the export's palette when it is made. */
class HeatmapElementTest {

    @Test
    void the_element_paints_with_the_colours_the_export_uses() {
        HeatmapElement heatmap = new HeatmapElement();

        assertThat(heatmap.getElement().getProperty("colours")).isEqualTo(HeatmapColours.browserPalette())
                .contains("\"levels\"", "\"gaps\"", "\"empty\"", "\"flag\"");
    }
}
