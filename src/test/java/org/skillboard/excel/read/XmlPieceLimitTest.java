package org.skillboard.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Where a piece of XML starts and ends, as the limit reads the bytes of a part. */
class XmlPieceLimitTest {

    private static final int LIMIT = 64;
    private static final String TOO_LONG = "spreadsheet.error.xml-too-long";

    @Test
    void every_part_of_a_real_workbook_passes_unchanged() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Equipa <A> & “B”");
            sheet.createRow(0).createCell(0).setCellValue("Nível > 3 & <4> ]]> -->");
            sheet.getRow(0).createCell(1).setCellValue(3.5);
            sheet.getRow(0).createCell(2).setCellFormula("A1&\"]]>\"");
            workbook.write(file);
        }
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.toByteArray()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] part = zip.readAllBytes();
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    assertThat(new XmlPieceLimit(new ByteArrayInputStream(part)).readAllBytes()).isEqualTo(part);
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThan(5);
    }

    @Test
    void a_piece_of_the_limit_passes_one_byte_more_is_refused() throws IOException {
        String tag = "<a b=\"" + "x".repeat(LIMIT - 9) + "\"/>";
        assertThat(tag).hasSize(LIMIT);

        assertThat(read("<r>" + tag + "</r>")).isEqualTo("<r>" + tag + "</r>");
        assertThat(refusal("<r>" + tag.replace("/>", " />") + "</r>")).isEqualTo(TOO_LONG);
    }

    @Test
    void a_greater_than_sign_inside_a_quoted_value_does_not_end_the_tag() {
        String value = ">".repeat(LIMIT);

        assertThat(refusal("<a b=\"" + value + "\"/>")).isEqualTo(TOO_LONG);
        assertThat(refusal("<a b='" + value + "'/>")).isEqualTo(TOO_LONG);
    }

    @Test
    void comments_cdata_and_instructions_end_only_at_their_own_end() throws IOException {
        String filler = "> ->] ?>".replace("?>", "? >").repeat(LIMIT / 8 + 1);

        assertThat(refusal("<r><!--" + filler.replace("-", "") + "--></r>")).isEqualTo(TOO_LONG);
        assertThat(refusal("<r><![CDATA[" + filler + "]]></r>")).isEqualTo(TOO_LONG);
        assertThat(refusal("<?pi " + filler + "?><r/>")).isEqualTo(TOO_LONG);
        // the dashes that open a comment do not close it
        assertThat(refusal("<r><!-->" + "x".repeat(LIMIT) + "--></r>")).isEqualTo(TOO_LONG);
        // each ends where it should: the text after it starts a new piece
        String shortPieces = "<r><!-- a > b --><![CDATA[ c ]] > ]]><?pi d ? e?>" + "t".repeat(LIMIT - 10) + "</r>";
        assertThat(read(shortPieces)).isEqualTo(shortPieces);
    }

    @Test
    void a_text_between_tags_is_left_to_the_parser_which_hands_it_on_in_chunks() throws IOException {
        String text = "<r>" + "t".repeat(10 * LIMIT) + "</r>";

        assertThat(read(text)).isEqualTo(text);
    }

    @Test
    void a_document_type_is_refused_where_it_starts() {
        assertThat(refusal("<!DOCTYPE r [<!ENTITY e \"e\">]><r>&e;</r>")).isEqualTo("spreadsheet.error.entities");
    }

    @Test
    void a_part_not_in_utf8_is_refused() {
        byte[] utf16 = "<r>ana</r>".getBytes(StandardCharsets.UTF_16);
        byte[] utf16WithoutMark = "<r>ana</r>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(refusal(utf16)).isEqualTo("spreadsheet.error.damaged");
        assertThat(refusal(utf16WithoutMark)).isEqualTo("spreadsheet.error.damaged");
    }

    private static String read(String xml) throws IOException {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return new String(new XmlPieceLimit(new ByteArrayInputStream(bytes), LIMIT).readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static String refusal(String xml) {
        return refusal(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The message key the limit refuses the bytes with. */
    private static String refusal(byte[] bytes) {
        try {
            new XmlPieceLimit(new ByteArrayInputStream(bytes), LIMIT).readAllBytes();
        } catch (Refusals.Unpack unpack) {
            return unpack.refusal.messageKey();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return fail("not refused");
    }
}
