package org.skillboard.heatmap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.testsupport.TestClock;

/** The exported heatmap's averages are numbers a reader can compute with, not texts that look like numbers. */
class AveragesAsNumbersTest {

    private static final String AVERAGE_ROW = "[heatmap.summary.average]";

    @Test
    void a_numeric_scale_average_is_a_number_cell_with_one_decimal_and_a_letter_band_stays_text() throws Exception {
        HeatmapData data = new HeatmapData("Lisboa", HeatmapQuery.team(1L), TestClock.TODAY.minusYears(1),
                List.of(HeatmapWorkbookTest.CEXP, HeatmapWorkbookTest.FOCUS), List.of(person(1), person(2)),
                List.of(summary("3.5"), summary("≈B")), 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHeatmap(new HeatmapExport(data, null, null, TestClock.TODAY), HeatmapPayload.Mode.LEVEL,
                Texts.of(key -> "[" + key + "]", Locale.of("pt")), Locale.of("pt"), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row averages = averageRow(workbook.getSheetAt(0));
            Cell cexp = averages.getCell(2);
            assertThat(cexp.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cexp.getNumericCellValue()).isEqualTo(3.5);
            assertThat(cexp.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            Cell focus = averages.getCell(3);
            assertThat(focus.getCellType()).isEqualTo(CellType.STRING);
            assertThat(focus.getStringCellValue()).isEqualTo("≈B");
        }
    }

    private static Row averageRow(Sheet sheet) {
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING
                    && label.getStringCellValue().equals(AVERAGE_ROW)) {
                return row;
            }
        }
        throw new AssertionError("no row " + AVERAGE_ROW);
    }

    private static HeatmapData.Row person(int id) {
        return new HeatmapData.Row(id, "Person " + id, "Agent", false, List.of(
                new HeatmapData.Cell("4", 2, null, -1, AssessmentKind.MANAGER, TestClock.TODAY, false),
                new HeatmapData.Cell("B", 1, null, -1, AssessmentKind.MANAGER, TestClock.TODAY, false)));
    }

    static HeatmapData.ColumnSummary summary(String averageText) {
        return new HeatmapData.ColumnSummary(2, 2.0, averageText, "4", 0, 0, null, 0);
    }
}
