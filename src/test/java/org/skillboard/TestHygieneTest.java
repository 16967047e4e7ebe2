package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests own their data: they work in tenants the TenantFixture makes, not in the demo tenants,
 * and they take "today" from the TestClock, not from the wall clock. Checked in the test sources.
 */
class TestHygieneTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    private static final Path TENANTS = Path.of("tenants");

    /**
     * The only test classes that may name a demo tenant, each because its subject is the demo data
     * itself. They read the demo tenants and never change them.
     */
    static final Map<String, String> MAY_NAME_DEMO_TENANTS = Map.ofEntries(
            Map.entry("org/skillboard/framework/SeedFrameworksTest.java", "the seed frameworks, word for word"),
            Map.entry("org/skillboard/framework/FrameworkWorkbookTest.java", "the seed frameworks round-trip"),
            Map.entry("org/skillboard/tenantfiles/SeedAssessmentsTest.java", "the seed assessments, word for word"),
            Map.entry("org/skillboard/tenantfiles/SeedMaturityTest.java", "the seed worksheets, word for word"),
            Map.entry("org/skillboard/tenantfiles/GeneratedTeamTest.java", "the demo's generated teams"),
            Map.entry("org/skillboard/tenantfiles/TenantFileReaderTest.java", "the demo tenant files are valid"),
            Map.entry("org/skillboard/tenantfiles/TenantAssessmentsReaderTest.java", "the demo assessments read"),
            Map.entry("org/skillboard/tenantfiles/TenantMaturityReaderTest.java", "the demo worksheets read"),
            Map.entry("org/skillboard/browser/SignInBrowserIT.java", "the README's demo logins"),
            Map.entry("org/skillboard/browser/HeatmapBrowserIT.java", "the 1,000-person demo team, read only"),
            Map.entry("org/skillboard/browser/MaturityBrowserIT.java", "the demo's maturity radar, read only"));

    /** Where the wall clock is right: benchmarks measure time, and the test clock and database start from it. */
    static final Set<String> MAY_READ_THE_WALL_CLOCK = Set.of("org/skillboard/bench/",
            "org/skillboard/testsupport/TestClock.java", "org/skillboard/testsupport/TestDatabase.java");

    private static final Pattern WALL_CLOCK = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime)\\s*\\.\\s*now\\(\\s*\\)");

    @Test
    void only_the_seed_tests_name_a_demo_tenant() throws IOException {
        Set<String> demoSlugs = demoSlugs();
        assertThat(demoSlugs).as("the demo tenants under tenants/").isNotEmpty();

        List<String> found = offenders((file, line) -> !MAY_NAME_DEMO_TENANTS.containsKey(file)
                && namesDemoTenant(line, demoSlugs));

        assertThat(found).as("tests that name a demo tenant; make a tenant with the TenantFixture instead")
                .isEmpty();
        assertThat(MAY_NAME_DEMO_TENANTS.keySet()).as("allowed classes that exist")
                .allSatisfy(file -> assertThat(TEST_SOURCES.resolve(file)).exists());
    }

    @Test
    void tests_take_today_from_the_test_clock() throws IOException {
        List<String> found = offenders((file, line) -> MAY_READ_THE_WALL_CLOCK.stream().noneMatch(file::startsWith)
                && readsWallClock(line));

        assertThat(found).as("tests that read the wall clock; use TestClock.TODAY or the Clock bean").isEmpty();
    }

    @Test
    void the_detectors_catch_planted_offenders() {
        Set<String> slugs = Set.of("acme", "north-wind");
        assertThat(namesDemoTenant("SignIn.as(users, \"jane@acme.demo\");", slugs)).isTrue();
        assertThat(namesDemoTenant("Path.of(\"tenants\", \"acme\")", slugs)).isTrue();
        assertThat(namesDemoTenant("@WithUserDetails(\"bob@north-wind.demo\")", slugs)).isTrue();
        assertThat(namesDemoTenant("String slug = TestTenants.newSlug(\"acme-b\");", slugs)).isFalse();
        assertThat(namesDemoTenant("// the Acme demo", slugs)).isFalse();

        String now = ".now()";
        assertThat(readsWallClock("LocalDate today = LocalDate" + now + ";")).isTrue();
        assertThat(readsWallClock("x = java.time.Instant" + now)).isTrue();
        assertThat(readsWallClock("LocalDateTime" + now + ".format(f)")).isTrue();
        assertThat(readsWallClock("LocalDate.now(clock)")).isFalse();
        assertThat(readsWallClock("TestClock.TODAY.minusDays(3)")).isFalse();
    }

    static boolean namesDemoTenant(String line, Set<String> demoSlugs) {
        return demoSlugs.stream().anyMatch(slug -> Pattern.compile("(?<![\\w-])" + Pattern.quote(slug) + "(?![\\w-])")
                .matcher(line).find());
    }

    static boolean readsWallClock(String line) {
        return WALL_CLOCK.matcher(line).find();
    }

    /** The slugs of the tenant folders whose file says {@code demo: true}. */
    private static Set<String> demoSlugs() throws IOException {
        try (Stream<Path> folders = Files.list(TENANTS)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("tenant.yaml")))
                    .filter(folder -> {
                        try {
                            return Files.readAllLines(folder.resolve("tenant.yaml"), StandardCharsets.UTF_8).stream()
                                    .anyMatch(line -> line.matches("demo:\\s*true\\b.*"));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(folder -> folder.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private interface LineCheck {
        boolean offends(String file, String line);
    }

    /** Every line of the test sources that offends, as "file:line: text". */
    private static List<String> offenders(LineCheck check) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String file = TEST_SOURCES.relativize(path).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (check.offends(file, lines.get(i))) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return found;
    }
}
