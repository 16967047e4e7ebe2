package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileReader;
import org.skillboard.testsupport.TestTenants;

/**
 * What a tenant file's maturity assessments file says: the model, and per unit, assessor
 * and day the levels today and in five years, the ambition and the critical changes; and
 * how each mistake in it is reported.
 */
class TenantMaturityReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Appended to {@link TestTenants#yaml}: people lead, member, lead2, other, nologin; teams alpha and beta. */
    private static final String SECTIONS = "maturity-assessments: maturity.yaml\n";

    private final YamlProblems problems = new YamlProblems();

    @Test
    void a_tenant_file_gives_the_model_and_the_worksheets_of_its_maturity_file() {
        String maturity = """
                model: maturity
                assessments:
                  - unit: organisation
                    assessor: lead
                    date: 2026-03-02
                    levels:
                      feedback: 2 -> 4
                      ownership: 1->3
                    ambition: |-
                      Decisions rest on what customers tell us.
                    changes:
                      - change: Name an owner of customer experience.
                        owner: Board
                        due: 2026-06-30
                      - change: Measure CES after every contact.
                        owner: Lead
                        due: 2026-03-02
                  - unit: alpha
                    assessor: nologin
                    date: 2025-11-03
                    levels: {metrics: 2 -> 2}
                    ambition: Every agent sees what customers say.
                    changes:
                      - {change: Show CES on the agent's desk., owner: IT, due: 2026-01-31}
                      - {change: Review five comments a week., owner: Lead, due: 2025-12-31}
                      - {change: Map the complaint journey., owner: Lead, due: 2026-02-28}
                """;

        TenantFile tenant = read("acme", SECTIONS, maturity).orElseThrow(() -> new AssertionError(problems));

        TenantFile.MaturityFile file = tenant.maturity();
        assertThat(file.file()).isEqualTo("acme/maturity.yaml");
        assertThat(file.model()).isEqualTo("maturity");
        assertThat(file.modelLine()).isEqualTo(1);
        assertThat(file.assessments()).extracting(TenantFile.MaturityEntry::teamKey,
                TenantFile.MaturityEntry::assessorKey, TenantFile.MaturityEntry::date,
                TenantFile.MaturityEntry::ambition, TenantFile.MaturityEntry::line).containsExactly(
                        tuple(null, "lead", LocalDate.of(2026, 3, 2), "Decisions rest on what customers tell us.", 3),
                        tuple("alpha", "nologin", LocalDate.of(2025, 11, 3), "Every agent sees what customers say.",
                                18));
        assertThat(file.assessments().getFirst().levels()).containsExactly(
                new TenantFile.MaturityLevelEntry("feedback", "2", "4", "assessments[0].levels.feedback", 7),
                new TenantFile.MaturityLevelEntry("ownership", "1", "3", "assessments[0].levels.ownership", 8));
        assertThat(file.assessments().getFirst().changes()).containsExactly(
                new TenantFile.ChangeEntry("Name an owner of customer experience.", "Board",
                        LocalDate.of(2026, 6, 30)),
                new TenantFile.ChangeEntry("Measure CES after every contact.", "Lead", LocalDate.of(2026, 3, 2)));
        assertThat(file.assessments().getLast().changes()).extracting(TenantFile.ChangeEntry::owner)
                .containsExactly("IT", "Lead", "Lead");
    }

    @Test
    void a_tenant_file_without_the_field_has_no_maturity_assessments() {
        String slug = TestTenants.newSlug("reader");

        assertThat(TenantFileReader.read(slug + "/tenant.yaml", slug, new StringReader(TestTenants.yaml(slug)),
                name -> Optional.empty(), TODAY, problems)).get().extracting(TenantFile::maturity).isNull();
    }

    @Test
    void every_mistake_in_the_maturity_file_is_reported_with_its_file_line_and_field() {
        String maturity = """
                model: CX Maturity
                assessments:
                  - unit: gamma
                    assessor: zeca
                    date: 2026-12-01
                    levels:
                      feedback: 2 -> 4
                    ambition: A.
                    changes:
                      - {change: One., owner: Board, due: 2027-01-31}
                      - {change: Two., owner: Board, due: 2027-01-31}
                  - unit: organisation
                    assessor: member
                    date: 2026-02-30
                    levels:
                      feedback: 2
                      ownership: 2 to 4
                    changes:
                      - change: Only one.
                        owner: Board
                        due: 2026-01-31
                  - unit: beta
                    assessor: member
                    date: 2026-03-01
                    levels: {}
                    ambition: B.
                    changes:
                      - {change: One., owner: Board, due: 2026-04-01}
                      - {change: Two., owner: Board, due: 2026-04-01}
                      - {change: Three., owner: Board, due: 2026-04-01}
                      - {change: Four., owner: Board, due: 2026-04-01}
                  - unit: alpha
                    assessor: member
                    date: 2026-03-01
                    grade: A
                    levels:
                      feedback: 2 -> 4
                    ambition: C.
                    changes:
                      - change: Name an owner.
                        due: 2026-02-28
                      - change: Measure CES.
                        owner: Lead
                      - owner: Lead
                        due: 2026-04-01
                  - unit: alpha
                    assessor: member
                    date: 2026-03-01
                    levels:
                      feedback: 2 -> 4
                    ambition: D.
                """;

        assertThat(read("acme", SECTIONS, maturity)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/maturity.yaml:1: model: “CX Maturity” is not a model's family (the family of a framework of "
                        + "kind maturity): lower-case letters, digits, hyphens",
                "acme/maturity.yaml:3: assessments[0].unit: no team with the key “gamma” in teams of tenant.yaml; "
                        + "give a team key, or organisation for the whole organisation",
                "acme/maturity.yaml:4: assessments[0].assessor: no person with the key “zeca” in people of "
                        + "tenant.yaml",
                "acme/maturity.yaml:5: assessments[0].date: 2026-12-01 is in the future (today is 2026-11-22): only "
                        + "what was assessed can be loaded",
                "acme/maturity.yaml:13: assessments[1].assessor: member may not assess the organisation: only "
                        + "tenant admins (an admin with this person) and team leads do",
                "acme/maturity.yaml:14: assessments[1].date: “2026-02-30” is not a date such as 2026-01-31",
                "acme/maturity.yaml:16: assessments[1].levels.feedback: “2” does not give today's level and the level "
                        + "in five years as today -> target, such as 2 -> 4",
                "acme/maturity.yaml:17: assessments[1].levels.ownership: “2 to 4” does not give today's level "
                        + "and the level in five years as today -> target, such as 2 -> 4",
                "acme/maturity.yaml:12: assessments[1]: missing field “ambition”",
                "acme/maturity.yaml:19: assessments[1].changes: names 1 critical change; a worksheet names 2 or 3",
                "acme/maturity.yaml:23: assessments[2].assessor: member may not assess the team “beta”: only its "
                        + "leads and members, and tenant admins, do",
                "acme/maturity.yaml:25: assessments[2].levels: must give the levels of at least one dimension",
                "acme/maturity.yaml:28: assessments[2].changes: names 4 critical changes; a worksheet names 2 or 3",
                "acme/maturity.yaml:35: assessments[3].grade: unknown field; expected one of "
                        + "[ambition, assessor, changes, date, levels, unit]",
                "acme/maturity.yaml:40: assessments[3].changes[0]: missing field “owner”",
                "acme/maturity.yaml:41: assessments[3].changes[0].due: must not be before the assessment's date "
                        + "(2026-03-01)",
                "acme/maturity.yaml:42: assessments[3].changes[1]: missing field “due”",
                "acme/maturity.yaml:44: assessments[3].changes[2]: missing field “change”",
                "acme/maturity.yaml:46: assessments[4]: member already assessed alpha on 2026-03-01 (line 32)",
                "acme/maturity.yaml:46: assessments[4]: missing field “changes”: a worksheet names 2 or 3 critical "
                        + "changes");
    }

    @Test
    void a_file_without_model_or_assessments_is_reported() {
        assertThat(read("acme", SECTIONS, "assesments: []\n")).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/maturity.yaml:1: assesments: unknown field; expected one of [assessments, model]",
                "acme/maturity.yaml:1: missing field “model”",
                "acme/maturity.yaml:1: missing field “assessments”");
    }

    @Test
    void mistakes_in_the_field_of_tenant_yaml_are_reported_where_it_stands() {
        assertThat(read("acme", "maturity-assessments: ../maturity.yaml\n", null)).isEmpty();
        assertThat(read("acme", "maturity-assessments: worksheets.yaml\n", null)).isEmpty();

        assertThat(problems.all()).extracting(YamlProblem::toString).containsExactly(
                "acme/tenant.yaml:34: maturity-assessments: “../maturity.yaml” is not a file name next to "
                        + "tenant.yaml, such as maturity.yaml: lower-case letters, digits, . _ -, ending in .yaml",
                "acme/tenant.yaml:34: maturity-assessments: there is no file “worksheets.yaml” next to tenant.yaml");
    }

    @Test
    void tenant_admins_assess_every_unit_team_leads_the_organisation_and_members_their_team() {
        String maturity = """
                model: maturity
                assessments:
                """ + worksheet("organisation", "other") + worksheet("alpha", "other")
                + worksheet("organisation", "lead2") + worksheet("beta", "lead2") + worksheet("alpha", "nologin");
        String file = TestTenants.yaml("acme").replace("    name: Admin of acme\n",
                "    name: Admin of acme\n    person: other\n") + SECTIONS;

        Optional<TenantFile> tenant = TenantFileReader.read("acme/tenant.yaml", "acme", new StringReader(file),
                name -> Optional.of(maturity), TODAY, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(tenant).get().extracting(t -> t.maturity().assessments().size()).isEqualTo(5);
    }

    @Test
    void the_baltic_demo_tenant_reads_with_two_rounds_of_worksheets_that_fit_its_model() throws IOException {
        Path folder = Path.of("tenants", "baltic");
        TenantFile tenant = TenantFileReader.read("baltic/tenant.yaml", "baltic",
                new StringReader(content(folder.resolve("tenant.yaml"))),
                name -> Optional.of(content(folder.resolve(name))), TODAY, problems)
                .orElseThrow(() -> new AssertionError(problems));
        FrameworkDefinition model = FrameworkFileReader.read("baltic/frameworks/cx-kupsusmudel.yaml",
                "cx-kupsusmudel", new StringReader(content(folder.resolve("frameworks/cx-kupsusmudel.yaml"))),
                problems).orElseThrow(() -> new AssertionError(problems));

        TenantFile.MaturityFile maturity = tenant.maturity();
        assertThat(maturity.file()).isEqualTo("baltic/maturity.yaml");
        assertThat(maturity.model()).isEqualTo(model.family()).isEqualTo("cx-maturity");
        Map<String, List<TenantFile.MaturityEntry>> byUnit = new HashMap<>();
        maturity.assessments().forEach(entry -> byUnit.computeIfAbsent(String.valueOf(entry.teamKey()),
                key -> new ArrayList<>()).add(entry));
        assertThat(byUnit).containsOnlyKeys("null", "warszawa-obsluga", "krakow-reklamacje", "tallinn-klienditugi",
                "tartu-tehniline-tugi");
        List<String> dimensions = model.items().stream().map(FrameworkDefinition.Item::code).toList();
        byUnit.forEach((unit, entries) -> {
            // two rounds, November 2025 (2025-h2) and October to mid-November 2026 (2026-h2), of 2 to 4 assessors
            Map<Boolean, List<TenantFile.MaturityEntry>> rounds = new HashMap<>();
            entries.forEach(entry -> rounds.computeIfAbsent(entry.date().getYear() == 2026, year -> new ArrayList<>())
                    .add(entry));
            assertThat(rounds.get(false)).as(unit).hasSizeBetween(2, 4).allSatisfy(entry -> assertThat(entry.date())
                    .isBetween(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30)));
            assertThat(rounds.get(true)).as(unit).hasSizeBetween(2, 4).allSatisfy(entry -> assertThat(entry.date())
                    .isBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15)));
        });
        Set<String> organisationAssessors = new HashSet<>();
        byUnit.get("null").forEach(entry -> organisationAssessors.add(entry.assessorKey()));
        assertThat(organisationAssessors).containsExactlyInAnyOrder("tomasz.lewandowski", "katarzyna.nowak",
                "piotr.zielinski", "kadri.tamm");
        // what is checked when the worksheets load: every dimension rated, on the model's levels, no target below today
        assertThat(maturity.assessments()).hasSize(32).allSatisfy(entry -> {
            assertThat(entry.levels()).extracting(TenantFile.MaturityLevelEntry::dimension)
                    .containsExactlyInAnyOrderElementsOf(dimensions);
            assertThat(entry.levels()).allSatisfy(level -> {
                assertThat(model.rankOf(level.today())).isBetween(1, 3);
                assertThat(model.rankOf(level.target())).isBetween(3, 5)
                        .isGreaterThanOrEqualTo(model.rankOf(level.today()));
            });
            assertThat(entry.changes()).hasSizeBetween(2, 3);
        });
    }

    @Test
    void the_maturity_example_in_the_format_documentation_is_valid_for_the_example_tenant() throws IOException {
        String doc = Files.readString(Path.of("docs", "tenant-format.md"), StandardCharsets.UTF_8);
        List<String> examples = new ArrayList<>();
        for (int start = doc.indexOf("```yaml\n"); start >= 0; start = doc.indexOf("```yaml\n", start + 1)) {
            int from = start + "```yaml\n".length();
            examples.add(doc.substring(from, doc.indexOf("```", from)));
        }
        assertThat(examples).hasSize(3);

        TenantFile tenant = TenantFileReader.read("acme/tenant.yaml", "acme",
                new StringReader(examples.get(0) + "maturity-assessments: maturity.yaml\n"),
                name -> Optional.of(examples.get(2)), TODAY, problems).orElseThrow(() -> new AssertionError(problems));

        assertThat(tenant.maturity().model()).isEqualTo("cx-maturity");
        assertThat(tenant.maturity().assessments()).extracting(TenantFile.MaturityEntry::teamKey,
                TenantFile.MaturityEntry::assessorKey).containsExactly(tuple(null, "ana.lima"),
                        tuple("support", "rui.costa"));
    }

    /** A valid worksheet of the test model. */
    private static String worksheet(String unit, String assessor) {
        return """
                  - unit: %s
                    assessor: %s
                    date: 2026-03-01
                    levels: {feedback: 2 -> 4}
                    ambition: An ambition.
                    changes:
                      - {change: One., owner: Board, due: 2026-04-01}
                      - {change: Two., owner: Board, due: 2026-04-01}
                """.formatted(unit, assessor);
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads {@link TestTenants#yaml} with the sections appended and the given maturity file, if any. */
    private Optional<TenantFile> read(String folder, String sections, String maturity) {
        Map<String, String> files = maturity == null ? Map.of() : Map.of("maturity.yaml", maturity);
        return TenantFileReader.read(folder + "/tenant.yaml", folder,
                new StringReader(TestTenants.yaml(folder) + sections), name -> Optional.ofNullable(files.get(name)),
                TODAY, problems);
    }
}
