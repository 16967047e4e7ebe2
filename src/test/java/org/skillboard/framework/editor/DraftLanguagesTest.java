package org.skillboard.framework.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillboard.framework.editor.FrameworkDraftsTest.refusal;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant administrator translates a published framework into another language of its family, the two side by
 * side: what is not translated yet is listed, and only a framework of the same family, of her own organisation,
 * can stand next to the draft.
 */
@SkillboardTest
class DraftLanguagesTest {

    static FreshTenant tenant;
    static FreshTenant neighbour;
    static long english;
    static long unrelated;
    static long neighboursFramework;

    @Autowired
    FrameworkDrafts drafts;

    @BeforeAll
    static void publishedFrameworks(@Autowired TenantFixture tenants, @Autowired FrameworkDrafts drafts,
            @Autowired FrameworkService frameworks) {
        tenant = tenants.newTenant("fw-languages");
        neighbour = tenants.newTenant("fw-languages-other");
        tenant.signInAs("admin");
        drafts.publish(drafts.start("service-en", "Service maturity", Locale.ENGLISH, Starter.MATURITY, null));
        drafts.publish(drafts.start("bands-en", "Bands", Locale.ENGLISH, Starter.LETTERS, null));
        english = id(frameworks, "service-en");
        unrelated = id(frameworks, "bands-en");
        SignIn.out();
        neighbour.signInAs("admin");
        drafts.publish(drafts.start("service-en", "Service maturity", Locale.ENGLISH, Starter.MATURITY, null));
        neighboursFramework = id(frameworks, "service-en");
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_new_translation_lists_every_text_as_not_translated_yet_until_it_is_typed() {
        tenant.signInAs("admin");
        long polish = drafts.copy(english, "service-pl", "Dojrzałość obsługi", Locale.forLanguageTag("pl"), true);

        FrameworkDrafts.SideBySide sides = drafts.sideBySide(polish, english);

        assertThat(sides.other().key()).isEqualTo("service-en");
        assertThat(sides.draft().key()).isEqualTo("service-pl");
        assertThat(sides.texts()).isNotEmpty();
        assertThat(sides.untranslated()).extracting(text -> text.where().english())
                .doesNotContain("the framework: Name").contains("the framework: Name of the scale",
                        "the level 1 of the scale: Name", "the item “Example dimension”: Name");
        int before = sides.untranslated().size();

        Untranslated.Text scale = sides.untranslated().stream()
                .filter(text -> text.where().english().equals("the framework: Name of the scale")).findFirst()
                .orElseThrow();
        FrameworkDefinition typed = scale.field().typed(sides.draft(), "Poziomy dojrzałości");
        drafts.save(polish, typed);

        FrameworkDrafts.SideBySide after = drafts.sideBySide(polish, english);
        assertThat(after.untranslated()).hasSize(before - 1);
        assertThat(after.draft().scaleName()).isEqualTo("Poziomy dojrzałości");
        drafts.discard(polish);
    }

    @Test
    void a_framework_of_another_family_or_the_one_the_draft_changes_is_refused_as_the_other_language() {
        tenant.signInAs("admin");
        long polish = drafts.copy(english, "service-pl-2", "Dojrzałość", Locale.forLanguageTag("pl"), true);
        long change = drafts.edit(english);

        assertThatThrownBy(() -> drafts.sideBySide(polish, unrelated))
                .satisfies(refusal("framework-languages.error.other-family"));
        assertThatThrownBy(() -> drafts.sideBySide(change, english))
                .satisfies(refusal("framework-languages.error.other-family"));
        drafts.discard(polish);
        drafts.discard(change);
    }

    @Test
    void another_organisations_framework_or_draft_is_not_found() {
        tenant.signInAs("admin");
        long polish = drafts.copy(english, "service-pl-3", "Dojrzałość", Locale.forLanguageTag("pl"), true);

        assertThatThrownBy(() -> drafts.sideBySide(polish, neighboursFramework))
                .satisfies(refusal("framework.error.not-found"));
        SignIn.out();

        neighbour.signInAs("admin");
        assertThatThrownBy(() -> drafts.sideBySide(polish, neighboursFramework))
                .satisfies(refusal("framework-editor.error.not-found"));
        SignIn.out();

        tenant.signInAs("admin");
        drafts.discard(polish);
    }

    private static long id(FrameworkService frameworks, String key) {
        return frameworks.all().stream().filter(framework -> framework.key().equals(key)).findFirst()
                .map(FrameworkSummary::id).orElseThrow();
    }
}
