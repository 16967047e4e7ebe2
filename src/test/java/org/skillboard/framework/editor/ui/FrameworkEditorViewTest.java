package org.skillboard.framework.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.Starter;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant administrator writes a framework in the app (issue 15): she starts it from a starter, sees what the
 * loader would refuse as she types, keeps items and levels in step, puts items in order with the keyboard, and is
 * told before publishing whether it updates in place or needs a new version.
 */
@SkillboardTest
class FrameworkEditorViewTest extends SignedInViewTest {

    static FreshTenant tenant;

    @Autowired
    FrameworkDrafts drafts;
    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        tenant = tenants.newTenant("fw-editor-ui");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_framework_created_from_the_letter_bands_starter_opens_in_the_editor_with_nothing_to_correct() {
        signInAs(tenant, "admin");
        navigate("admin/frameworks", Component.class);

        test($(Button.class).id("framework-new")).click();
        test($(TextField.class).id("new-framework-name")).setValue("Critérios de atendimento");
        assertThat($(TextField.class).id("new-framework-key").getValue()).isEqualTo("criterios-de-atendimento");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<NewFrameworkDialog.Start> start = $(RadioButtonGroup.class).id("new-framework-start");
        start.setValue(NewFrameworkDialog.Start.LETTERS);
        test($(Button.class).id("new-framework-create")).click();

        assertThat(getCurrentView()).isInstanceOf(FrameworkEditorView.class);
        assertThat($(H3.class).id("editor-problems-heading").getText()).isEqualTo("Sem problemas: pronto a publicar.");
        assertThat($(Button.class).id("editor-publish").isEnabled()).isTrue();
        tab("editor-tab-scale");
        assertThat(test(grid("editor-levels-list")).size()).as("G to B").isEqualTo(6);
    }

    @Test
    void emptying_an_items_name_lists_the_problem_naming_the_item_and_leads_back_to_it() {
        signInAs(tenant, "admin");
        long id = drafts.start("sem-nome", "Sem nome", Locale.forLanguageTag("pt"), Starter.LETTERS, null);
        open(id);
        tab("editor-tab-items");
        grid("editor-items-list").select(0);

        test($(TextField.class).id("editor-item-name")).setValue("");

        List<String> problems = $(ListItem.class, $(Component.class).id("editor-problems")).all().stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(problems).singleElement().asString().contains("example").contains("não pode ficar vazio");
        assertThat($(Span.class).id("editor-tab-items-problems").getText()).isEqualTo("1");
        assertThat($(Button.class).id("editor-publish").isEnabled()).isFalse();

        tab("editor-tab-details");
        test($(Button.class, $(Component.class).id("editor-problems")).first()).click();
        assertThat($(TabSheet.class).id("editor-tabs").getSelectedTab().getId()).hasValue("editor-tab-items");
        assertThat($(TextField.class).id("editor-item-code").getValue()).isEqualTo("example");
    }

    @Test
    void renaming_a_level_code_renames_it_in_every_item_that_defines_the_level() {
        signInAs(tenant, "admin");
        long id = drafts.start("renomear", "Renomear", Locale.forLanguageTag("pt"), Starter.LETTERS, null);
        open(id);
        tab("editor-tab-scale");
        grid("editor-levels-list").select(0);

        test($(TextField.class).id("editor-level-code")).setValue("H");

        FrameworkDrafts.Draft saved = drafts.open(id);
        assertThat(saved.definition().levels().getFirst().code()).isEqualTo("H");
        assertThat(saved.definition().items().getFirst().levels()).extracting(FrameworkDefinition.ItemLevel::code)
                .containsExactly("H", "F", "E");
        assertThat(saved.problems()).isEmpty();
    }

    @Test
    void moving_an_item_down_with_the_keyboard_button_saves_the_new_order() {
        signInAs(tenant, "admin");
        long id = drafts.start("ordem", "Ordem", Locale.forLanguageTag("pt"), Starter.LETTERS, null);
        open(id);
        tab("editor-tab-items");
        test($(Button.class).id("editor-items-add")).click();
        assertThat(codes(id)).containsExactly("example", "item-2");

        grid("editor-items-list").select(0);
        Button down = $(Button.class).id("editor-items-down");
        assertThat(down.getAriaLabel()).hasValue("Mover para baixo");
        test(down).click();

        assertThat(codes(id)).containsExactly("item-2", "example");
        assertThat($(TextField.class).id("editor-item-code").getValue()).as("the moved item stays chosen")
                .isEqualTo("example");
    }

    @Test
    void publishing_says_beforehand_whether_it_updates_in_place_or_needs_a_new_version() {
        signInAs(tenant, "admin");
        drafts.publish(drafts.start("publicar", "Publicar", Locale.forLanguageTag("pt"), Starter.LETTERS, null));
        long frameworkId = frameworks.all().stream().filter(f -> f.key().equals("publicar")).findFirst()
                .orElseThrow().id();
        long id = drafts.edit(frameworkId);
        open(id);
        tab("editor-tab-items");
        grid("editor-items-list").select(0);
        test($(TextField.class).id("editor-item-name")).setValue("Escuta ativa");

        test($(Button.class).id("editor-publish")).click();
        assertThat($(Paragraph.class).id("editor-publish-plan").getText())
                .isEqualTo("Atualiza a versão 1 no próprio lugar: nada do que foi avaliado muda de significado.");
        test($(Button.class).withText("Cancelar").last()).click();

        tab("editor-tab-scale");
        grid("editor-levels-list").select(0);
        test($(Button.class).id("editor-levels-remove")).click();
        test($(Button.class).id("editor-publish")).click();

        assertThat($(Paragraph.class).id("editor-publish-plan").getText()).isEqualTo("Publica a versão 2; a versão 1"
                + " continua legível para o histórico. É precisa uma nova versão porque:");
        assertThat($(ListItem.class, $(Component.class).id("editor-publish-reasons")).all()).isNotEmpty();
        test($(Button.class).id("editor-publish-confirm")).click();

        assertThat(frameworks.all()).filteredOn(f -> f.key().equals("publicar")).extracting(FrameworkSummary::version)
                .containsExactly(2);
        assertThat(getCurrentView()).isNotInstanceOf(FrameworkEditorView.class);
    }

    private void open(long draftId) {
        navigate(FrameworkEditorView.PATH + draftId, FrameworkEditorView.class);
    }

    private void tab(String id) {
        TabSheet tabs = $(TabSheet.class).id("editor-tabs");
        tabs.setSelectedTab($(Tab.class).id(id));
    }

    @SuppressWarnings("unchecked")
    private Grid<Integer> grid(String id) {
        return $(Grid.class).id(id);
    }

    private List<String> codes(long draftId) {
        return drafts.open(draftId).definition().items().stream().map(FrameworkDefinition.Item::code).toList();
    }
}
