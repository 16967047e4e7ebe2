package org.skillboard.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every workbook we write does to a text: never a formula, never past Excel's limits. */
class SpreadsheetTextTest {

    @Test
    void text_that_starts_like_a_formula_is_written_after_a_quote() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\nx", "\rx", "'quoted"}) {
            assertThat(SpreadsheetText.exported(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetText.exported("Mentors new joiners")).isEqualTo("Mentors new joiners");
        assertThat(SpreadsheetText.exported("a = b")).isEqualTo("a = b");
    }

    @Test
    void a_text_longer_than_a_cell_holds_is_cut_with_a_mark() {
        String cut = SpreadsheetText.exported("x".repeat(40_000));

        assertThat(cut).hasSize(SpreadsheetText.MAX_CELL_TEXT).endsWith(SpreadsheetText.CUT_MARK)
                .startsWith("xxx");
        assertThat(SpreadsheetText.exported("x".repeat(SpreadsheetText.MAX_CELL_TEXT)))
                .as("exactly at the limit: kept whole").hasSize(SpreadsheetText.MAX_CELL_TEXT).doesNotContain("[…]");
        assertThat(SpreadsheetText.exported("\u0001".repeat(10_000))).as("escapes count against the limit")
                .hasSizeLessThanOrEqualTo(SpreadsheetText.MAX_CELL_TEXT).endsWith(SpreadsheetText.CUT_MARK);
    }

    @Test
    void characters_xml_cannot_hold_and_escape_lookalikes_are_escaped() {
        assertThat(SpreadsheetText.exported("a\u0001b")).isEqualTo("a_x0001_b");
        assertThat(SpreadsheetText.exported("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(SpreadsheetText.exported("snake_case")).isEqualTo("snake_case");
    }

    @Test
    void sheet_names_drop_forbidden_characters_quotes_and_length() {
        assertThat(SpreadsheetText.sheetName("Equipa [Norte]: 1/2 *urgente?* \\ com um nome comprido", "Sheet",
                Set.of())).hasSizeLessThanOrEqualTo(31).startsWith("Equipa  Norte").doesNotEndWith(" ")
                .doesNotContainPattern("[\\[\\]:*?/\\\\]");
        assertThat(SpreadsheetText.sheetName("'Alpha'", "Sheet", Set.of())).isEqualTo("Alpha");
        assertThat(SpreadsheetText.sheetName("[]", "Sheet", Set.of())).isEqualTo("Sheet");
        assertThat(SpreadsheetText.sheetName("legend", "Sheet", Set.of("Legend"))).isEqualTo("legend (2)");
        assertThat(SpreadsheetText.sheetName("x".repeat(40), "Sheet", Set.of("x".repeat(31))))
                .isEqualTo("x".repeat(27) + " (2)");
    }
}
