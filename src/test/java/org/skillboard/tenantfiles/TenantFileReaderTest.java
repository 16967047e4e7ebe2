package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;

/** What the reader of {@code tenant.yaml} accepts, and how it tells a file's author what to fix. */
class TenantFileReaderTest {

    private static final String HASH = "\"{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3B9vQv0JqO1O7d4m7c1v1eK\"";

    private final YamlProblems problems = new YamlProblems();

    @Test
    void a_valid_file_gives_the_tenant_with_its_people_and_teams() {
        String slug = TestTenants.newSlug("reader");

        TenantFile tenant = read(slug, TestTenants.yaml(slug)).orElseThrow();

        assertThat(problems.all()).isEmpty();
        assertThat(tenant.slug()).isEqualTo(slug);
        assertThat(tenant.name()).isEqualTo("Tenant " + slug);
        assertThat(tenant.locale()).isEqualTo(Locale.forLanguageTag("pt-PT"));
        assertThat(tenant.demo()).isTrue();
        assertThat(tenant.demoPassword()).isEqualTo(TestTenants.PASSWORD);
        assertThat(tenant.admins()).containsExactly(
                new TenantFile.Admin(TestTenants.login("admin", slug), "Admin of " + slug, null, null));
        assertThat(tenant.people()).extracting(TenantFile.PersonEntry::key, TenantFile.PersonEntry::login)
                .containsExactly(
                        tuple("lead", TestTenants.login("lead", slug)),
                        tuple("member", TestTenants.login("member", slug)),
                        tuple("lead2", TestTenants.login("lead2", slug)),
                        tuple("other", TestTenants.login("other", slug)),
                        tuple("nologin", null));
        assertThat(tenant.people().getFirst()).isEqualTo(new TenantFile.PersonEntry("lead", "Lead " + slug, null,
                "Team lead", TestTenants.login("lead", slug), null, null));
        assertThat(tenant.teams()).containsExactly(
                new TenantFile.TeamEntry("alpha", "Alpha " + slug, List.of("lead"), List.of("member", "nologin")),
                new TenantFile.TeamEntry("beta", "Beta " + slug, List.of("lead2"), List.of("other")));
    }

    @Test
    void a_real_tenant_gives_password_hashes_and_may_link_an_admin_to_a_person() {
        String file = """
                slug: acme
                name: Acme Support
                locale: en
                demo: false
                admins:
                  - login: boss@acme.test
                    name: The Boss
                    person: ana
                    password-hash: %1$s
                people:
                  - key: ana
                    name: Ana Lima
                    email: ana@acme.test
                  - key: rui
                    name: Rui Costa
                    login: rui@acme.test
                    password-hash: %1$s
                """.formatted(HASH);

        TenantFile tenant = read("acme", file).orElseThrow();

        assertThat(tenant.demo()).isFalse();
        assertThat(tenant.demoPassword()).isNull();
        assertThat(tenant.admins()).singleElement().satisfies(admin -> {
            assertThat(admin.personKey()).isEqualTo("ana");
            assertThat(admin.passwordHash()).startsWith("{bcrypt}$2a$10$");
        });
        assertThat(tenant.people()).extracting(TenantFile.PersonEntry::email).containsExactly("ana@acme.test", null);
        assertThat(tenant.teams()).isEmpty();
    }

    @Test
    void every_problem_is_reported_with_file_line_and_field() {
        String file = """
                slug: acme
                name: Acme Support
                locale: pt_PT
                demo-password: not-for-real
                admins:
                  - login: boss@acme.test
                    name: The Boss
                    password-hash: %s
                people:
                  - key: ana
                    name: Ana
                    job-titel: Agent
                  - key: ana
                    name: Ana Again
                  - key: rui
                    login: rui@acme.test
                teams:
                  - key: support
                    name: Support
                    leads: [zeca]
                    members: [ana, rui]
                """.formatted(HASH);

        assertThat(read("acme", file)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:3: locale: “pt_PT” is not a language tag such as pt-PT",
                "acme/tenant.yaml:4: demo-password: only a demo tenant (demo: true) may have a demo password",
                "acme/tenant.yaml:12: people[0].job-titel: unknown field; expected one of "
                        + "[email, job-profile, job-title, key, login, name, password-hash]",
                "acme/tenant.yaml:13: people[1].key: duplicate person key “ana”",
                "acme/tenant.yaml:15: people[2]: missing field “name”",
                "acme/tenant.yaml:15: people[2]: a login of a tenant that is not a demo needs a password-hash",
                "acme/tenant.yaml:20: teams[0].leads[0]: no person with the key “zeca” in people");
        assertThat(problems.all()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("acme/tenant.yaml"));
    }

    @Test
    void mistakes_in_admins_logins_and_values_are_reported_where_they_stand() {
        String file = """
                slug: acme
                name: Acme Support
                locale: en
                demo: yes
                colour: blue
                admins:
                  - name: Nobody's login
                    password-hash: %1$s
                  - login: Boss@Acme.test
                    name: The Boss
                    person: zeca
                    password-hash: plain-text
                people:
                  - key: Ana Lima
                    name: Ana
                    email: ana.at.acme
                    login: ana@acme.test
                    password-hash: %1$s
                  - key: rui
                    name: Rui
                    login: ana@acme.test
                    password-hash: %1$s
                teams:
                  - key: support
                    name: ""
                    leads: rui
                """.formatted(HASH);

        assertThat(read("acme", file)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::line, YamlProblem::field).containsExactly(
                tuple(5, "colour"),
                tuple(4, "demo"),
                tuple(14, "people[0].key"),
                tuple(16, "people[0].email"),
                tuple(21, "people[1].login"),
                tuple(7, "admins[0]"),
                tuple(9, "admins[1].login"),
                tuple(11, "admins[1].person"),
                tuple(12, "admins[1].password-hash"),
                tuple(25, "teams[0].name"),
                tuple(26, "teams[0].leads"));
        assertThat(problems.all()).extracting(YamlProblem::message).containsExactly(
                "unknown field; expected one of [admins, assessment-settings, assessments, demo, demo-password, "
                        + "frameworks, generated-team, job-profiles, locale, maturity-assessments, name, people, "
                        + "periods, slug, teams]",
                "expected true or false",
                "“Ana Lima” is not a key: lower-case letters, digits, . _ -",
                "“ana.at.acme” is not an e-mail address",
                "duplicate login “ana@acme.test”",
                "an admin needs a login",
                "“Boss@Acme.test” is not a login: lower-case e-mail address expected",
                "no person with the key “zeca” in people",
                "expected an encoded hash such as {bcrypt}$2a$10$...",
                "must not be empty",
                "expected a list");
    }

    @Test
    void a_demo_tenant_needs_a_demo_password_of_at_least_eight_characters() {
        String withoutPassword = """
                slug: demo
                name: Demo
                locale: en
                demo: true
                """;
        assertThat(read("demo", withoutPassword)).isEmpty();
        assertThat(problems.all()).extracting(YamlProblem::toString)
                .containsExactly("demo/tenant.yaml:1: a demo tenant needs a demo-password for its demo logins");

        YamlProblems more = new YamlProblems();
        assertThat(TenantFileReader.read("demo/tenant.yaml", "demo",
                new StringReader(withoutPassword + "demo-password: short\n"), name -> Optional.empty(), TestClock.TODAY,
                more)).isEmpty();
        assertThat(more.all()).extracting(YamlProblem::toString)
                .containsExactly("demo/tenant.yaml:5: demo-password: must have at least 8 characters");
    }

    @Test
    void values_longer_than_the_database_holds_are_reported() {
        String file = """
                slug: acme
                name: %1$s
                locale: de-DE-u-co-phonebk-ca-gregory
                demo: true
                demo-password: long-enough
                people:
                  - key: ana
                    name: Ana
                    job-title: %1$s
                    login: %2$s@acme.test
                """.formatted("n".repeat(201), "a".repeat(190));

        assertThat(read("acme", file)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::line, YamlProblem::field, YamlProblem::message)
                .containsExactly(
                        tuple(2, "name", "must have at most 200 characters"),
                        tuple(3, "locale", "must have at most 20 characters"),
                        tuple(9, "people[0].job-title", "must have at most 200 characters"),
                        tuple(10, "people[0].login", "must have at most 190 characters"));
    }

    @Test
    void syntax_error_names_the_line() {
        String file = """
                slug: acme
                name: Acme Support
                  locale: en
                people: []
                """;

        assertThat(read("acme", file)).isEmpty();

        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("acme/tenant.yaml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.toString())
                    .startsWith("acme/tenant.yaml:3: the file is not valid YAML near line 3, column 9: ");
        });
    }

    @Test
    void an_empty_file_is_a_problem_not_an_empty_tenant() {
        assertThat(read("acme", "# nothing yet\n")).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString)
                .containsExactly("acme/tenant.yaml:1: the file is empty");
    }

    @Test
    void slug_must_match_the_folder() {
        String slug = TestTenants.newSlug("reader");

        assertThat(read("another-folder", TestTenants.yaml(slug))).isEmpty();
        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "another-folder/tenant.yaml:1: slug: must equal the folder name “another-folder”");

        YamlProblems more = new YamlProblems();
        assertThat(TenantFileReader.read("Acme/tenant.yaml", "Acme",
                new StringReader(TestTenants.yaml(slug).replace("slug: " + slug, "slug: Acme")), name -> Optional.empty(),
                TestClock.TODAY, more)).isEmpty();
        assertThat(more.all()).extracting(YamlProblem::toString).containsExactly(
                "Acme/tenant.yaml:1: slug: “Acme” is not a slug: lower-case letters, digits, hyphens");
    }

    @Test
    void both_shipped_demo_tenants_are_valid() throws IOException {
        for (String slug : List.of("atlantico", "baltic")) {
            Path file = Path.of("tenants", slug, TenantFileLoader.TENANT_FILE);
            YamlProblems found = new YamlProblems();
            Optional<TenantFile> tenant;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                tenant = TenantFileReader.read(slug + "/tenant.yaml", slug, reader,
                        name -> Optional.of(readSibling(file.resolveSibling(name))), TestClock.TODAY,
                        found);
            }

            assertThat(found.all()).as(slug).isEmpty();
            assertThat(tenant).as(slug).get().satisfies(t -> {
                assertThat(t.slug()).isEqualTo(slug);
                assertThat(t.demo()).isTrue();
                assertThat(t.admins()).isNotEmpty().allSatisfy(admin -> assertThat(admin.personKey()).isNotNull());
                assertThat(t.people()).hasSizeGreaterThan(10);
                assertThat(t.teams()).isNotEmpty();
                assertThat(t.people()).extracting(TenantFile.PersonEntry::login).filteredOn(login -> login != null)
                        .allSatisfy(login -> assertThat(login).endsWith("@" + slug + ".demo"));
            });
        }
    }

    @Test
    void the_example_in_the_format_documentation_is_valid() throws IOException {
        String doc = Files.readString(Path.of("docs", "tenant-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```yaml\n");
        assertThat(start).as("a yaml example in docs/tenant-format.md").isNotNegative();
        String example = doc.substring(start + "```yaml\n".length(), doc.indexOf("```", start + 7));

        TenantFile tenant = read("acme", example).orElseThrow(() -> new AssertionError(problems.toString()));

        assertThat(tenant.demo()).isFalse();
        assertThat(tenant.admins()).extracting(TenantFile.Admin::personKey).containsExactly("ana.lima");
        assertThat(tenant.people()).hasSize(3);
        assertThat(tenant.teams()).singleElement().extracting(TenantFile.TeamEntry::leads)
                .isEqualTo(List.of("ana.lima"));
    }

    private static String readSibling(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<TenantFile> read(String folder, String content) {
        return TenantFileReader.read(folder + "/tenant.yaml", folder, new StringReader(content),
                name -> Optional.empty(), TestClock.TODAY, problems);
    }
}
