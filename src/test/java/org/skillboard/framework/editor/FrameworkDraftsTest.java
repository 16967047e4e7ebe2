package org.skillboard.framework.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant administrator builds frameworks in the app: from a starter, from nothing, as a copy or a translation;
 * a draft keeps what she typed and says what the loader would refuse; publishing says beforehand whether it
 * updates in place or needs a new version.
 */
@SkillboardTest
class FrameworkDraftsTest {

    static FreshTenant tenant;
    static FreshTenant neighbour;

    @Autowired
    FrameworkDrafts drafts;
    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void twoTenants(@Autowired TenantFixture tenants) {
        tenant = tenants.newTenant("fw-editor");
        neighbour = tenants.newTenant("fw-editor-other");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_letter_band_framework_from_the_starter_is_publishable_at_once_and_speaks_the_frameworks_language() {
        tenant.signInAs("admin");
        long id = drafts.start("kriteeriumid", "Klienditeeninduse kriteeriumid", Locale.forLanguageTag("et"),
                Starter.LETTERS, null);

        FrameworkDrafts.Draft draft = drafts.open(id);
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.definition().kind()).isEqualTo(FrameworkKind.CRITERIA);
        assertThat(draft.definition().levels()).extracting(FrameworkDefinition.Level::code)
                .containsExactly("G", "F", "E", "D", "C", "B");
        assertThat(draft.definition().items().getFirst().name()).isEqualTo("Näidiskriteerium");

        FrameworkInstaller.Plan plan = drafts.publish(id);

        assertThat(plan.outcome()).isEqualTo(FrameworkInstaller.Outcome.CREATED);
        assertThat(frameworks.all()).extracting(FrameworkSummary::key).contains("kriteeriumid");
        assertThat(drafts.drafts()).extracting(FrameworkDrafts.DraftSummary::key).doesNotContain("kriteeriumid");
    }

    @Test
    void a_blank_framework_says_what_it_still_needs_and_is_kept_as_typed() {
        tenant.signInAs("admin");
        long id = drafts.start("blank-one", "Blank", Locale.ENGLISH, Starter.BLANK, FrameworkKind.SKILLS);

        FrameworkDrafts.Draft draft = drafts.open(id);

        assertThat(draft.problems()).extracting(problem -> problem.what().key())
                .contains("framework-file.no-levels", "yaml.problem.empty");
        assertThatThrownBy(() -> drafts.publish(id)).satisfies(refusal("framework-editor.error.has-problems"));

        FrameworkDefinition typed = withItem(withLevel(draft.definition(), "1"),
                new FrameworkDefinition.Item("listening", "", null, null, null, null, List.of(), null, null, false,
                        List.of(new FrameworkDefinition.ItemLevel("1", "Listens.", null))));
        List<DraftProblem> problems = drafts.save(id, typed);

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.what().key()).isEqualTo("yaml.problem.empty");
            assertThat(problem.itemIndex()).isZero();
        });
        assertThat(drafts.open(id).definition().items().getFirst().code()).isEqualTo("listening");
        drafts.discard(id);
    }

    @Test
    void removing_an_item_is_published_as_a_new_version_and_says_why_beforehand() {
        tenant.signInAs("admin");
        long started = drafts.start("numbers", "Numbers", Locale.ENGLISH, Starter.NUMERIC, null);
        FrameworkDefinition first = drafts.open(started).definition();
        drafts.save(started, withItem(first, new FrameworkDefinition.Item("second", "Second", null, null, null, null,
                List.of(), null, null, false, List.of(new FrameworkDefinition.ItemLevel("3", "Does.", null)))));
        drafts.publish(started);
        long published = frameworks.all().stream().filter(f -> f.key().equals("numbers")).findFirst().orElseThrow().id();

        long edit = drafts.edit(published);
        assertThat(drafts.edit(published)).as("the same draft opens again").isEqualTo(edit);
        FrameworkDefinition current = drafts.open(edit).definition();
        FrameworkDefinition renamed = new FrameworkDefinition(current.key(), current.family(), "Numbers renamed",
                current.language(), current.kind(), current.version(), current.source(), current.licence(),
                current.description(), current.itemLabel(), current.notes(), current.scaleName(), current.levels(),
                current.categories(), current.items());
        drafts.save(edit, renamed);
        assertThat(drafts.plan(edit).outcome()).isEqualTo(FrameworkInstaller.Outcome.UPDATED);

        drafts.save(edit, withoutItem(renamed, "second"));
        FrameworkInstaller.Plan plan = drafts.plan(edit);
        assertThat(plan.outcome()).isEqualTo(FrameworkInstaller.Outcome.NEW_VERSION);
        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.reasons()).extracting(reason -> reason.key()).containsExactly("framework-change.item-removed");

        assertThat(drafts.publish(edit).outcome()).isEqualTo(FrameworkInstaller.Outcome.NEW_VERSION);
        assertThat(frameworks.all()).filteredOn(f -> f.key().equals("numbers")).singleElement()
                .satisfies(f -> assertThat(f.version()).isEqualTo(2));
    }

    @Test
    void a_translation_stays_in_the_family_and_an_id_in_use_is_refused() {
        tenant.signInAs("admin");
        long started = drafts.start("maturity-en", "Maturity", Locale.ENGLISH, Starter.MATURITY, null);
        drafts.publish(started);
        long english = frameworks.all().stream().filter(f -> f.key().equals("maturity-en")).findFirst()
                .orElseThrow().id();

        long polish = drafts.copy(english, "maturity-pl", "Dojrzałość", Locale.forLanguageTag("pl"), true);

        assertThat(drafts.open(polish).definition().family()).isEqualTo("maturity-en");
        assertThat(drafts.otherLanguages(polish)).extracting(FrameworkSummary::key).containsExactly("maturity-en");
        assertThatThrownBy(() -> drafts.copy(english, "maturity-pl", "Again", Locale.ENGLISH, false))
                .satisfies(refusal("framework-editor.error.key-taken"));
        assertThatThrownBy(() -> drafts.start("maturity-en", "Again", Locale.ENGLISH, Starter.BLANK,
                FrameworkKind.SKILLS)).satisfies(refusal("framework-editor.error.key-taken"));
        assertThat(drafts.suggestKey("Maturity EN")).isEqualTo("maturity-en-2");
        drafts.discard(polish);
    }

    @Test
    void another_tenants_admin_neither_lists_nor_opens_nor_changes_a_draft() {
        tenant.signInAs("admin");
        long id = drafts.start("private-draft", "Private", Locale.ENGLISH, Starter.NUMERIC, null);
        FrameworkDefinition definition = drafts.open(id).definition();
        SignIn.out();

        neighbour.signInAs("admin");
        assertThat(drafts.drafts()).extracting(FrameworkDrafts.DraftSummary::key).doesNotContain("private-draft");
        assertThatThrownBy(() -> drafts.open(id)).satisfies(refusal("framework-editor.error.not-found"));
        assertThatThrownBy(() -> drafts.save(id, definition)).satisfies(refusal("framework-editor.error.not-found"));
        assertThatThrownBy(() -> drafts.publish(id)).satisfies(refusal("framework-editor.error.not-found"));
        assertThatThrownBy(() -> drafts.discard(id)).satisfies(refusal("framework-editor.error.not-found"));
        SignIn.out();

        tenant.signInAs("lead");
        assertThatThrownBy(() -> drafts.drafts()).isInstanceOf(
                org.springframework.security.authorization.AuthorizationDeniedException.class);
        SignIn.out();
        tenant.signInAs("admin");
        assertThat(drafts.open(id).definition()).isEqualTo(definition);
        drafts.discard(id);
    }

    static org.assertj.core.api.ThrowingConsumer<Throwable> refusal(String key) {
        return thrown -> assertThat(thrown).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    static FrameworkDefinition withLevel(FrameworkDefinition d, String code) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>(d.levels());
        levels.add(new FrameworkDefinition.Level(code, null, null, null, List.of(), null));
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(),
                d.source(), d.licence(), d.description(), d.itemLabel(), d.notes(), "Scale", levels, d.categories(),
                d.items());
    }

    static FrameworkDefinition withItem(FrameworkDefinition d, FrameworkDefinition.Item item) {
        List<FrameworkDefinition.Item> items = new ArrayList<>(d.items());
        items.add(item);
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(),
                d.source(), d.licence(), d.description(), d.itemLabel(), d.notes(), d.scaleName(), d.levels(),
                d.categories(), items);
    }

    static FrameworkDefinition withoutItem(FrameworkDefinition d, String code) {
        return new FrameworkDefinition(d.key(), d.family(), d.name(), d.language(), d.kind(), d.version(),
                d.source(), d.licence(), d.description(), d.itemLabel(), d.notes(), d.scaleName(), d.levels(),
                d.categories(), d.items().stream().filter(item -> !item.code().equals(code)).toList());
    }
}
