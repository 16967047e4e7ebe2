package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
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
 * Reading the frameworks as a team lead, and managing them as a tenant administrator, in tenants of
 * the test's own with the frameworks the product ships.
 */
@SkillboardTest
class FrameworkViewsTest extends SignedInViewTest {

    /** In Portuguese, with SFIA 9 in Portuguese and the Spanish progression criteria. */
    static FreshTenant iberian;
    /** In Polish, with the Estonian CX maturity model. */
    static FreshTenant polish;

    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        iberian = tenants.tenant("fv-pt").shippedFramework("sfia-9-pt").shippedFramework("criterios-cs").load();
        polish = tenants.tenant("fv-pl").locale("pl-PL").shippedFramework("cx-kupsusmudel").load();
    }

    @Test
    void a_team_lead_browses_the_library_and_reads_a_skill_level() {
        signInAs(iberian, "lead");
        navigate(FrameworkLibraryView.class);

        assertThat($(Card.class).all()).extracting(card -> ((RouterLink) card.getTitle()).getText())
                .containsExactlyInAnyOrder("SFIA 9 — O modelo global de competências para o mundo digital",
                        "Criterios de Progresión - Customer Service");

        RouterLink sfia = $(Card.class).all().stream().map(card -> (RouterLink) card.getTitle())
                .filter(link -> link.getText().startsWith("SFIA 9")).findFirst().orElseThrow();
        test(sfia).click();

        assertThat(getCurrentView()).isInstanceOf(FrameworkView.class);
        Details cexp = item("CEXP");
        test(cexp).openDetails();
        NativeTableRow level2 = levelRow(cexp, "2");
        assertThat($(Paragraph.class, level2).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Auxilia na criação de mapas das viagens do cliente"));
        assertThat(levelRow(cexp, "1").getClassNames()).contains("undefined");
        assertThat(text(levelRow(cexp, "1"))).contains("Não definido para esta competência");
    }

    @Test
    void search_finds_a_level_description_ignoring_accents() {
        signInAs(iberian, "lead");
        navigate(FrameworkLibraryView.class);

        test($(TextField.class).single()).setValue("experiencia");

        List<RouterLink> hits = $(RouterLink.class).withClassName("sb-hit-link").all();
        assertThat(hits).extracting(RouterLink::getText).anyMatch(text -> text.startsWith("CEXP · Experiência do cliente"));
        RouterLink levelHit = hits.stream().filter(link -> link.getText().startsWith("CEXP")
                && link.getText().contains("nível")).findFirst().orElseThrow();
        assertThat(test(levelHit).getQueryParameters().getSingleParameter("item")).contains("CEXP");

        test(levelHit).click();

        Details cexp = item("CEXP");
        assertThat(cexp.isOpened()).as("the item the hit names is opened").isTrue();
    }

    @Test
    void a_criterion_shows_bands_listed_without_description() {
        signInAs(iberian, "lead");
        UI.getCurrent().navigate("frameworks/" + id("criterios-cs"),
                QueryParameters.of(FrameworkView.ITEM, "lidera-influye"));

        Details leads = item("lidera-influye");
        assertThat(leads.isOpened()).isTrue();
        assertThat(text(levelRow(leads, "D"))).contains("Indicado sem descrição");
        assertThat(text(levelRow(leads, "C"))).contains("Indicado sem descrição");
        assertThat(text(levelRow(leads, "B"))).contains("Ayuda a los demás en su desarrollo");
        assertThat(text(levelRow(leads, "G"))).contains("Não definido para este critério");
        assertThat(levelRow(leads, "D").getClassNames()).contains("no-description");
    }

    @Test
    void the_maturity_model_shows_unnamed_levels_as_unnamed() {
        signInAs(polish, "lead");
        navigate("frameworks/" + id("cx-kupsusmudel"), FrameworkView.class);

        List<String> names = $(Span.class).withClassName("sb-level-name").all().stream().map(Span::getText).toList();
        assertThat(names).containsExactly("Ignoreerimine", "Poziom 2", "Poziom 3", "Poziom 4", "Poziom 5",
                "Eestvedamine");
        assertThat($(Span.class).withClassName("sb-hint").all()).hasSize(4)
                .allMatch(hint -> hint.getText().equals("bez nazwy w źródle"));
        assertThat($(Details.class).withClassName("sb-item").all()).isNotEmpty().allSatisfy(dimension ->
                assertThat(dimension.getSummary().getElement().getTextRecursively())
                        .contains("definicja twojej organizacji"));
    }

    @Test
    void a_framework_of_another_tenant_is_not_available() {
        signInAs(iberian, "lead");
        long iberians = id("sfia-9-pt");
        signInAs(polish, "lead");

        navigate("frameworks/" + iberians, FrameworkView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Strona niedostępna");
        assertThat($(Details.class).all()).isEmpty();
    }

    @Test
    void a_tenant_admin_archives_a_framework_after_confirming_and_restores_it_from_the_archived_list() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        try {
            test(actionButton("criterios-cs", "Arquivar")).click();
            test($(ConfirmDialog.class).last()).cancel();
            assertThat(frameworks.library()).extracting(FrameworkSummary::key).contains("criterios-cs");

            test(actionButton("criterios-cs", "Arquivar")).click();
            test($(ConfirmDialog.class).last()).confirm();

            assertThat(frameworks.library()).extracting(FrameworkSummary::key).doesNotContain("criterios-cs");
            assertThat(test(grid()).size()).as("archived frameworks are hidden by default").isEqualTo(1);
            navigate(FrameworkLibraryView.class);
            assertThat($(Card.class).all()).hasSize(1);

            navigate(FrameworkAdminView.class);
            test($(Checkbox.class).withPropertyValue(Checkbox::getLabel, "Mostrar referenciais arquivados").single()).click();
            assertThat(test(grid()).getCellText(row("criterios-cs"), 5)).isEqualTo("Arquivado");
            test(actionButton("criterios-cs", "Repor")).click();
            assertThat(frameworks.library()).extracting(FrameworkSummary::key).contains("criterios-cs");
        } finally {
            frameworks.all(true).stream().filter(FrameworkSummary::archived)
                    .forEach(framework -> frameworks.restore(framework.id()));
        }
    }

    @Test
    void a_downloaded_framework_file_uploads_again_without_changing_anything() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        Anchor download = (Anchor) test(grid()).getCellComponent(row("criterios-cs"), "actions").getChildren()
                .filter(Anchor.class::isInstance).findFirst().orElseThrow();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(download).download(file);

        assertThat(file.toString(UTF_8)).startsWith("id: criterios-cs");
        test($(Upload.class).single()).upload("criterios-cs.yaml", "application/yaml", file.toByteArray());
        roundTrip();

        assertThat(text($(Component.class).withClassName("sb-upload-result").single()))
                .contains("O referencial «criterios-cs» já está atualizado");
    }

    @Test
    void a_framework_kept_in_a_spreadsheet_goes_out_and_comes_back_unchanged() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        Anchor spreadsheet = (Anchor) test(grid()).getCellComponent(row("criterios-cs"), "actions").getChildren()
                .filter(Anchor.class::isInstance).skip(1).findFirst().orElseThrow();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        test(spreadsheet).download(file);

        test($(Upload.class).single()).upload("my copy.xlsx", "application/octet-stream", file.toByteArray());
        roundTrip();
        assertThat(text($(Component.class).withClassName("sb-upload-result").single()))
                .contains("O referencial «criterios-cs» já está atualizado");

        test($(Upload.class).single()).upload("renamed.xlsx", "application/octet-stream",
                "code;name\nA;B\n".getBytes(UTF_8));
        roundTrip();
        // a text file named as a workbook hears what it is, in the admin's language, not which YAML it is not
        assertThat(text($(Component.class).withClassName("sb-upload-result").single()))
                .contains("«renamed.xlsx» não foi guardado").contains("O ficheiro é texto (por exemplo, CSV) e não um livro do Excel");
    }

    @Test
    void an_uploaded_broken_file_stores_nothing_and_lists_every_problem() {
        signInAs(iberian, "admin");
        navigate(FrameworkAdminView.class);
        List<FrameworkSummary> before = frameworks.all();
        String broken = """
                id: Not-An-Id
                family: broken
                name: Broken
                language: es
                kind: rubric
                version: 1
                source: test
                licence: test
                colour: blue
                scale:
                  name: Bandas
                  levels:
                    - code: G
                    - code: F
                items:
                  - code: a
                    name: A
                    levels:
                      X: not a level
                """;

        test($(Upload.class).single()).upload("broken.yaml", "application/yaml", broken.getBytes(UTF_8));
        roundTrip();

        Component result = $(Component.class).withClassName("sb-upload-result").single();
        assertThat($(H4.class, result).single().getText()).isEqualTo("«broken.yaml» não foi guardado");
        assertThat($(ListItem.class, result).all()).extracting(ListItem::getText)
                .containsExactly("Linha 9, campo «colour»: campo desconhecido; os campos possíveis são [categories, "
                                + "description, family, id, item-label, items, kind, language, licence, name, notes, "
                                + "scale, source, version]",
                        "Linha 1, campo «identificador»: «Not-An-Id» não é um identificador: use letras minúsculas, algarismos "
                                + "e hífenes",
                        "Linha 5, campo «tipo»: escreva skills, criteria ou maturity",
                        "Linha 19, o nível X do item «A»: «X» não é um nível da escala (G, F)");
        assertThat(frameworks.all()).isEqualTo(before);
    }

    @Test
    void a_team_lead_cannot_open_the_admin_view() {
        signInAs(iberian, "lead");
        navigate("admin/frameworks", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(FrameworkAdminView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    private long id(String key) {
        return frameworks.library().stream().filter(framework -> framework.key().equals(key)).findFirst()
                .orElseThrow().id();
    }

    private Details item(String code) {
        return $(Details.class).withId("item-" + code).single();
    }

    /** The row of an item's level table for a level code. */
    private NativeTableRow levelRow(Details item, String levelCode) {
        return $(NativeTableRow.class, item).all().stream()
                .filter(row -> $(Span.class, row).withClassName("sb-level-code").all().stream()
                        .anyMatch(code -> code.getText().equals(levelCode)))
                .findFirst().orElseThrow();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Grid<FrameworkSummary> grid() {
        return $(Grid.class).single();
    }

    private int row(String key) {
        Grid<FrameworkSummary> grid = grid();
        return IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).key().equals(key))
                .findFirst().orElseThrow();
    }

    private Button actionButton(String key, String text) {
        return test(grid()).getCellComponent(row(key), "actions").getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }
}
