package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.testsupport.TestTenants;

/**
 * What a tenant file says about assessments: settings, periods, the assessments file it
 * names and a generated team; and how each mistake in them is reported.
 */
class TenantAssessmentsReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Appended to {@link TestTenants#yaml}: people lead, member, lead2, other, nologin; teams alpha and beta. */
    private static final String SECTIONS = """
            assessments: assessments.yaml
            assessment-settings:
              review-interval-months: 6
              peer-assessments: true
            periods:
              - key: 2026-h1
                name: Primeiro semestre de 2026
                starts: 2026-01-01
                ends: 2026-06-30
              - key: 2026-h2
                name: Segundo semestre de 2026
                starts: 2026-07-01
                ends: 2026-12-31
            """;

    private final YamlProblems problems = new YamlProblems();

    @Test
    void a_tenant_file_gives_its_settings_periods_and_the_assessments_of_its_assessments_file() {
        String assessments = """
                - person: member
                  kind: self
                  period: 2026-h1
                  date: 2026-03-02
                  levels:
                    skills/CSMG: "2"
                    bands/knowledge: F
                  evidence:
                    skills/CSMG: Answers most calls alone.
                - person: member
                  kind: manager
                  date: 2026-07-15
                  levels:
                    skills/CSMG: 3
                - person: other
                  kind: peer
                  assessor: member
                  date: 2025-12-01
                  levels:
                    bands/knowledge: G
                """;

        TenantFile tenant = read("acme", SECTIONS, assessments).orElseThrow(() -> new AssertionError(problems));

        assertThat(tenant.assessmentSettings()).isEqualTo(new TenantFile.AssessmentSettingsEntry(6, true));
        assertThat(tenant.periods()).containsExactly(
                new TenantFile.PeriodEntry("2026-h1", "Primeiro semestre de 2026", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30)),
                new TenantFile.PeriodEntry("2026-h2", "Segundo semestre de 2026", LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 12, 31)));
        assertThat(tenant.assessmentsFile()).isEqualTo("acme/assessments.yaml");
        assertThat(tenant.assessments()).extracting(TenantFile.AssessmentEntry::personKey,
                TenantFile.AssessmentEntry::kind, TenantFile.AssessmentEntry::date,
                TenantFile.AssessmentEntry::periodKey, TenantFile.AssessmentEntry::assessorKey).containsExactly(
                        tuple("member", AssessmentKind.SELF, LocalDate.of(2026, 3, 2), "2026-h1", "member"),
                        // no period given: the one holding the date; no assessor given: the lead of alpha
                        tuple("member", AssessmentKind.MANAGER, LocalDate.of(2026, 7, 15), "2026-h2", "lead"),
                        // a date outside every period belongs to none
                        tuple("other", AssessmentKind.PEER, LocalDate.of(2025, 12, 1), null, "member"));
        assertThat(tenant.assessments().getFirst().levels()).containsExactly(
                new TenantFile.LevelEntry("skills/CSMG", "2", "Answers most calls alone.", "[0].levels.skills/CSMG",
                        6),
                new TenantFile.LevelEntry("bands/knowledge", "F", null, "[0].levels.bands/knowledge", 7));
        assertThat(tenant.assessments().get(1).levels()).extracting(TenantFile.LevelEntry::level)
                .containsExactly("3");
    }

    @Test
    void without_settings_the_app_keeps_its_own_and_an_empty_section_gives_the_defaults() {
        String slug = TestTenants.newSlug("reader");
        assertThat(TenantFileReader.read(slug + "/tenant.yaml", slug, new StringReader(TestTenants.yaml(slug)),
                name -> Optional.empty(), TODAY, problems)).get().satisfies(tenant -> {
                    assertThat(tenant.assessmentSettings()).isNull();
                    assertThat(tenant.periods()).isEmpty();
                    assertThat(tenant.assessments()).isEmpty();
                    assertThat(tenant.assessmentsFile()).isNull();
                    assertThat(tenant.generatedTeam()).isNull();
                });

        TenantFile tenant = read("acme", "assessment-settings: {}\n", null).orElseThrow();
        assertThat(tenant.assessmentSettings()).isEqualTo(new TenantFile.AssessmentSettingsEntry(12, false));
    }

    @Test
    void mistakes_in_settings_periods_and_the_assessments_field_are_reported_where_they_stand() {
        String sections = """
                assessments: ../other/assessments.yaml
                assessment-settings:
                  review-interval-months: 61
                  peer-assessments: sometimes
                  reminders: true
                periods:
                  - key: 2026 H1
                    name: First half
                    starts: 2026-01-01
                    ends: 2026-06-31
                  - key: 2026-h2
                    name: Second half
                    starts: 2026-12-31
                    ends: 2026-07-01
                  - key: 2026-h2
                    starts: 01/07/2026
                    ends: 2026-12-31
                """;

        assertThat(read("acme", sections, null)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:38: assessment-settings.reminders: unknown field; expected one of "
                        + "[peer-assessments, review-interval-months]",
                "acme/tenant.yaml:36: assessment-settings.review-interval-months: expected a whole number from 1 "
                        + "to 60",
                "acme/tenant.yaml:37: assessment-settings.peer-assessments: expected true or false",
                "acme/tenant.yaml:40: periods[0].key: “2026 H1” is not a period key: lower-case letters, digits, "
                        + "hyphens, such as 2026-h1",
                "acme/tenant.yaml:43: periods[0].ends: “2026-06-31” is not a date such as 2026-01-31",
                "acme/tenant.yaml:47: periods[1].ends: must not be before starts (2026-12-31)",
                "acme/tenant.yaml:48: periods[2].key: duplicate period key “2026-h2”",
                "acme/tenant.yaml:48: periods[2]: missing field “name”",
                "acme/tenant.yaml:49: periods[2].starts: “01/07/2026” is not a date such as 2026-01-31",
                "acme/tenant.yaml:34: assessments: “../other/assessments.yaml” is not a file name next to "
                        + "tenant.yaml, such as assessments.yaml: lower-case letters, digits, . _ -, ending in .yaml");
    }

    @Test
    void an_assessments_file_that_is_not_there_is_reported_at_the_line_that_names_it() {
        assertThat(read("acme", "assessments: ratings.yaml\n", null)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:34: assessments: there is no file “ratings.yaml” next to tenant.yaml");
    }

    @Test
    void every_mistake_in_the_assessments_file_is_reported_with_its_file_line_and_field() {
        String assessments = """
                - person: zeca
                  kind: self
                  date: 2026-03-02
                  levels:
                    skills/CSMG: "2"
                - person: member
                  kind: boss
                  date: 2026-02-30
                  levels:
                    skills/CSMG: "2"
                - person: member
                  kind: self
                  period: 2027-h1
                  date: 2026-12-01
                  assessor: lead
                  levels:
                    CSMG: "2"
                - person: member
                  kind: manager
                  period: 2026-h1
                  date: 2026-07-02
                  assessor: member
                  levels: {}
                - person: other
                  kind: peer
                  date: 2026-05-01
                  levels:
                    skills/CSMG: "3"
                  evidence:
                    skills/CEXP: Not assessed here.
                - person: member
                  kind: self
                  date: 2026-03-03
                  grade: A
                  levels:
                    skills/CSMG: "3"
                - person: member
                  kind: self
                  date: 2026-03-03
                  levels:
                    skills/CSMG: "2"
                - person: nologin
                  kind: manager
                  date: 2026-04-01
                """;

        assertThat(read("acme", SECTIONS, assessments)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/assessments.yaml:1: [0].person: no person with the key “zeca” in people of tenant.yaml",
                "acme/assessments.yaml:7: [1].kind: “boss” is not a kind of assessment: self, manager or peer",
                "acme/assessments.yaml:8: [1].date: “2026-02-30” is not a date such as 2026-01-31",
                "acme/assessments.yaml:14: [2].date: 2026-12-01 is in the future (today is 2026-11-22): only what "
                        + "was assessed can be loaded",
                "acme/assessments.yaml:13: [2].period: no period with the key “2027-h1” in periods of tenant.yaml",
                "acme/assessments.yaml:15: [2].assessor: a self-assessment is made by the person assessed; leave "
                        + "assessor out or give a kind of manager or peer",
                "acme/assessments.yaml:17: [2].levels.CSMG: “CSMG” does not name an item as family/item-code, as "
                        + "in sfia-9/CSMG",
                "acme/assessments.yaml:21: [3].date: 2026-07-02 is not within the period “2026-h1” (2026-01-01 to "
                        + "2026-06-30)",
                "acme/assessments.yaml:22: [3].assessor: nobody is their own manager; give kind: self",
                "acme/assessments.yaml:23: [3].levels: must give the level of at least one item",
                "acme/assessments.yaml:25: [4].kind: a peer assessment needs the assessor, the peer who made it",
                "acme/assessments.yaml:30: [4].evidence.skills/CEXP: evidence for an item that has no level in this "
                        + "entry's levels",
                "acme/assessments.yaml:34: [5].grade: unknown field; expected one of "
                        + "[assessor, date, evidence, kind, levels, period, person]",
                "acme/assessments.yaml:41: [6].levels.skills/CSMG: member already has a self assessment of "
                        + "skills/CSMG on 2026-03-03 (line 36)",
                "acme/assessments.yaml:42: [7]: missing field “levels”");
    }

    @Test
    void peer_assessments_are_refused_while_the_tenant_does_not_allow_them() {
        String assessments = """
                - person: other
                  kind: peer
                  assessor: lead2
                  date: 2026-05-01
                  levels:
                    skills/CSMG: "3"
                """;

        assertThat(read("acme", SECTIONS.replace("peer-assessments: true", "peer-assessments: false"), assessments))
                .isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/assessments.yaml:2: [0].kind: peer assessments are off for this tenant; turn them on with "
                        + "assessment-settings: peer-assessments: true in tenant.yaml");
    }

    @Test
    void a_generated_team_names_its_lead_job_profile_and_periods() {
        String sections = SECTIONS + """
                job-profiles:
                  - key: agent
                    name: Agent
                generated-team:
                  key: virtual
                  name: Virtual team
                  size: 30
                  lead: lead
                  job-profile: agent
                  seed: 42
                  periods: [2026-h1, 2026-h2]
                """;

        TenantFile tenant = read("acme", sections, "[]\n").orElseThrow(() -> new AssertionError(problems));

        assertThat(tenant.generatedTeam()).isEqualTo(new TenantFile.GeneratedTeamEntry("virtual", "Virtual team", 30,
                "lead", "agent", 42, List.of("2026-h1", "2026-h2"), 51));
    }

    @Test
    void a_generated_team_is_refused_in_a_tenant_that_is_not_a_demo_and_its_mistakes_are_reported() {
        String sections = SECTIONS + """
                generated-team:
                  key: alpha
                  size: 5001
                  lead: zeca
                  job-profile: agent
                  seed: many
                  periods: [2026-h1, 2027-h1, 2026-h1]
                """;
        String file = TestTenants.yaml("acme").replace("demo: true\n", "")
                .replace("demo-password: " + TestTenants.PASSWORD + "\n", "")
                .replace("admins:\n  - login: admin@acme.test\n    name: Admin of acme\n", "")
                .replaceAll("    login: .*\n", "") + sections;

        assertThat(TenantFileReader.read("acme/tenant.yaml", "acme", new StringReader(file),
                name -> Optional.of("[]"), TODAY, problems)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:39: generated-team: only a demo tenant (demo: true) may have a generated team: "
                        + "its people and assessments are made up",
                "acme/tenant.yaml:39: generated-team.key: duplicate team key “alpha”",
                "acme/tenant.yaml:39: generated-team: missing field “name”",
                "acme/tenant.yaml:40: generated-team.size: expected a whole number from 1 to 5000",
                "acme/tenant.yaml:41: generated-team.lead: no person with the key “zeca” in people",
                "acme/tenant.yaml:42: generated-team.job-profile: no job profile with the key “agent” in "
                        + "job-profiles",
                "acme/tenant.yaml:43: generated-team.seed: expected a whole number from -2147483648 to 2147483647",
                "acme/tenant.yaml:44: generated-team.periods[1]: no period with the key “2027-h1” in periods",
                "acme/tenant.yaml:44: generated-team.periods[2]: period “2026-h1” is listed twice");
    }

    @Test
    void generated_keys_may_not_be_taken_by_a_person_of_the_file() {
        String sections = SECTIONS + """
                job-profiles:
                  - key: agent
                    name: Agent
                generated-team:
                  key: virtual
                  name: Virtual team
                  size: 30
                  lead: lead
                  job-profile: agent
                  seed: 42
                """;
        String file = TestTenants.yaml("acme").replace("  - key: nologin\n", "  - key: gen-0007\n")
                .replace("members: [member, nologin]", "members: [member, gen-0007]") + sections;

        assertThat(TenantFileReader.read("acme/tenant.yaml", "acme", new StringReader(file),
                name -> Optional.of("[]"), TODAY, problems)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:51: generated-team: the generated people are gen-0001 to gen-0030, but "
                        + "“gen-0007” is a key in people");
    }

    @Test
    void both_shipped_demo_tenants_read_with_their_periods_and_assessments() throws IOException {
        for (String slug : List.of("atlantico", "baltic")) {
            Path folder = Path.of("tenants", slug);
            YamlProblems found = new YamlProblems();
            Optional<TenantFile> tenant = TenantFileReader.read(slug + "/tenant.yaml", slug,
                    Files.newBufferedReader(folder.resolve("tenant.yaml"), StandardCharsets.UTF_8),
                    name -> Optional.of(content(folder.resolve(name))), TODAY, found);

            assertThat(found.all()).as(slug).isEmpty();
            assertThat(tenant).as(slug).get().satisfies(t -> {
                assertThat(t.periods()).extracting(TenantFile.PeriodEntry::key)
                        .containsExactly("2025-h2", "2026-h1", "2026-h2");
                assertThat(t.assessments()).isNotEmpty().allSatisfy(entry -> {
                    assertThat(entry.date()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 15));
                    assertThat(entry.periodKey()).isNotNull();
                });
                assertThat(t.generatedTeam()).isNotNull();
            });
        }
    }

    @Test
    void the_assessments_example_in_the_format_documentation_is_valid_for_the_example_tenant() throws IOException {
        String doc = Files.readString(Path.of("docs", "tenant-format.md"), StandardCharsets.UTF_8);
        List<String> examples = new java.util.ArrayList<>();
        for (int start = doc.indexOf("```yaml\n"); start >= 0; start = doc.indexOf("```yaml\n", start + 1)) {
            int from = start + "```yaml\n".length();
            examples.add(doc.substring(from, doc.indexOf("```", from)));
        }
        // the tenant, its assessments file, and its maturity assessments file (see TenantMaturityReaderTest)
        assertThat(examples).hasSize(3);

        TenantFile tenant = TenantFileReader.read("acme/tenant.yaml", "acme",
                new StringReader(examples.get(0) + "assessments: assessments.yaml\n"),
                name -> Optional.of(examples.get(1)), TODAY, problems).orElseThrow(() -> new AssertionError(problems));

        assertThat(tenant.assessments()).extracting(TenantFile.AssessmentEntry::kind,
                TenantFile.AssessmentEntry::periodKey, TenantFile.AssessmentEntry::assessorKey).containsExactly(
                        tuple(AssessmentKind.SELF, "2026-h1", "rui.costa"),
                        tuple(AssessmentKind.MANAGER, "2026-h1", "ana.lima"));
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads {@link TestTenants#yaml} with the sections appended and the given assessments file, if any. */
    private Optional<TenantFile> read(String folder, String sections, String assessments) {
        Map<String, String> files = assessments == null ? Map.of() : Map.of("assessments.yaml", assessments);
        return TenantFileReader.read(folder + "/tenant.yaml", folder,
                new StringReader(TestTenants.yaml(folder) + sections), name -> Optional.ofNullable(files.get(name)),
                TODAY, problems);
    }
}
