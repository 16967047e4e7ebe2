package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is wrong with an uploaded framework is said in the admin's language: the line, or the sheet and
 * cell, and the field in words, never a field path or the YAML parser's own words.
 */
@SkillboardTest
class FrameworkProblemsViewTest extends SignedInViewTest {

    private static final String TINY = """
            id: tiny
            family: tiny
            name: Tiny
            language: pt
            kind: criteria
            version: 1
            source: test
            licence: test
            scale:
              name: Bandas
              levels:
                - code: G
                - code: F
            items:
              - code: resp
                name: Responsabilidade
                levels:
                  G: first
                  F: second
              - code: etica
                name: Ética
                levels:
                  G: first
            """;

    /** In Portuguese. */
    static FreshTenant iberian;
    /** In Polish. */
    static FreshTenant polish;

    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        iberian = tenants.tenant("fp-pt").shippedFramework("criterios-cs").load();
        polish = tenants.tenant("fp-pl").locale("pl-PL").shippedFramework("criterios-cs").load();
    }

    @Test
    void a_portuguese_admin_uploading_a_level_out_of_order_reads_the_item_the_level_and_the_line() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        List<FrameworkSummary> before = frameworks.all();

        upload("tiny.yaml", TINY.replace("      G: first\n      F: second", "      F: second\n      G: first")
                .getBytes(UTF_8));

        assertThat(problems()).containsExactly(
                "Linha 19, o nível G do item «Responsabilidade»: os níveis têm de seguir a ordem da escala (G, F)");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void a_field_is_named_in_the_admins_words_not_as_the_file_spells_it() {
        signInAs(polish, "admin");
        navigate(FrameworkAdminView.class);

        upload("tiny.yaml", TINY.replace("kind: criteria", "kind: gradebook").getBytes(UTF_8));

        assertThat(problems()).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("Wiersz 5, pole „rodzaj”: ").doesNotContain("kind"));
    }

    @Test
    void a_yaml_syntax_error_is_told_with_its_line_and_column_and_without_the_parser_s_words() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);

        upload("tiny.yaml", TINY.replace("name: Tiny", "name: [Tiny").getBytes(UTF_8));

        assertThat(problems()).singleElement().satisfies(problem -> assertThat(problem)
                .startsWith("Ficheiro «tiny.yaml»: o ficheiro não é YAML válido perto da linha 4, coluna 9: "
                        + "verifique aí e na linha anterior a indentação, os dois pontos e as aspas")
                .doesNotContain("<", "expected", "found", "block", "flow"));
    }

    @Test
    void a_change_that_would_reinterpret_assessments_is_refused_entirely_in_portuguese() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        upload("tiny.yaml", TINY.getBytes(UTF_8));
        List<FrameworkSummary> before = frameworks.all();

        upload("tiny.yaml", TINY.substring(0, TINY.indexOf("  - code: etica")).getBytes(UTF_8));

        Component result = $(Component.class).withClassName("sb-upload-result").single();
        assertThat($(Paragraph.class, result).single().getText()).isEqualTo("Não é possível atualizar o referencial"
                + " «tiny» sem mudar de versão, porque as avaliações já feitas mudariam de significado: o item «Ética»"
                + " é retirado. Aumente o número de versão no ficheiro para o adicionar como nova versão.");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void a_polish_admin_uploading_a_workbook_with_a_level_off_the_scale_reads_the_sheet_and_the_cell() throws Exception {
        signInAs(polish, "admin");
        navigate(FrameworkAdminView.class);
        List<FrameworkSummary> before = frameworks.all();

        upload("tiny.xlsx", workbook());

        assertThat(problems()).containsExactly(
                "Arkusz „Descriptions”, komórka B3: „Z” nie jest poziomem skali (G, F)");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    private void upload(String name, byte[] content) {
        test($(Upload.class).single()).upload(name, "application/octet-stream", content);
        roundTrip();
    }

    private List<String> problems() {
        Component result = $(Component.class).withClassName("sb-upload-result").single();
        return $(ListItem.class, result).all().stream().map(ListItem::getText).toList();
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheet(workbook, "Framework", new String[][] {{"field", "value"}, {"id", "tiny"}, {"family", "tiny"},
                {"name", "Tiny"}, {"language", "pl"}, {"kind", "criteria"}, {"version", "1"}, {"source", "test"},
                {"licence", "test"}, {"scale-name", "Pasma"}});
            sheet(workbook, "Scale", new String[][] {{"code"}, {"G"}, {"F"}});
            sheet(workbook, "Items", new String[][] {{"code", "name"}, {"resp", "Odpowiedzialność"}});
            sheet(workbook, "Descriptions", new String[][] {{"item", "level", "description"},
                {"resp", "G", "Pierwszy."}, {"resp", "Z", "Poza skalą."}});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, String[][] rows) {
        Sheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
