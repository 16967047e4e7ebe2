package org.skillboard.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.skillboard.excel.read.Corpus.sharedStringsXml;
import static org.skillboard.excel.read.Corpus.sheetXml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Real spreadsheet programs store the same entries in different ways; the reader hands every one of them
 * to the importer so that "3", 3 and 3.0 read alike, texts arrive exactly as typed, and formulas, dates,
 * renamed and hidden sheets are what the user sees.
 */
class AwkwardWorkbooksTest {

    @Test
    void shared_strings_and_inline_strings_read_alike() {
        Recorder shared = Recorder.read(assessment(new XSSFWorkbook()));
        Recorder inline = Recorder.read(assessment(new SXSSFWorkbook()));

        List<Map<String, String>> expected = List.of(Map.of("A", "person", "B", "skill", "C", "level"),
                Map.of("A", "ana", "B", "JAVA", "C", "3"), Map.of("A", "ben", "B", "java ", "C", "3"),
                Map.of("A", "cy", "B", " Java", "C", "3"));
        assertThat(shared.texts("Assessment")).isEqualTo(expected);
        assertThat(inline.texts("Assessment")).isEqualTo(expected);
    }

    @Test
    void a_level_stored_as_text_as_a_whole_number_or_as_a_decimal_reads_as_the_same_text() {
        Recorder read = Recorder.read(assessment(new XSSFWorkbook()));

        List<SheetRow> rows = read.rows.get("Assessment");
        assertThat(rows.subList(1, 4)).extracting(row -> row.cell(2))
                .extracting(SheetCell::text, SheetCell::kind, SheetCell::formula)
                .containsExactly(tuple("3", SheetCell.Kind.TEXT, false), tuple("3", SheetCell.Kind.NUMBER, false),
                        tuple("3", SheetCell.Kind.NUMBER, false));
    }

    @Test
    void letter_bands_arrive_as_typed_with_their_case_and_spaces() {
        Workbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Bands").createRow(0);
        row.createCell(0).setCellValue(" b ");
        row.createCell(1).setCellValue("B");
        row.createCell(2).setCellValue("c  ");

        Recorder read = Recorder.read(Corpus.written(workbook));

        assertThat(read.rows.get("Bands").getFirst().cells()).extracting(SheetCell::text)
                .containsExactly(" b ", "B", "c  ");
    }

    @Test
    void a_formula_reads_as_the_result_the_spreadsheet_program_stored() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Formulas").createRow(0);
        row.createCell(0).setCellValue(2);
        row.createCell(1).setCellFormula("A1+1");
        row.createCell(2).setCellFormula("LOWER(\"B\")");
        row.createCell(3).setCellFormula("A1>1");
        row.createCell(4).setCellFormula("NA()");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Recorder read = Recorder.read(Corpus.written(workbook));

        assertThat(read.rows.get("Formulas").getFirst().cells())
                .extracting(SheetCell::text, SheetCell::kind, SheetCell::formula)
                .containsExactly(tuple("2", SheetCell.Kind.NUMBER, false), tuple("3", SheetCell.Kind.NUMBER, true),
                        tuple("b", SheetCell.Kind.TEXT, true), tuple("TRUE", SheetCell.Kind.BOOLEAN, true),
                        tuple("#N/A", SheetCell.Kind.ERROR, true));
    }

    @Test
    void dates_read_as_iso_dates_whatever_their_format() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(LocalDate.of(2026, 3, 15));
        row.getCell(0).setCellStyle(style(workbook, "yyyy-mm-dd"));
        row.createCell(1).setCellValue(LocalDate.of(2026, 3, 15));
        row.getCell(1).setCellStyle(builtIn(workbook, 14));
        row.createCell(2).setCellValue(LocalDateTime.of(2026, 3, 15, 14, 30));
        row.getCell(2).setCellStyle(style(workbook, "dd.mm.yyyy hh:mm"));
        row.createCell(3).setCellValue(0.5);
        row.getCell(3).setCellStyle(style(workbook, "h:mm"));
        row.createCell(4).setCellValue(3.5);
        row.getCell(4).setCellStyle(style(workbook, "0.00"));

        Recorder read = Recorder.read(Corpus.written(workbook));

        assertThat(read.rows.get("Dates").getFirst().cells()).extracting(SheetCell::text, SheetCell::kind)
                .containsExactly(tuple("2026-03-15", SheetCell.Kind.DATE), tuple("2026-03-15", SheetCell.Kind.DATE),
                        tuple("2026-03-15T14:30", SheetCell.Kind.DATE), tuple("12:00", SheetCell.Kind.DATE),
                        tuple("3.5", SheetCell.Kind.NUMBER));
        assertThat(read.rows.get("Dates").getFirst().cell(0).raw()).isEqualTo("46096.0");
    }

    @Test
    void a_workbook_in_the_1904_date_system_gives_the_same_dates() {
        String styles = Corpus.XML_DECLARATION + "<styleSheet xmlns=\"" + Corpus.MAIN_NS + "\"><cellStyleXfs>"
                + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/>"
                + "<xf numFmtId=\"14\"/></cellXfs></styleSheet>";
        byte[] mac = new Corpus.HandMade().date1904().styles(styles)
                .sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44634</v></c><c r=\"B1\"><v>44634</v>"
                        + "</c></row>")).bytes();

        Recorder read = Recorder.read(mac);

        assertThat(read.texts("Sheet1")).containsExactly(Map.of("A", "2026-03-15", "B", "44634"));
    }

    @Test
    void blank_rows_and_empty_cells_are_skipped_and_row_numbers_kept() {
        byte[] gaps = new Corpus.HandMade().sharedStrings(sharedStringsXml("<si><t>ana</t></si><si><t/></si>"))
                .sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\"/>"
                        + "<row r=\"3\" s=\"1\" customFormat=\"1\"><c r=\"A3\" s=\"1\"/><c r=\"B3\"><v></v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"C4\" t=\"inlineStr\"><is><t></t></is>"
                        + "</c><c r=\"D4\" s=\"1\" t=\"s\"/><c r=\"E4\" t=\"str\"><f>\"\"</f><v></v></c></row>"
                        + "<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>ben</t></is></c></row>"))
                .bytes();

        Recorder read = Recorder.read(gaps);

        assertThat(read.rows.get("Sheet1")).extracting(SheetRow::number).containsExactly(1, 7);
        SheetRow ben = read.rows.get("Sheet1").get(1);
        assertThat(ben.cells()).extracting(SheetCell::column).containsExactly(1);
        assertThat(ben.text(1)).isEqualTo("ben");
        assertThat(ben.text(0)).isNull();
        assertThat(ben.reference(1)).isEqualTo("B7");
    }

    @Test
    void extra_and_reordered_columns_arrive_where_the_user_put_them() {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        Sheet sheet = workbook.createSheet("Assessment");
        String[][] rows = {{"level", "notes", "person", "", "skill"}, {"B", "asked for training", "ana", "", "JAVA"}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            for (int column = 0; column < rows[i].length; column++) {
                if (!rows[i][column].isEmpty()) {
                    row.createCell(column).setCellValue(rows[i][column]);
                }
            }
        }

        Recorder read = Recorder.read(Corpus.written(workbook));

        assertThat(read.texts("Assessment")).containsExactly(
                Map.of("A", "level", "B", "notes", "C", "person", "E", "skill"),
                Map.of("A", "B", "B", "asked for training", "C", "ana", "E", "JAVA"));
    }

    @Test
    void renamed_and_hidden_sheets_are_reported_by_the_name_the_user_sees_in_workbook_order() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        for (String name : List.of("Sheet1", "Keys", "Secret", "Notes")) {
            workbook.createSheet(name).createRow(0).createCell(0).setCellValue(name);
        }
        workbook.setSheetName(0, "Ocena Q1 – zespół");
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
        workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

        Recorder read = Recorder.read(Corpus.written(workbook));

        assertThat(read.sheets).containsExactly(new SheetInfo("Ocena Q1 – zespół", 0, false),
                new SheetInfo("Keys", 1, true), new SheetInfo("Secret", 2, true), new SheetInfo("Notes", 3, false));
        assertThat(read.texts("Keys")).containsExactly(Map.of("A", "Keys"));
    }

    @Test
    void a_sheet_as_libreoffice_writes_it_reads_like_one_from_excel() {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>person</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>level</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>band</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>ana</t></is></c><c r=\"B2\"><v>3</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>LOWER(\"B\")</f><v>b</v></c></row>"
                // some writers leave out row and cell references
                + "<row><c t=\"inlineStr\"><is><r><t>b</t></r><r><rPr><b/></rPr><t>en</t></r><rPh><t>ベン</t></rPh>"
                + "</is></c><c><v>3.0</v></c><c t=\"b\"><v>1</v></c><c t=\"e\"><f>NA()</f><v>#N/A</v></c></row>";
        byte[] libreOffice = new Corpus.HandMade().sheet("Arkusz1", sheetXml(rows)).bytes();

        Recorder read = Recorder.read(libreOffice);

        assertThat(read.rows.get("Arkusz1")).extracting(SheetRow::number).containsExactly(1, 2, 3);
        assertThat(read.rows.get("Arkusz1").get(1).cells())
                .extracting(SheetCell::text, SheetCell::raw, SheetCell::kind, SheetCell::formula)
                .containsExactly(tuple("ana", "ana", SheetCell.Kind.TEXT, false),
                        tuple("3", "3", SheetCell.Kind.NUMBER, false), tuple("b", "b", SheetCell.Kind.TEXT, true));
        assertThat(read.rows.get("Arkusz1").get(2).cells())
                .extracting(SheetCell::columnName, SheetCell::text, SheetCell::raw, SheetCell::kind)
                .containsExactly(tuple("A", "ben", "ben", SheetCell.Kind.TEXT),
                        tuple("B", "3", "3.0", SheetCell.Kind.NUMBER), tuple("C", "TRUE", "1", SheetCell.Kind.BOOLEAN),
                        tuple("D", "#N/A", "#N/A", SheetCell.Kind.ERROR));
    }

    @Test
    void shared_strings_lose_their_phonetic_guide_and_keep_escaped_characters() {
        byte[] workbook = new Corpus.HandMade()
                .sharedStrings(sharedStringsXml("<si><t>line_x000D_</t></si>"
                        + "<si><r><t>Ja</t></r><r><rPr><i/></rPr><t>va</t></r><rPh sb=\"0\" eb=\"1\"><t>ジャ</t></rPh>"
                        + "</si><si><t>_x005F_x0041_</t></si><si><t xml:space=\"preserve\"> b </t></si>"))
                .sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"D1\" t=\"s\"><v>3</v></c></row>"))
                .bytes();

        Recorder read = Recorder.read(workbook);

        assertThat(read.rows.get("Sheet1").getFirst().cells()).extracting(SheetCell::text)
                .containsExactly("line\r", "Java", "_x0041_", " b ");
    }

    @Test
    void numbers_read_without_binary_noise_exponents_or_trailing_zeros() {
        byte[] numbers = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\">"
                + "<c r=\"A1\"><v>0.30000000000000004</v></c><c r=\"B1\"><v>1E-3</v></c><c r=\"C1\"><v>-0</v></c>"
                + "<c r=\"D1\"><v>12.50</v></c><c r=\"E1\"><v>1.5E+21</v></c><c r=\"F1\"><v>-7</v></c>"
                + "<c r=\"G1\" t=\"n\"><v> 4 </v></c></row>")).bytes();

        Recorder read = Recorder.read(numbers);

        assertThat(read.rows.get("Sheet1").getFirst().cells()).extracting(SheetCell::text)
                .containsExactly("0.3", "0.001", "0", "12.5", "1500000000000000000000", "-7", "4");
    }

    @Test
    void macro_enabled_and_strict_workbooks_are_read_too() {
        String row = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ana</t></is></c></row>");
        byte[] xlsm = new Corpus.HandMade().workbookType("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .sheet("Sheet1", row).bytes();
        byte[] strict = new Corpus.HandMade().strict().sheet("Sheet1", row).bytes();

        assertThat(Recorder.read(xlsm).texts("Sheet1")).containsExactly(Map.of("A", "ana"));
        assertThat(Recorder.read(strict).texts("Sheet1")).containsExactly(Map.of("A", "ana"));
    }

    @Test
    void an_assessment_sheet_of_100000_rows_passes_the_default_limits() {
        byte[] assessment = new Corpus.HandMade().sheet("Assessment", null, out -> {
            out.write(Corpus.XML_DECLARATION + "<worksheet xmlns=\"" + Corpus.MAIN_NS + "\"><sheetData>");
            out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                    + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>");
            for (int row = 2; row <= 100_001; row++) {
                out.write("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>person-" + row / 100
                        + "</t></is></c><c r=\"B" + row + "\" t=\"inlineStr\"><is><t>SKILL" + row % 100
                        + "</t></is></c>"
                        + "<c r=\"C" + row + "\"><v>" + row % 7 + "</v></c><c r=\"D" + row + "\" s=\"1\"><v>"
                        + (46000 + row % 300) + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
        }).sharedStrings(sharedStringsXml("<si><t>person</t></si><si><t>skill</t></si><si><t>level</t></si>"
                + "<si><t>date</t></si>")).styles(Corpus.XML_DECLARATION + "<styleSheet xmlns=\"" + Corpus.MAIN_NS
                + "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>").bytes();
        Recorder read = Recorder.read(assessment, XlsxReader.Limits.DEFAULTS, false);

        assertThat((long) assessment.length).isLessThan(XlsxReader.Limits.DEFAULTS.maxBytes());
        assertThat(read.rowCount()).isEqualTo(100_001);
    }

    /** An assessment sheet with the level typed as text, as a whole number and as a decimal. */
    private static byte[] assessment(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Assessment");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("person");
        header.createCell(1).setCellValue("skill");
        header.createCell(2).setCellValue("level");
        Row text = sheet.createRow(1);
        text.createCell(0).setCellValue("ana");
        text.createCell(1).setCellValue("JAVA");
        text.createCell(2).setCellValue("3");
        Row whole = sheet.createRow(2);
        whole.createCell(0).setCellValue("ben");
        whole.createCell(1).setCellValue("java ");
        whole.createCell(2).setCellValue(3);
        Row decimal = sheet.createRow(3);
        decimal.createCell(0).setCellValue("cy");
        decimal.createCell(1).setCellValue(" Java");
        decimal.createCell(2).setCellValue(3.0);
        return Corpus.written(workbook);
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static CellStyle builtIn(Workbook workbook, int format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat((short) format);
        return style;
    }
}
