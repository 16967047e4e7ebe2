package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.sheets.FrameworkWorkbook;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestFrameworks;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A framework's life in a tenant: loaded from a file, changed in place only where
 * nothing already assessed changes meaning, versioned otherwise, and never visible to
 * another tenant.
 */
@SkillboardTest
class FrameworkLifecycleTest {

    static String a;
    static String b;

    @Autowired
    FrameworkInstaller installer;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void tenantsWithAFramework(@Autowired TenantFiles loader) {
        a = TestTenants.newSlug("fw-a");
        b = TestTenants.newSlug("fw-b");
        Map<String, String> files = Map.of("bands", TestFrameworks.bands(1, "G", "F", "E"));
        assertThat(loader.load(a, a, TestTenants.yaml(a).replace("demo: true", "demo: true\nframeworks: [bands]"),
                id -> Optional.ofNullable(files.get(id))).problems()).isEmpty();
        assertThat(loader.load(b, b, TestTenants.yaml(b)).problems()).isEmpty();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_framework_listed_in_the_tenant_file_is_in_the_tenants_library() {
        SignIn.as(users, TestTenants.login("member", a));

        FrameworkSummary bands = only(frameworks.library());
        assertThat(bands.key()).isEqualTo("bands");
        assertThat(frameworks.detail(bands.id()).content().levels()).extracting(FrameworkDefinition.Level::code)
                .containsExactly("G", "F", "E");
    }

    @Test
    void another_tenant_finds_nothing_and_changes_nothing_even_by_id() {
        SignIn.as(users, TestTenants.login("admin", a));
        long id = only(frameworks.library()).id();

        SignIn.as(users, TestTenants.login("admin", b));
        assertThat(frameworks.library()).isEmpty();
        assertThat(frameworks.all()).isEmpty();
        assertThat(frameworks.search("band")).isEmpty();
        assertThatThrownBy(() -> frameworks.detail(id)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> frameworks.definitionForAdmin(id)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> frameworks.archive(id)).isInstanceOf(UserFacingException.class)
                .extracting(refusal -> ((UserFacingException) refusal).messageKey())
                .isEqualTo("framework.error.not-found");
        assertThatThrownBy(() -> frameworks.nameLevel(id, "G", "Renamed by B"))
                .isInstanceOf(UserFacingException.class);

        SignIn.as(users, TestTenants.login("member", a));
        assertThat(frameworks.detail(id).summary().archived()).isFalse();
        assertThat(frameworks.detail(id).content().levels().getFirst().name()).isEqualTo("Entry");
    }

    @Test
    void only_a_tenant_admin_manages_frameworks() {
        SignIn.as(users, TestTenants.login("lead", a));
        long id = only(frameworks.library()).id();

        assertThatThrownBy(() -> frameworks.archive(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> frameworks.restore(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> installer.importFile("x.yaml", TestFrameworks.bands(1, "G")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> frameworks.all()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void texts_change_in_place_but_removing_a_level_needs_a_new_version() {
        SignIn.as(users, TestTenants.login("admin", b));
        String key = "lifecycle-" + System.nanoTime();
        assertThat(installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "F")).outcome())
                .isEqualTo(FrameworkInstaller.Outcome.CREATED);

        assertThat(installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "F").replace("Entry band", "First band"))
                .outcome()).isEqualTo(FrameworkInstaller.Outcome.UPDATED);
        assertThat(installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "F", "E")).outcome())
                .as("a level added on top keeps every rank").isEqualTo(FrameworkInstaller.Outcome.UPDATED);
        assertThatThrownBy(() -> installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "E")))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("framework.error.incompatible"));

        assertThat(installer.importFile("f.yaml", TestFrameworks.bands(key, 2, "G", "E")).outcome())
                .isEqualTo(FrameworkInstaller.Outcome.NEW_VERSION);
        FrameworkSummary current = frameworks.all().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(frameworks.all()).filteredOn(f -> f.key().equals(key)).hasSize(1);
        assertThatThrownBy(() -> installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G")))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void an_uploaded_file_with_mistakes_stores_nothing_and_names_every_problem() {
        SignIn.as(users, TestTenants.login("admin", b));
        int before = frameworks.all().size();

        FrameworkInstaller.ImportResult result = installer.importFile("broken.yaml", """
                id: broken
                family: broken
                name: Broken
                language: es
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
                  - code: a
                    name: A
                    levels:
                      F: second
                      G: first
                  - code: a
                    name: Duplicate
                    levels:
                      X: unknown
                """);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "broken.yaml:19: items[0].levels.G: the levels must follow the scale’s order (G, F)",
                "broken.yaml:20: items[1].code: another item already has the code “a”",
                "broken.yaml:23: items[1].levels.X: “X” is not a level of the scale (G, F)");
        assertThat(frameworks.all()).hasSize(before);
    }

    @Test
    void a_broken_or_missing_framework_file_is_reported_and_skipped_and_stops_nothing_else(
            @Autowired TenantFiles loader) {
        String slug = TestTenants.newSlug("fw-broken");
        Map<String, String> files = Map.of("good", TestFrameworks.bands("good", 1, "G", "F"),
                "broken", TestFrameworks.bands("broken", 1, "G", "F").replace("kind: criteria", "kind: criterion"));

        TenantFileLoader.Outcome outcome = loader.load(slug, slug,
                TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [good, broken, missing]"),
                id -> Optional.ofNullable(files.get(id)));

        assertThat(outcome.status()).isEqualTo(TenantFileLoader.Status.APPLIED);
        assertThat(outcome.problems()).containsExactly(
                slug + "/frameworks/broken.yaml:5: kind: expected skills, criteria or maturity",
                slug + "/frameworks/missing.yaml:1: the tenant file lists this framework, but the file does not exist");
        SignIn.as(users, TestTenants.login("member", slug));
        assertThat(frameworks.library()).extracting(FrameworkSummary::key).containsExactly("good");
    }

    @Test
    void a_tenant_admin_shapes_the_dimensions_of_a_maturity_model_but_not_the_sources_items() {
        SignIn.as(users, TestTenants.login("admin", b));
        String key = "maturity-" + System.nanoTime();
        installer.importFile("m.yaml", """
                id: %s
                family: %s
                name: Maturity
                language: et
                kind: maturity
                version: 1
                source: test
                licence: test
                scale:
                  name: Tasemed
                  levels:
                    - code: "1"
                    - code: "2"
                items:
                  - code: from-source
                    name: From the source
                """.formatted(key, key));
        long id = frameworks.all().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().id();

        frameworks.addDimension(id, "feedback", "Klienditagasiside", "Kuidas tagasisidet kogutakse");
        frameworks.describeItem(id, "feedback", "Tagasiside", null);
        assertThatThrownBy(() -> frameworks.addDimension(id, "feedback", "Again", null))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> frameworks.removeDimension(id, "from-source"))
                .isInstanceOf(UserFacingException.class);

        assertThat(frameworks.detail(id).content().items()).extracting(FrameworkDefinition.Item::name)
                .containsExactly("From the source", "Tagasiside");
        assertThat(frameworks.detail(id).content().items().get(1).fromTenant()).isTrue();
        frameworks.removeDimension(id, "feedback");
        assertThat(frameworks.detail(id).content().items()).hasSize(1);
    }

    @Test
    void a_framework_round_trips_through_a_spreadsheet_file_app_file() throws Exception {
        SignIn.as(users, TestTenants.login("admin", b));
        FrameworkDefinition original = FrameworkFileReader.read("criterios-cs.yaml", "criterios-cs",
                new java.io.StringReader(TestFrameworks.shipped("criterios-cs")),
                new org.skillboard.base.yaml.YamlProblems()).orElseThrow();
        java.io.ByteArrayOutputStream sheet = new java.io.ByteArrayOutputStream();
        FrameworkWorkbook.write(original, sheet);

        FrameworkInstaller.ImportResult result = installer.importWorkbook("criterios.xlsx",
                new java.io.ByteArrayInputStream(sheet.toByteArray()));

        assertThat(result.problems()).isEmpty();
        long id = frameworks.all().stream().filter(f -> f.key().equals("criterios-cs")).findFirst().orElseThrow()
                .id();
        assertThat(frameworks.definitionForAdmin(id)).isEqualTo(original);
        assertThatThrownBy(() -> installer.importWorkbook("not-a-sheet.xlsx",
                new java.io.ByteArrayInputStream("a;b;c".getBytes()))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("spreadsheet.error.csv");
    }

    @Test
    void the_same_skill_in_two_languages_can_be_read_in_either_without_changing_any_data(
            @Autowired TenantFiles loader) throws Exception {
        String slug = TestTenants.newSlug("fw-languages");
        Map<String, String> files = Map.of("sfia-9-pt", TestFrameworks.shipped("sfia-9-pt"),
                "sfia-9-pl", TestFrameworks.shipped("sfia-9-pl"));
        loader.load(slug, slug,
                TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [sfia-9-pt, sfia-9-pl]"),
                id -> Optional.ofNullable(files.get(id)));
        SignIn.as(users, TestTenants.login("lead", slug));
        FrameworkSummary portuguese = frameworks.library().stream().filter(f -> f.key().equals("sfia-9-pt"))
                .findFirst().orElseThrow();

        FrameworkDetail detail = frameworks.detail(portuguese.id());
        FrameworkSummary polish = detail.translations().getFirst();
        FrameworkDefinition.Item csmgPt = detail.content().items().stream()
                .filter(i -> i.code().equals("CSMG")).findFirst().orElseThrow();
        FrameworkDefinition.Item csmgPl = frameworks.detail(polish.id()).content().items().stream()
                .filter(i -> i.code().equals("CSMG")).findFirst().orElseThrow();

        assertThat(polish.key()).isEqualTo("sfia-9-pl");
        assertThat(csmgPl.name()).isEqualTo("Dział obsługi klienta");
        assertThat(csmgPl.levels()).extracting(FrameworkDefinition.ItemLevel::code)
                .isEqualTo(csmgPt.levels().stream().map(FrameworkDefinition.ItemLevel::code).toList());
        assertThat(frameworks.catalogue()).filteredOn(item -> item.itemCode().equals("CSMG")).hasSize(1);
    }

    @Test
    void the_catalogue_follows_every_change_to_the_tenants_frameworks_and_never_shows_another_tenants(
            @Autowired TenantFiles loader) {
        String slug = TestTenants.newSlug("fw-catalogue");
        String key = "catalogue-" + System.nanoTime();
        assertThat(loader.load(slug, slug, TestTenants.yaml(slug)).problems()).isEmpty();
        SignIn.as(users, TestTenants.login("admin", slug));
        assertThat(frameworks.catalogue()).isEmpty();

        installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "F"));
        assertThat(frameworks.catalogue()).singleElement().satisfies(item -> {
            assertThat(item.family()).isEqualTo(key);
            assertThat(item.levelCodes()).containsExactly("G", "F");
        });
        assertThat(frameworks.catalogue()).as("read again").singleElement()
                .extracting(CatalogueItem::itemName).isEqualTo("Knowledge");

        long id = only(frameworks.all()).id();
        frameworks.describeItem(id, "knowledge", "Know-how", null);
        assertThat(frameworks.catalogue()).singleElement().extracting(CatalogueItem::itemName).isEqualTo("Know-how");
        frameworks.nameLevel(id, "F", "Fluent");
        assertThat(frameworks.catalogue()).singleElement().extracting(CatalogueItem::levelNames)
                .isEqualTo(List.of("Entry", "Fluent"));
        installer.importFile("f.yaml", TestFrameworks.bands(key, 1, "G", "F", "E"));
        assertThat(frameworks.catalogue()).singleElement().extracting(CatalogueItem::levelCodes)
                .isEqualTo(List.of("G", "F", "E"));
        installer.importFile("f.yaml", TestFrameworks.bands(key, 2, "G", "E"));
        assertThat(frameworks.catalogue()).singleElement().extracting(CatalogueItem::levelCodes)
                .isEqualTo(List.of("G", "E"));
        long current = only(frameworks.all()).id();
        frameworks.archive(current);
        assertThat(frameworks.catalogue()).isEmpty();
        frameworks.restore(current);
        assertThat(frameworks.catalogue()).hasSize(1);

        SignIn.as(users, TestTenants.login("member", a));
        assertThat(frameworks.catalogue()).extracting(CatalogueItem::family).containsExactly("bands");
        SignIn.as(users, TestTenants.login("member", slug));
        assertThat(frameworks.catalogue()).extracting(CatalogueItem::family).containsExactly(key);
    }

    private static FrameworkSummary only(List<FrameworkSummary> list) {
        assertThat(list).hasSize(1);
        return list.getFirst();
    }
}
