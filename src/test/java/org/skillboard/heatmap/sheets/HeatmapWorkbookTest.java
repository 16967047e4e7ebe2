package org.skillboard.heatmap.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.testsupport.TestClock;

/** The workbooks themselves, from data made up here: what no spreadsheet may run, and Excel's limits. */
class HeatmapWorkbookTest {

    static final CatalogueItem CEXP = new CatalogueItem("sfia-9", "SFIA 9", "CEXP", "Customer experience",
            List.of("2", "3", "4", "5", "6"), "Relationships", List.of("Assist", "Apply", "Enable", "Ensure",
                    "Initiate"), List.of(2, 3, 4, 5, 6), 7);
    static final CatalogueItem FOCUS = new CatalogueItem("criterios", "Criterios", "foco-cliente",
            "FOCO EN EL CLIENTE", List.of("C", "B"), "Personas", List.of("C", "B"), List.of(5, 6), 6);
    static final Texts TEXTS = Texts.of(key -> "[" + key + "]");

    @Test
    void text_that_looks_like_a_formula_is_neutralised() throws Exception {
        List<String> evidence = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)",
                "\tcmd", "\nline", "'quoted", "plain text");
        byte[] file = history(evidence.stream().map(text -> line("=1+2", text)).toList());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertNoFormulas(workbook);
            Sheet sheet = workbook.getSheetAt(0);
            List<String> written = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                written.add(sheet.getRow(r).getCell(10).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("'=1+2");
            }
            assertThat(written).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+1", "'-2+3",
                    "'@SUM(A1)", "'\tcmd", "'\nline", "''quoted", "plain text");
        }
    }

    @Test
    void excel_limits_cut_long_texts_and_make_sheet_names_excel_accepts() throws Exception {
        byte[] file = history(List.of(line("Ana", "x".repeat(40_000))));
        HeatmapData.Row row = new HeatmapData.Row(7, "Rita Costa", null, false, List.of(
                new HeatmapData.Cell("4", 2, null, -1, AssessmentKind.MANAGER, TestClock.TODAY, false),
                new HeatmapData.Cell(null, -1, null, -1, null, null, false)));
        String team = "Equipa [Norte]: 1/2 *urgente?* \\ com um nome muito comprido";
        HeatmapData data = new HeatmapData(team, HeatmapQuery.team(1L), TestClock.TODAY.minusYears(1),
                List.of(CEXP, FOCUS), List.of(row), List.of(), 1);
        ByteArrayOutputStream heatmap = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHeatmap(new HeatmapExport(data, null, null, TestClock.TODAY), HeatmapPayload.Mode.LEVEL,
                TEXTS, Locale.ENGLISH, heatmap);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            String cut = workbook.getSheetAt(0).getRow(2).getCell(10).getStringCellValue();
            assertThat(cut).hasSize(SpreadsheetText.MAX_CELL_TEXT).endsWith("[…]");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(heatmap.toByteArray()))) {
            String name = workbook.getSheetName(0);
            assertThat(name).hasSizeLessThanOrEqualTo(31).startsWith("Equipa").doesNotContainPattern("[\\[\\]:*?/\\\\]");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .as("the title keeps the team's name whole").isEqualTo("[heatmap.caption]");
        }
    }

    @Test
    void column_headers_name_each_item_whole_where_the_screen_cuts_a_long_name() throws Exception {
        CatalogueItem products = new CatalogueItem("criterios", "Criterios", "conocimiento-productos-servicios",
                "CONOCIMIENTO DE PRODUCTOS / SERVICIOS", List.of("C", "B"), "Conocimiento", List.of("C", "B"),
                List.of(5, 6), 6);
        CatalogueItem platforms = new CatalogueItem("criterios", "Criterios", "conocimiento-plataformas",
                "CONOCIMIENTO DE PLATAFORMAS", List.of("C", "B"), "Conocimiento", List.of("C", "B"), List.of(5, 6), 6);
        assertThat(products.shortLabel()).as("on screen").endsWith("…");
        HeatmapData.Row row = new HeatmapData.Row(7, "Rita Costa", null, false, List.of(
                new HeatmapData.Cell("C", 0, null, -1, AssessmentKind.MANAGER, TestClock.TODAY, false),
                new HeatmapData.Cell(null, -1, null, -1, null, null, false),
                new HeatmapData.Cell(null, -1, null, -1, null, null, false)));
        HeatmapData data = new HeatmapData("Lisboa", HeatmapQuery.team(1L), TestClock.TODAY.minusYears(1),
                List.of(CEXP, products, platforms), List.of(row), List.of(summary(), summary(), summary()), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHeatmap(new HeatmapExport(data, null, null, TestClock.TODAY), HeatmapPayload.Mode.LEVEL,
                TEXTS, Locale.ENGLISH, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = new ArrayList<>();
            for (Row r : workbook.getSheetAt(0)) {
                for (Cell cell : r) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            assertThat(texts).contains("CEXP", "Conocimiento de productos / servicios", "Conocimiento de plataformas");
            assertThat(texts).as("no header cut short").noneMatch(text -> text.contains("…"));
        }
    }

    @Test
    void cell_styles_are_created_once_per_look_not_per_cell() throws Exception {
        List<HeatmapData.Row> rows = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            int level = p % 5;
            rows.add(new HeatmapData.Row(p, "Person " + p, "Agent", p == 0, List.of(
                    new HeatmapData.Cell(CEXP.levelCodes().get(level), level, "4", 2,
                            p % 2 == 0 ? AssessmentKind.SELF : AssessmentKind.MANAGER, TestClock.TODAY, p % 3 == 0),
                    new HeatmapData.Cell(null, -1, "B", 1, null, null, false))));
        }
        HeatmapData data = new HeatmapData("Lisboa", HeatmapQuery.team(1L), TestClock.TODAY.minusYears(1),
                List.of(CEXP, FOCUS), rows, List.of(summary(), summary()), 1000);
        for (HeatmapPayload.Mode mode : HeatmapPayload.Mode.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HeatmapWorkbook.writeHeatmap(new HeatmapExport(data, null, null, TestClock.TODAY), mode, TEXTS,
                    Locale.ENGLISH, out);

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(workbook.getNumCellStyles()).as(mode + ": 1,000 cells, a few dozen styles")
                        .isLessThan(60);
                assertNoFormulas(workbook);
            }
        }
    }

    @Test
    void the_temporary_files_of_a_streamed_export_are_removed() throws Exception {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> before = sheetFiles(poiFiles);

        byte[] file = history(IntStream.range(0, 1_000).mapToObj(n -> line("Ana " + n, null))
                .toList());

        assertThat(file).isNotEmpty();
        assertThat(sheetFiles(poiFiles)).isEqualTo(before);
    }

    private static Set<Path> sheetFiles(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().startsWith("poi-sxssf-sheet"))
                    .collect(Collectors.toSet());
        }
    }

    private static HeatmapData.ColumnSummary summary() {
        return new HeatmapData.ColumnSummary(500, 2.0, "4.0", "4", 500, 200, "4", 300);
    }

    private static HistoryLine line(String person, String evidence) {
        return new HistoryLine("p1", person, "sfia-9", "CEXP", "Customer experience", "4", AssessmentKind.MANAGER,
                LocalDate.of(2026, 3, 1), "Review 1", "Lead", evidence);
    }

    private static byte[] history(List<HistoryLine> lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHistory(sink -> {
            sink.start("Lisboa", LocalDate.of(2026, 3, 2));
            lines.forEach(sink::line);
        }, TEXTS, Locale.ENGLISH, out);
        return out.toByteArray();
    }

    static void assertNoFormulas(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}
