package org.skillboard.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.framework.CatalogueItem;

/** The summary under a heatmap column, as a lead reads it for the team she leads. */
class ColumnSummaryTest {

    private static final CatalogueItem SKILL = new CatalogueItem("skills", "Skills", "CEXP", "Customer experience",
            List.of("1", "2", "3", "4", "5"), null, List.of("1", "2", "3", "4", "5"), List.of(1, 2, 3, 4, 5), 5);

    @Test
    void a_level_the_members_need_that_only_one_of_them_holds_is_flagged_whatever_the_lead_holds() {
        List<HeatmapData.Row> team = List.of(
                row("Lead", true, "4", "4"),
                row("Agent one", false, "3", "3"),
                row("Agent two", false, "2", "3"),
                row("Agent three", false, "1", "3"));

        HeatmapData.ColumnSummary summary = HeatmapService.summary(SKILL, 0, team);

        assertThat(summary.neededLevel()).as("what the members need, not the lead's own target").isEqualTo("3");
        assertThat(summary.holders()).isEqualTo(1);
        assertThat(summary.singlePointOfFailure()).isTrue();
    }

    @Test
    void a_team_of_leads_only_is_summarised_over_them() {
        HeatmapData.ColumnSummary summary = HeatmapService.summary(SKILL, 0,
                List.of(row("Lead", true, "4", "4"), row("Co-lead", true, "4", "4")));

        assertThat(summary.holders()).isEqualTo(2);
        assertThat(summary.singlePointOfFailure()).isFalse();
    }

    private static HeatmapData.Row row(String name, boolean lead, String level, String target) {
        int at = Integer.parseInt(level) - 1;
        int wanted = Integer.parseInt(target) - 1;
        return new HeatmapData.Row(name.hashCode(), name, null, lead, List.of(new HeatmapData.Cell(level, at, target,
                wanted, AssessmentKind.MANAGER, null, false)));
    }
}
