package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.excel.read.SpreadsheetRefusal;
import org.skillboard.framework.sheets.FrameworkWorkbook;

/**
 * A tenant maintains a framework in a spreadsheet: what the app writes comes back unchanged, what the
 * tenant edits is read by column name, and every mistake is reported with its sheet and cell.
 */
class FrameworkWorkbookTest {

    private static final List<String[]> SEEDS = List.of(new String[] {"atlantico", "sfia-9-pt"},
            new String[] {"atlantico", "criterios-cs"}, new String[] {"baltic", "sfia-9-pl"},
            new String[] {"baltic", "cx-kupsusmudel"});

    @Test
    void every_seed_framework_survives_a_round_trip_through_a_workbook() throws Exception {
        for (String[] seed : SEEDS) {
            FrameworkDefinition original = SeedFrameworksTest.load(seed[0], seed[1]);
            YamlProblems problems = new YamlProblems();

            Optional<FrameworkDefinition> again = FrameworkWorkbook.read(seed[1] + ".xlsx",
                    new ByteArrayInputStream(written(original)), problems);

            assertThat(problems.all()).as(seed[1]).isEmpty();
            assertThat(again).as(seed[1]).contains(original);
        }
    }

    /** Framework uploads are read as assessment uploads are, with the same defences (decision 0008). */
    @Test
    void a_framework_workbook_hiding_a_comment_of_megabytes_is_refused_before_it_is_parsed() throws Exception {
        byte[] workbook = written(SeedFrameworksTest.load("atlantico", "sfia-9-pt"));
        Random random = new Random(7);
        StringBuilder comment = new StringBuilder("<!--");
        for (int i = 0; i < 3 * 1024 * 1024; i++) {
            comment.append((char) ('a' + random.nextInt(10)));
        }
        byte[] hostile = withCommentInFirstSheet(workbook, comment.append("-->").toString());
        assertThatThrownBy(() -> FrameworkWorkbook.read("sfia.xlsx", new ByteArrayInputStream(hostile),
                new YamlProblems())).isInstanceOf(SpreadsheetRefusal.class).hasMessage("The workbook holds a piece"
                + " of XML (a tag, a text or a comment) of more than 1 MB, far more than spreadsheet programs write,"
                + " so it was not read.");
    }

    /** The workbook with the comment put right after the first worksheet's XML declaration. */
    private static byte[] withCommentInFirstSheet(byte[] workbook, String comment) throws Exception {
        // read through a file: a streaming workbook's entries carry their sizes after their data
        Path file = Files.createTempFile("framework", ".xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(Files.write(file, workbook).toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] part = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    part = (xml.substring(0, afterDeclaration) + comment + xml.substring(afterDeclaration))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(part);
                zip.closeEntry();
            }
        } finally {
            Files.delete(file);
        }
        return out.toByteArray();
    }

    @Test
    void descriptions_sheet_has_one_row_per_item_level_description() throws Exception {
        FrameworkDefinition criteria = SeedFrameworksTest.load("atlantico", "criterios-cs");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written(criteria)))) {
            assertThat(sheetNames(workbook))
                    .containsExactly("Framework", "Scale", "Categories", "Notes", "Items", "Descriptions");
            assertThat(texts(workbook.getSheet("Framework").getRow(0))).containsExactly("field", "value");
            assertThat(workbook.getSheet("Framework").getLastRowNum()).isEqualTo(11);
            assertThat(texts(workbook.getSheet("Items").getRow(0))).containsExactly("code", "name", "category",
                    "overview", "guidance", "activities-intro", "activities", "change", "guidance-change", "origin");

            Sheet descriptions = workbook.getSheet("Descriptions");
            assertThat(texts(descriptions.getRow(0))).containsExactly("item", "level", "description", "change");
            assertThat(descriptions.getPaneInformation().isFreezePane()).isTrue();
            int levels = criteria.items().stream().mapToInt(item -> item.levels().size()).sum();
            assertThat(descriptions.getPhysicalNumberOfRows()).isEqualTo(1 + levels);

            FrameworkDefinition.Item leads = criteria.items().stream()
                    .filter(item -> item.name().equals("LIDERA E INFLUYE")).findFirst().orElseThrow();
            List<List<String>> rowsOfLeads = new ArrayList<>();
            for (Row row : descriptions) {
                if (row.getRowNum() > 0 && texts(row, 4).getFirst().equals(leads.code())) {
                    rowsOfLeads.add(texts(row, 4));
                }
            }
            assertThat(rowsOfLeads).extracting(row -> row.get(1)).containsExactly("D", "C", "B");
            assertThat(rowsOfLeads.get(0)).as("a band listed without a description").containsExactly(leads.code(),
                    "D", "", "");
        }
    }

    @Test
    void reordered_columns_and_blank_rows_are_accepted() throws Exception {
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        sheets.put("Framework", rows(row("value", "field"), null, row("demo", "id"), row("demo-family", "family"),
                row("Demo", "name"), null, null, row("es", "language"), row("criteria", "kind"), row("2", "version"),
                row("Hoja de la empresa", "source"), row("Uso interno", "licence"), row("Bandas", "scale-name")));
        sheets.put("Scale", rows(row("name", "code"), row(null, "G"), null, row("Experto", "F")));
        sheets.put("Categories", rows(row("description", "name", "code"), row(null, "Personas", "personas")));
        sheets.put("Items", rows(null, row("name", "category", "code"), row("Lidera", "personas", "lidera"), null,
                row("Comunica", null, "comunica")));
        sheets.put("Descriptions", rows(row("description", "change", "level", "item"),
                row("Guía a otros.", "new", "G", "lidera"), null, row(null, null, "F", "lidera"),
                row("Escucha.", null, "F", "comunica")));
        YamlProblems problems = new YamlProblems();

        Optional<FrameworkDefinition> read = FrameworkWorkbook.read("demo.xlsx",
                new ByteArrayInputStream(workbook(sheets)), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(read).contains(new FrameworkDefinition("demo", "demo-family", "Demo", Locale.forLanguageTag("es"),
                FrameworkKind.CRITERIA, 2, "Hoja de la empresa", "Uso interno", null, null, List.of(), "Bandas",
                List.of(new FrameworkDefinition.Level("G", null, null, null, List.of(), null),
                        new FrameworkDefinition.Level("F", "Experto", null, null, List.of(), null)),
                List.of(new FrameworkDefinition.Category("personas", "Personas", null)),
                List.of(new FrameworkDefinition.Item("lidera", "Lidera", "personas", null, null, null, List.of(),
                        null, null, false, List.of(new FrameworkDefinition.ItemLevel("G", "Guía a otros.", "new"),
                                new FrameworkDefinition.ItemLevel("F", null, null))),
                        new FrameworkDefinition.Item("comunica", "Comunica", null, null, null, null, List.of(), null,
                                null, false, List.of(new FrameworkDefinition.ItemLevel("F", "Escucha.", null))))));
    }

    @Test
    void every_problem_names_sheet_and_cell() throws Exception {
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        sheets.put("Framework", rows(row("field", "value"), row("id", "demo"), row("family", "demo"),
                row("name", "Demo"), row("language", "es"), row("kind", "criteria"), row("version", "one"),
                row("source", "Hoja"), row("licence", "Interna"), row("scale-name", "Bandas")));
        sheets.put("Scale", rows(row("code"), row("G"), row("F"), row("E")));
        sheets.put("Items", rows(row("code", "name"), row("lidera", "Lidera"), row("lidera", "Lidera otra vez"),
                row("comunica", null)));
        sheets.put("Descriptions", rows(row("item", "level", "description"), row("lidera", "G", "Guía."),
                row("lidera", "Z", "Más allá de la escala."), row("escucha", "G", "Escucha."),
                row("comunica", "F", "Comunica.")));
        YamlProblems problems = new YamlProblems();

        Optional<FrameworkDefinition> read = FrameworkWorkbook.read("demo.xlsx",
                new ByteArrayInputStream(workbook(sheets)), problems);

        assertThat(read).isEmpty();
        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "demo.xlsx:7: Framework!B7: expected a whole number from 1 to 100000",
                "demo.xlsx:3: Items!A3: another item already has the code “lidera”",
                "demo.xlsx:4: Items!B4: “name” must not be empty",
                "demo.xlsx:3: Descriptions!B3: “Z” is not a level of the scale (G, F, E)",
                "demo.xlsx:4: Descriptions!A4: no item with the code “escucha” in the sheet “Items”");
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_with_a_clear_message() throws Exception {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] csv = "field,value\nid,demo\nname,Demo\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet("Framework").createRow(0).createCell(0).setCellValue("field");
            old.write(xls);
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("framework.yaml"));
            entries.write("id: demo\n".getBytes(StandardCharsets.UTF_8));
        }

        String notXlsx = "The file is not an Excel workbook (.xlsx). Save it in your spreadsheet program as “Excel"
                + " Workbook (.xlsx)” and upload that file.";
        Map<byte[], String> expected = new LinkedHashMap<>();
        expected.put(random, notXlsx);
        expected.put(csv, "The file is text (such as CSV), not an Excel workbook. Open it in your spreadsheet"
                + " program, save it as “Excel Workbook (.xlsx)” and upload that file.");
        expected.put(new byte[0], "The file is empty.");
        expected.put(xls.toByteArray(), "The file is an old Excel workbook (.xls). Open it in your spreadsheet"
                + " program, save it as “Excel Workbook (.xlsx)” and upload that file.");
        expected.put(zip.toByteArray(), notXlsx);

        expected.forEach((content, message) -> {
            YamlProblems problems = new YamlProblems();

            assertThatThrownBy(() -> FrameworkWorkbook.read("upload.xlsx", new ByteArrayInputStream(content),
                    problems)).isInstanceOf(SpreadsheetRefusal.class).hasMessage(message);
            assertThat(problems.all()).isEmpty();
        });
    }

    @Test
    void a_text_that_looks_like_a_formula_is_written_as_text_and_read_back_unchanged() throws Exception {
        FrameworkDefinition criteria = SeedFrameworksTest.load("atlantico", "criterios-cs");
        FrameworkDefinition.Item first = criteria.items().getFirst();
        List<FrameworkDefinition.ItemLevel> levels = new ArrayList<>(first.levels());
        levels.set(0, new FrameworkDefinition.ItemLevel(levels.getFirst().code(), "\tindented by a tab", null));
        levels.set(1, new FrameworkDefinition.ItemLevel(levels.get(1).code(), "'already quoted'", "new"));
        FrameworkDefinition.Item formulas = new FrameworkDefinition.Item(first.code(),
                "=HYPERLINK(\"https://example.org\",\"click\")", first.category(), "+1 overview", "-guidance\n- more",
                "@SUM(A1:A2)", List.of("=1+1", "plain"), null, null, false, levels);
        List<FrameworkDefinition.Item> items = new ArrayList<>(criteria.items());
        items.set(0, formulas);
        FrameworkDefinition framework = new FrameworkDefinition(criteria.key(), criteria.family(), criteria.name(),
                criteria.language(), criteria.kind(), criteria.version(), criteria.source(), criteria.licence(),
                "=cmd|' /C calc'!A0", "\r\nbreak first", criteria.notes(), criteria.scaleName(), criteria.levels(),
                criteria.categories(), items);

        byte[] written = written(framework);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            Row item = workbook.getSheet("Items").getRow(1);
            assertThat(item.getCell(1).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"https://example.org\",\"click\")");
            assertThat(item.getCell(3).getStringCellValue()).isEqualTo("'+1 overview");
            assertThat(item.getCell(6).getStringCellValue()).isEqualTo("'=1+1\nplain");
            assertThat(workbook.getSheet("Descriptions").getRow(2).getCell(2).getStringCellValue())
                    .isEqualTo("''already quoted'");
        }
        YamlProblems problems = new YamlProblems();
        Optional<FrameworkDefinition> again = FrameworkWorkbook.read("formulas.xlsx",
                new ByteArrayInputStream(written), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(again).contains(framework);
    }

    @Test
    void a_text_that_looks_like_an_excel_escape_or_holds_a_control_character_is_read_back_unchanged()
            throws Exception {
        FrameworkDefinition criteria = SeedFrameworksTest.load("atlantico", "criterios-cs");
        FrameworkDefinition framework = new FrameworkDefinition(criteria.key(), criteria.family(), criteria.name(),
                criteria.language(), criteria.kind(), criteria.version(), criteria.source(), criteria.licence(),
                "_x0041_ is not A, _x005F_ is not _, and \u0001 is kept", null, criteria.notes(),
                criteria.scaleName(), criteria.levels(), criteria.categories(), criteria.items());
        YamlProblems problems = new YamlProblems();

        Optional<FrameworkDefinition> again = FrameworkWorkbook.read("escapes.xlsx",
                new ByteArrayInputStream(written(framework)), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(again).contains(framework);
    }

    @Test
    void a_text_longer_than_an_excel_cell_holds_is_refused_naming_the_cell_and_field() throws Exception {
        FrameworkDefinition criteria = SeedFrameworksTest.load("atlantico", "criterios-cs");
        FrameworkDefinition.Item first = criteria.items().getFirst();
        List<FrameworkDefinition.Item> items = new ArrayList<>(criteria.items());
        items.set(0, new FrameworkDefinition.Item(first.code(), first.name(), first.category(), null,
                "x".repeat(FrameworkWorkbook.MAX_CELL_TEXT + 1), null, List.of(), null, null, false, first.levels()));
        FrameworkDefinition tooLong = new FrameworkDefinition(criteria.key(), criteria.family(), criteria.name(),
                criteria.language(), criteria.kind(), criteria.version(), criteria.source(), criteria.licence(),
                null, null, List.of(), criteria.scaleName(), criteria.levels(), criteria.categories(), items);

        assertThatThrownBy(() -> written(tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the text for Items!E2 (guidance of “" + first.code() + "”) has 32768 characters; "
                        + "an Excel cell holds at most 32767");
    }

    private static byte[] written(FrameworkDefinition framework) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameworkWorkbook.write(framework, out);
        return out.toByteArray();
    }

    /** A workbook as a tenant might make one; a {@code null} row is left blank. */
    private static byte[] workbook(Map<String, List<String[]>> sheets) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r) == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        if (rows.get(r)[c] != null) {
                            row.createCell(c).setCellValue(rows.get(r)[c]);
                        }
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String[]> rows(String[]... rows) {
        return Arrays.asList(rows);
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        return texts(row, row.getLastCellNum());
    }

    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return texts;
    }
}
