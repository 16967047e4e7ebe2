package org.skillboard.framework.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * An administrator of an English-speaking organisation translates its maturity model into Estonian with the
 * English next to it: what she types is kept in the draft and leaves the list of what is not translated yet.
 */
@SkillboardTest
class DraftLanguagesViewTest extends SignedInViewTest {

    static FreshTenant tenant;
    static long estonian;
    static long portuguese;
    static long english;

    @Autowired
    FrameworkDrafts drafts;

    @BeforeAll
    static void anEstonianTranslation(@Autowired TenantFixture tenants, @Autowired FrameworkDrafts drafts,
            @Autowired FrameworkService frameworks) {
        tenant = tenants.tenant("fw-languages-view").locale("en-GB").load();
        tenant.signInAs("admin");
        drafts.publish(drafts.start("maturity-en", "Service maturity", Locale.ENGLISH, Starter.MATURITY, null));
        english = frameworks.all().stream().filter(f -> f.key().equals("maturity-en")).findFirst()
                .map(FrameworkSummary::id).orElseThrow();
        drafts.publish(drafts.copy(english, "maturity-pt", "Maturidade do serviço", Locale.forLanguageTag("pt"),
                true));
        portuguese = frameworks.all().stream().filter(f -> f.key().equals("maturity-pt")).findFirst()
                .map(FrameworkSummary::id).orElseThrow();
        estonian = drafts.copy(english, "maturity-et", "Teeninduse küpsus", Locale.forLanguageTag("et"), true);
        SignIn.out();
    }

    @Test
    void typing_a_translation_keeps_it_in_the_draft_and_removes_it_from_what_is_not_translated_yet() {
        signInAs(tenant, "admin");
        navigate("admin/frameworks/drafts/" + estonian + "/languages", DraftLanguagesView.class);

        Span counter = $(Span.class).id("untranslated-count");
        int before = drafts.sideBySide(estonian, drafts.otherLanguages(estonian).getFirst().id()).untranslated()
                .size();
        assertThat(counter.getText()).isEqualTo(before + " texts not translated yet");
        assertThat($(Checkbox.class).id("only-untranslated").getValue()).isTrue();
        TextArea scale = area("the framework: Name of the scale");
        assertThat(row(scale).isVisible()).isTrue();

        test(scale).setValue("Küpsusastmed");

        assertThat(row(scale).isVisible()).as("translated, so no longer listed").isFalse();
        assertThat(counter.getText()).isEqualTo((before - 1) + " texts not translated yet");
        assertThat(drafts.open(estonian).definition().scaleName()).isEqualTo("Küpsusastmed");

        test($(Checkbox.class).id("only-untranslated")).click();
        assertThat(row(scale).isVisible()).as("every text shows without the filter").isTrue();
    }

    @Test
    void with_two_other_languages_she_chooses_the_one_to_translate_from() {
        signInAs(tenant, "admin");
        UI.getCurrent().navigate("admin/frameworks/drafts/" + estonian + "/languages",
                QueryParameters.of(DraftLanguagesView.WITH, String.valueOf(portuguese)));

        @SuppressWarnings("unchecked")
        Select<FrameworkSummary> other = $(Select.class).id("other-language");
        assertThat(other.getListDataView().getItems().map(other.getItemLabelGenerator()))
                .containsExactlyInAnyOrder("English (Service maturity)", "Portuguese (Maturidade do serviço)");
        assertThat(other.getValue().id()).isEqualTo(portuguese);
        assertThat($(Span.class).all()).extracting(Span::getText).contains("Portuguese (as published)",
                "Estonian (this draft)");

        UI.getCurrent().navigate("admin/frameworks/drafts/" + estonian + "/languages",
                QueryParameters.of(DraftLanguagesView.WITH, String.valueOf(english)));
        assertThat($(Span.class).all()).extracting(Span::getText).contains("English (as published)")
                .doesNotContain("Portuguese (as published)");
    }

    private TextArea area(String where) {
        return $(TextArea.class).all().stream().filter(area -> area.getAriaLabel().orElse("").equals(where))
                .findFirst().orElseThrow(() -> new AssertionError("no field for " + where));
    }

    private static Component row(TextArea area) {
        return area.getParent().flatMap(Component::getParent).orElseThrow();
    }
}
