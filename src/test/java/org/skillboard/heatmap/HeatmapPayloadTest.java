package org.skillboard.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.framework.CatalogueItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the browser gets: a character per cell for level, target and flags, and texts in the user's language. */
class HeatmapPayloadTest {

    static final CatalogueItem CEXP = new CatalogueItem("sfia-9", "SFIA 9", "CEXP", "Customer experience",
            List.of("2", "3", "4", "5", "6"), "Relationships", List.of("Assist", "Apply", "Enable", "Ensure",
                    "Initiate"), List.of(2, 3, 4, 5, 6), 7);
    static final CatalogueItem FOCUS = new CatalogueItem("criterios", "Criterios", "foco-cliente",
            "FOCO EN EL CLIENTE", List.of("C", "B"), "Personas", List.of("C", "B"), List.of(5, 6), 6);

    @Test
    void each_cell_is_one_character_of_level_target_and_flags() {
        HeatmapData.Row row = new HeatmapData.Row(7, "Rita Costa", "Assistente", false, List.of(
                new HeatmapData.Cell("4", 2, "3", 1, AssessmentKind.SELF, LocalDate.of(2025, 1, 1), true),
                new HeatmapData.Cell(null, -1, "B", 1, null, null, false)));
        HeatmapData data = new HeatmapData("Lisboa", HeatmapQuery.team(1L), LocalDate.of(2025, 11, 22),
                List.of(CEXP, FOCUS), List.of(row), List.of(), 2);

        JsonNode json = JsonMapper.builder().build()
                .readTree(HeatmapPayload.json(data, HeatmapPayload.Mode.GAP, "Lisboa", Texts.of(key -> "[" + key + "]")));

        JsonNode encoded = json.get("rows").get(0);
        assertThat(encoded.get("v").asString()).isEqualTo("2.");
        assertThat(encoded.get("t").asString()).isEqualTo("11");
        assertThat(encoded.get("f").asString()).as("stale and self-only; nothing on an empty cell").isEqualTo("30");
        assertThat(json.get("mode").asString()).isEqualTo("gap");
        assertThat(json.get("columns").get(1).get("label").asString()).isEqualTo("Foco en el cliente");
        assertThat(json.get("columns").get(0).get("pos").get(0).asDouble()).isEqualTo(1 / 6.0, org.assertj.core.api
                .Assertions.within(0.001));
        assertThat(json.get("labels").get("stale").asString()).isEqualTo("[heatmap.label.stale]");
        assertThat(json.get("summary")).as("no summary for a single row").isEmpty();
    }
}
