package org.skillboard.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.skillboard.excel.read.Corpus.sharedStringsXml;
import static org.skillboard.excel.read.Corpus.sheetXml;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every upload that is not a workbook we can safely read ends in one clear message, and the importer
 * receives nothing from it, so nothing is stored. Each file is made here, as the program or attacker behind
 * it would make it.
 */
class HostileUploadsTest {

    private static final String EMPTY = "The file is empty.";
    private static final String CSV = "The file is text (such as CSV), not an Excel workbook. Open it in your"
            + " spreadsheet program, save it as “Excel Workbook (.xlsx)” and upload that file.";
    private static final String NOT_XLSX = "The file is not an Excel workbook (.xlsx). Save it in your spreadsheet"
            + " program as “Excel Workbook (.xlsx)” and upload that file.";
    private static final String OLD_XLS = "The file is an old Excel workbook (.xls). Open it in your spreadsheet"
            + " program, save it as “Excel Workbook (.xlsx)” and upload that file.";
    private static final String ENCRYPTED = "The workbook is protected with a password. Save a copy without the"
            + " password in your spreadsheet program and upload that.";
    private static final String ZIP_BOMB = "The file unpacks to far more data than a workbook of its size holds"
            + " (a zip bomb), so it was not read.";
    private static final String ENTITIES = "The workbook contains XML declarations (DOCTYPE, entities) that"
            + " spreadsheet programs never write, so it was not read.";
    private static final String DAMAGED = "The workbook is damaged and cannot be read. Open it in your spreadsheet"
            + " program, save it again and upload it again.";
    private static final String NO_DATA = "The workbook has no filled cells.";

    private static final String ONE_ROW = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ana</t></is></c>"
            + "</row>");

    private static final String BILLION_LAUGHS = "<!DOCTYPE sst [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n";

    @Test
    void an_empty_file_is_refused() {
        assertThat(refused(new byte[0]).getMessage()).isEqualTo(EMPTY);
    }

    @Test
    void a_csv_file_renamed_to_xlsx_is_refused_as_text() {
        byte[] commas = "person,skill,level\nana,JAVA,3\n".getBytes(StandardCharsets.UTF_8);
        // Excel's CSV on Windows: semicolons, a Windows code page
        byte[] semicolons = "pessoa;competência;nível\r\nJoão;Gestão;B\r\n".getBytes(Charset.forName("windows-1252"));
        // Excel's "Unicode text": UTF-16 with a byte order mark, tabs
        byte[] unicodeText = "\uFEFFperson\tlevel\r\nłucja\t3\r\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(refused(commas).getMessage()).isEqualTo(CSV);
        assertThat(refused(semicolons).getMessage()).isEqualTo(CSV);
        assertThat(refused(unicodeText).getMessage()).isEqualTo(CSV);
        assertThat(refused(commas).messageKey()).isEqualTo("spreadsheet.error.csv");
    }

    @Test
    void an_old_xls_workbook_is_refused() throws IOException {
        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("Assessment").createRow(0).createCell(0).setCellValue("person");

        assertThat(refused(Corpus.written(xls)).getMessage()).isEqualTo(OLD_XLS);
    }

    @Test
    void a_workbook_encrypted_with_a_password_is_refused() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Assessment").createRow(0).createCell(0).setCellValue("person");

        byte[] encrypted = Corpus.encrypted(Corpus.written(workbook), "secret");

        assertThat(refused(encrypted).getMessage()).isEqualTo(ENCRYPTED);
    }

    @Test
    void files_that_are_no_spreadsheet_at_all_are_refused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        byte[] wordDocument;
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ole2.writeFilesystem(out);
            wordDocument = out.toByteArray();
        }
        byte[] plainZip = Corpus.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> ods = new LinkedHashMap<>();
        ods.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        ods.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        byte[] docx = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                .workbookType("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                .bytes();
        byte[] xlsb = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                .workbookType("application/vnd.ms-excel.sheet.binary.macroEnabled.main").bytes();

        byte[] oneByte = {0};
        for (byte[] file : new byte[][] {png, pdf, binary, oneByte, wordDocument, plainZip, Corpus.zip(ods), docx,
            xlsb}) {
            assertThat(refused(file).getMessage()).isEqualTo(NOT_XLSX);
        }
    }

    @Test
    void a_zip_bomb_is_refused_by_the_sizes_its_zip_directory_declares() {
        byte[] bomb = new Corpus.HandMade().sheet("Sheet1", null, out -> {
            out.write(Corpus.XML_DECLARATION + "<worksheet xmlns=\"" + Corpus.MAIN_NS + "\"><sheetData>");
            char[] spaces = new char[1024 * 1024];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
            out.write("</sheetData></worksheet>");
        }).bytes();

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(refused(bomb).getMessage()).isEqualTo(ZIP_BOMB);
    }

    @Test
    void a_zip_bomb_whose_directory_lies_about_its_size_is_stopped_while_it_unpacks() {
        byte[] bomb = new Corpus.HandMade().sheet("Sheet1", null, out -> {
            out.write(Corpus.XML_DECLARATION + "<worksheet xmlns=\"" + Corpus.MAIN_NS + "\"><sheetData>");
            char[] spaces = new char[1024 * 1024];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
            out.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>");
        }).bytes();

        byte[] lying = Corpus.withDeclaredSize(bomb, "xl/worksheets/sheet1.xml", 1_000);

        assertThat(refused(lying).getMessage()).isEqualTo(ZIP_BOMB);
    }

    @Test
    void a_zip_of_thousands_of_parts_is_refused() {
        Corpus.HandMade workbook = new Corpus.HandMade().sheet("Sheet1", ONE_ROW);
        for (int i = 0; i < XlsxPackage.MAX_PARTS; i++) {
            workbook.entry("xl/media/image" + i + ".png", new byte[] {1});
        }

        assertThat(refused(workbook.bytes()).getMessage()).isEqualTo(ZIP_BOMB);
    }

    @Test
    void a_zip_with_two_entries_of_one_name_is_refused() {
        byte[] twoSheets = new Corpus.HandMade().sheet("Sheet1", ONE_ROW).sheet("Sheet2", ONE_ROW).bytes();
        byte[] duplicate = Corpus.renamed(twoSheets, "xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml");
        // part names ignore case, so these two are one part as well
        byte[] caseVariant = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                .entry("XL/Worksheets/Sheet1.xml", ONE_ROW.getBytes(StandardCharsets.UTF_8)).bytes();

        SpreadsheetRefusal refusal = refused(duplicate);

        assertThat(refusal.getMessage()).isEqualTo("The file holds the part “xl/worksheets/sheet1.xml” twice, which"
                + " spreadsheet programs never do, so it was not read.");
        assertThat(refusal.messageKey()).isEqualTo("spreadsheet.error.duplicate-entry");
        assertThat(refusal.arguments()).containsExactly("xl/worksheets/sheet1.xml");
        assertThat(refused(caseVariant).getMessage()).isEqualTo("The file holds the part “XL/Worksheets/Sheet1.xml”"
                + " twice, which spreadsheet programs never do, so it was not read.");
    }

    @Test
    void entity_expansion_in_the_shared_strings_is_refused_before_any_entity_is_expanded() {
        byte[] laughs = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "</row>")).sharedStrings(sharedStringsXml("<si><t>&lol9;</t></si>"))
                .doctype("xl/sharedStrings.xml", BILLION_LAUGHS).bytes();

        assertThat(refused(laughs).getMessage()).isEqualTo(ENTITIES);
    }

    @Test
    void an_external_entity_never_reads_the_local_file_it_names(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "db-password=hunter2");
        String entity = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n";
        byte[] external = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&secret;</t></is></c></row>")).doctype("xl/worksheets/sheet1.xml", entity).bytes();
        Recorder recorder = Recorder.keeping();

        SpreadsheetRefusal refusal = refused(external, XlsxReader.Limits.DEFAULTS, recorder);

        assertThat(refusal.getMessage()).isEqualTo(ENTITIES);
        assertThat(refusal.getMessage()).doesNotContain("hunter2");
        assertThat(refusal.getCause() == null ? "" : String.valueOf(refusal.getCause())).doesNotContain("hunter2");
        assertThat(recorder.rows).isEmpty();
    }

    @Test
    void an_external_document_type_or_parameter_entity_is_never_fetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] externalDtd = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                    .doctype("[Content_Types].xml", "<!DOCTYPE Types SYSTEM \"" + url + "/types.dtd\">\n").bytes();
            byte[] parameterEntity = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                    .doctype("xl/workbook.xml", "<!DOCTYPE workbook [<!ENTITY % remote SYSTEM \"" + url
                            + "/remote.dtd\"> %remote;]>\n").bytes();

            assertThat(refused(externalDtd).getMessage()).isEqualTo(ENTITIES);
            assertThat(refused(parameterEntity).getMessage()).isEqualTo(ENTITIES);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"})
    void a_document_type_declaration_in_any_part_is_refused(String part) {
        byte[] workbook = new Corpus.HandMade()
                .sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
                .sharedStrings(sharedStringsXml("<si><t>ana</t></si>"))
                .styles(Corpus.XML_DECLARATION + "<styleSheet xmlns=\"" + Corpus.MAIN_NS + "\"><cellXfs>"
                        + "<xf numFmtId=\"0\"/></cellXfs></styleSheet>")
                .doctype(part, "<!DOCTYPE x [<!ENTITY e \"e\">]>\n").bytes();

        assertThat(refused(workbook).getMessage()).isEqualTo(ENTITIES);
    }

    @Test
    void a_sheet_of_1048576_rows_is_refused_at_the_first_row_beyond_the_limit() {
        // SXSSF takes about 12 s to write this sheet; by hand it takes well under one
        byte[] millionRows = new Corpus.HandMade().sheet("Sheet1", null, out -> {
            out.write(Corpus.XML_DECLARATION + "<worksheet xmlns=\"" + Corpus.MAIN_NS + "\">"
                    + "<dimension ref=\"A1:A1048576\"/><sheetData>");
            for (int row = 1; row <= 1_048_576; row++) {
                out.write("<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + row + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
        }).bytes();

        SpreadsheetRefusal refusal = refused(millionRows);

        assertThat((long) millionRows.length).isLessThan(XlsxReader.Limits.DEFAULTS.maxBytes());
        assertThat(refusal.getMessage()).isEqualTo("The sheet “Sheet1” has more than 150,000 filled rows, the most"
                + " an upload may have.");
        assertThat(refusal.arguments()).containsExactly("Sheet1", 150_000);
    }

    @Test
    void reading_stops_at_the_first_row_beyond_the_limit_without_reading_the_rest() {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 20; row++) {
            rows.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\"><v>1</v></c></row>");
        }
        // what follows the limit is not even XML: reading it would end in "damaged"
        byte[] sheet = new Corpus.HandMade().sheet("Marks", Corpus.XML_DECLARATION + "<worksheet xmlns=\""
                + Corpus.MAIN_NS + "\"><sheetData>" + rows + "<row <<< not xml").bytes();

        SpreadsheetRefusal refusal = refused(sheet, limits(10, 100, 256, 32_767));

        assertThat(refusal.getMessage()).isEqualTo("The sheet “Marks” has more than 10 filled rows, the most an"
                + " upload may have.");
    }

    @Test
    void a_workbook_with_more_rows_in_all_its_sheets_than_the_limit_is_refused() {
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 8; row++) {
            rows.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\"><v>1</v></c></row>");
        }
        byte[] twoSheets = new Corpus.HandMade().sheet("One", sheetXml(rows.toString()))
                .sheet("Two", sheetXml(rows.toString())).bytes();

        assertThat(refused(twoSheets, limits(10, 15, 256, 32_767)).getMessage())
                .isEqualTo("The workbook has more than 15 filled rows, the most an upload may have.");
    }

    @Test
    void a_filled_cell_beyond_the_last_column_is_refused_even_after_a_good_sheet() {
        byte[] wide = new Corpus.HandMade().sheet("Good", ONE_ROW)
                .sheet("Wide", sheetXml("<row r=\"1\"><c r=\"IV1\"><v>1</v></c><c r=\"IW1\"><v>2</v></c></row>"))
                .bytes();

        assertThat(refused(wide).getMessage()).isEqualTo("The sheet “Wide” has filled cells beyond column IV, the"
                + " last column an upload may use.");
    }

    @Test
    void a_text_longer_than_a_cell_holds_is_refused() {
        String longText = "x".repeat(32_768);
        byte[] inline = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
                + "<t>" + longText + "</t></is></c></row>")).bytes();
        byte[] shared = new Corpus.HandMade().sheet("Sheet1", ONE_ROW)
                .sharedStrings(sharedStringsXml("<si><t>" + longText + "</t></si>")).bytes();
        String message = "The workbook holds a text of more than 32,767 characters, the most a cell may hold.";

        assertThat(refused(inline).getMessage()).isEqualTo(message);
        assertThat(refused(shared).getMessage()).isEqualTo(message);
    }

    /**
     * A part of a few megabytes that unpacks, below a zip bomb's ratio, to one comment, attribute value,
     * CDATA section or instruction of hundreds of megabytes would take the heap of the server: the parser
     * holds such a piece whole. Refused at its first megabyte, before the parser holds it; here a piece of
     * 3 MB, made of random letters and of {@code >}, which does not end a comment, a quoted value or a
     * section.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<!--%s-->", "<sheetPr codeName=\"%s\"/>", "<sheetPr codeName='%s'/>",
        "<![CDATA[%s]]>", "<?skillboard %s?>"})
    void a_single_piece_of_markup_of_megabytes_is_refused_before_the_parser_holds_it(String piece) {
        byte[] workbook = new Corpus.HandMade().sheet("Sheet1", withPiece(piece.formatted(
                randomText(3 * 1024 * 1024, "abcdefghij> ")))).bytes();

        assertThat(refused(workbook).getMessage()).isEqualTo("The workbook holds a piece of XML (a tag, a text or a"
                + " comment) of more than 1 MB, far more than spreadsheet programs write, so it was not read.");
    }

    @Test
    void an_element_name_of_megabytes_is_refused_by_the_parsers_own_limit() {
        // the JDK's parser refuses names beyond 1,000 characters, long before the limit on pieces
        byte[] workbook = new Corpus.HandMade().sheet("Sheet1", withPiece("<" + randomText(3 * 1024 * 1024,
                "abcdefghij") + "/>")).bytes();

        assertThat(refused(workbook).getMessage()).isEqualTo(DAMAGED);
    }

    /**
     * Spreadsheet programs write every part in UTF-8. In another encoding (UTF-16, or EBCDIC, which the JDK's
     * parser would read) the limit on pieces could not see where a piece ends; such a part is read as UTF-8,
     * whatever it declares, and so refused as damaged.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "IBM037"})
    void a_part_in_another_encoding_than_utf8_is_refused(String encoding) {
        String sheet = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ana</t></is></c></row>")
                .replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"");
        byte[] workbook = new Corpus.HandMade().sheet("Sheet1", sheet)
                .encoded("xl/worksheets/sheet1.xml", Charset.forName(encoding)).bytes();

        assertThat(refused(workbook).getMessage()).isEqualTo(DAMAGED);
    }

    private static String withPiece(String piece) {
        return Corpus.XML_DECLARATION + "<worksheet xmlns=\"" + Corpus.MAIN_NS + "\">" + piece + "<sheetData><row"
                + " r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ana</t></is></c></row></sheetData></worksheet>";
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_after_reading_no_more_than_the_limit() throws IOException {
        long limit = XlsxReader.Limits.DEFAULTS.maxBytes();
        ZipHeadedStream elevenMegabytes = new ZipHeadedStream(11 * 1024 * 1024);

        assertThat(refused(elevenMegabytes, XlsxReader.Limits.DEFAULTS).getMessage())
                .isEqualTo("The file is larger than 10 MB, the most an upload may be.");
        assertThat(elevenMegabytes.served).isLessThanOrEqualTo(limit + 1);

        XlsxReader.Limits configured = XlsxReader.Limits.DEFAULTS.withMaxBytes(1_572_864);
        assertThat(refused(new ZipHeadedStream(2 * 1024 * 1024), configured).getMessage())
                .isEqualTo("The file is larger than 1.5 MB, the most an upload may be.");
    }

    @Test
    void a_workbook_without_a_filled_cell_is_refused() {
        XSSFWorkbook blank = new XSSFWorkbook();
        blank.createSheet("Assessment").createRow(3).createCell(2).setCellValue("");

        assertThat(refused(Corpus.written(blank)).getMessage()).isEqualTo(NO_DATA);
    }

    @Test
    void a_damaged_workbook_is_refused() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Assessment").createRow(0).createCell(0).setCellValue("person");
        byte[] whole = Corpus.written(workbook);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        byte[] brokenXml = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))
                .bytes();
        byte[] missingString = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\">"
                + "<v>5</v></c></row>")).sharedStrings(sharedStringsXml("<si><t>ana</t></si>")).bytes();
        byte[] badReference = new Corpus.HandMade().sheet("Sheet1", sheetXml("<row r=\"1\"><c r=\"1A\"><v>1</v></c>"
                + "</row>")).bytes();

        for (byte[] file : new byte[][] {truncated, brokenXml, missingString, badReference}) {
            assertThat(refused(file).getMessage()).isEqualTo(DAMAGED);
        }
    }

    /** Text that packs only a few times (random letters), so that its part is no zip bomb. */
    private static String randomText(int length, String alphabet) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static XlsxReader.Limits limits(int rowsPerSheet, int rows, int columns, int cellText) {
        return new XlsxReader.Limits(10 * 1024 * 1024, 256 * 1024 * 1024, rowsPerSheet, rows, columns, cellText);
    }

    private static SpreadsheetRefusal refused(byte[] file) {
        return refused(file, XlsxReader.Limits.DEFAULTS);
    }

    private static SpreadsheetRefusal refused(byte[] file, XlsxReader.Limits limits) {
        return refused(file, limits, Recorder.keeping());
    }

    private static SpreadsheetRefusal refused(byte[] file, XlsxReader.Limits limits, Recorder recorder) {
        return refused(new ByteArrayInputStream(file), limits, recorder);
    }

    private static SpreadsheetRefusal refused(InputStream file, XlsxReader.Limits limits) {
        return refused(file, limits, Recorder.keeping());
    }

    /** The refusal of the file; the handler must have received nothing, so nothing would be stored. */
    private static SpreadsheetRefusal refused(InputStream file, XlsxReader.Limits limits, Recorder recorder) {
        try {
            XlsxReader.read(file, limits, recorder);
        } catch (SpreadsheetRefusal refusal) {
            assertThat(recorder.sawNothing()).as("the handler received nothing").isTrue();
            return refusal;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return fail("the file was read: " + recorder.rows);
    }

    /** A file as long as asked that starts like a zip, generated as it is read, counting what was read. */
    private static final class ZipHeadedStream extends InputStream {

        private final long length;
        long served;

        ZipHeadedStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - served);
            for (int i = 0; i < n; i++) {
                long position = served + i;
                buffer[offset + i] = position < 4 ? new byte[] {'P', 'K', 3, 4}[(int) position] : 0;
            }
            served += n;
            return n;
        }
    }
}
