package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentEntry;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.LevelFact;
import org.skillboard.assessment.PeriodSummary;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.Target;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.tenantfiles.TenantFileLoader.Outcome;
import org.skillboard.tenantfiles.TenantFileLoader.Status;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestFrameworks;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Loading a tenant's periods, assessment settings, assessments file and generated team:
 * each assessment once however often the files are loaded, a wrong item or level
 * reported with its line while the rest loads, and the same made-up team for the same seed.
 */
@SkillboardTest
class TenantAssessmentsLoaderTest {

    private static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    private static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    private static final ItemRef KNOWLEDGE = new ItemRef("bands", "knowledge");

    /** Appended to {@link TestTenants#yaml}, with the frameworks "skills" and "bands". */
    private static final String SECTIONS = """
            frameworks: [skills, bands]
            assessments: assessments.yaml
            assessment-settings:
              review-interval-months: 6
            periods:
              - key: 2025-h1
                name: Primeiro semestre de 2025
                starts: 2025-01-01
                ends: 2025-06-30
              - key: 2025-h2
                name: Segundo semestre de 2025
                starts: 2025-07-01
                ends: 2025-12-31
            job-profiles:
              - key: agent
                name: Agente
                requires:
                  skills/CSMG: "2"
                  bands/knowledge: F
            """;

    private static final String ASSESSMENTS = """
            - person: member
              kind: self
              date: 2025-03-03
              levels:
                skills/CSMG: "2"
                bands/knowledge: G
            - person: member
              kind: manager
              date: 2025-03-20
              levels:
                skills/CSMG: "2"
              evidence:
                skills/CSMG: Resolve sozinho os pedidos de nível 1.
            - person: member
              kind: self
              date: 2025-09-15
              levels:
                skills/CSMG: "3"
                bands/knowledge: F
            """;

    @Autowired
    TenantFiles loader;
    @Autowired
    AssessmentReads reads;
    @Autowired
    AssessmentSettingsService settings;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    JobProfileService jobProfiles;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_tenant_file_with_periods_and_assessments_loads_them_with_their_periods_assessors_and_evidence() {
        String slug = TestTenants.newSlug("assess");

        Outcome outcome = load(slug, tenant(slug, ""), ASSESSMENTS);

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).isEmpty();
        signInAsAdmin(slug);
        assertThat(settings.rules().reviewIntervalMonths()).isEqualTo(6);
        assertThat(settings.rules().peerAssessments()).isFalse();
        assertThat(settings.periods()).extracting(PeriodSummary::key, PeriodSummary::name, PeriodSummary::startsOn)
                .containsExactly(tuple("2025-h2", "Segundo semestre de 2025", LocalDate.of(2025, 7, 1)),
                        tuple("2025-h1", "Primeiro semestre de 2025", LocalDate.of(2025, 1, 1)));
        long member = person(slug, "member");
        assertThat(reads.history(member, CSMG)).extracting(AssessmentEntry::kind, AssessmentEntry::levelCode,
                AssessmentEntry::assessedOn, AssessmentEntry::assessorName, AssessmentEntry::periodName,
                AssessmentEntry::evidence).containsExactly(
                        tuple(AssessmentKind.SELF, "3", LocalDate.of(2025, 9, 15), "Member " + slug,
                                "Segundo semestre de 2025", null),
                        tuple(AssessmentKind.MANAGER, "2", LocalDate.of(2025, 3, 20), "Lead " + slug,
                                "Primeiro semestre de 2025", "Resolve sozinho os pedidos de nível 1."),
                        tuple(AssessmentKind.SELF, "2", LocalDate.of(2025, 3, 3), "Member " + slug,
                                "Primeiro semestre de 2025", null));
        assertThat(reads.currentLevels(List.of(member), null)).extracting(LevelFact::itemCode,
                LevelFact::kind, LevelFact::levelCode).containsExactlyInAnyOrder(
                        tuple("CSMG", AssessmentKind.SELF, "3"), tuple("CSMG", AssessmentKind.MANAGER, "2"),
                        tuple("knowledge", AssessmentKind.SELF, "F"));
    }

    @Test
    void loading_the_same_or_a_changed_file_again_adds_no_assessment_twice() {
        String slug = TestTenants.newSlug("again");
        assertThat(load(slug, tenant(slug, ""), ASSESSMENTS).status()).isEqualTo(Status.APPLIED);
        assertThat(countAssessments(slug)).isEqualTo(5);

        assertThat(load(slug, tenant(slug, ""), ASSESSMENTS).status()).isEqualTo(Status.UNCHANGED);
        // tenant.yaml changed: everything is applied again, nothing is added twice
        assertThat(load(slug, "# edited\n" + tenant(slug, ""), ASSESSMENTS).status()).isEqualTo(Status.APPLIED);
        assertThat(countAssessments(slug)).isEqualTo(5);

        // only the assessments file changed: what is new is added, the rest is not added again
        String more = ASSESSMENTS + """
                - person: member
                  kind: manager
                  date: 2025-10-01
                  levels:
                    skills/CSMG: "3"
                    skills/CEXP: "2"
                """;
        Outcome outcome = load(slug, "# edited\n" + tenant(slug, ""), more);
        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).isEmpty();
        assertThat(countAssessments(slug)).isEqualTo(7);
        assertThat(load(slug, "# edited\n" + tenant(slug, ""), more).status()).isEqualTo(Status.UNCHANGED);
        signInAsAdmin(slug);
        assertThat(reads.history(person(slug, "member"), CEXP)).singleElement()
                .extracting(AssessmentEntry::assessorName).isEqualTo("Lead " + slug);
    }

    @Test
    void files_loaded_in_bulk_mark_the_shown_level_the_managers_else_the_newest_self_assessment() {
        String slug = TestTenants.newSlug("shown");
        load(slug, tenant(slug, ""), ASSESSMENTS);
        signInAsAdmin(slug);
        long member = person(slug, "member");
        assertThat(reads.shownLevels(List.of(member), null)).extracting(LevelFact::itemCode, LevelFact::kind,
                LevelFact::levelCode).containsExactlyInAnyOrder(
                        tuple("CSMG", AssessmentKind.MANAGER, "2"), tuple("knowledge", AssessmentKind.SELF, "F"));

        String more = ASSESSMENTS + """
                - person: member
                  kind: manager
                  date: 2025-01-10
                  levels:
                    skills/CSMG: "4"
                - person: member
                  kind: self
                  date: 2025-11-01
                  levels:
                    skills/CSMG: "5"
                    skills/CEXP: "4"
                - person: member
                  kind: manager
                  date: 2025-10-01
                  levels:
                    bands/knowledge: E
                """;
        assertThat(load(slug, "# more\n" + tenant(slug, ""), more).problems()).isEmpty();
        signInAsAdmin(slug);
        assertThat(reads.shownLevels(List.of(member), null)).extracting(LevelFact::itemCode, LevelFact::kind,
                LevelFact::levelCode).containsExactlyInAnyOrder(
                        tuple("CSMG", AssessmentKind.MANAGER, "2"), tuple("CEXP", AssessmentKind.SELF, "4"),
                        tuple("knowledge", AssessmentKind.MANAGER, "E"));
        assertThat(reads.shownLevels(List.of(member), null)).as("as the history has it")
                .containsExactlyInAnyOrderElementsOf(reads.shownLevels(List.of(member),
                        LocalDate.of(2100, 1, 1)));
    }

    @Test
    void an_unknown_item_or_level_is_reported_with_file_and_line_and_the_rest_of_the_tenant_loads() {
        String slug = TestTenants.newSlug("badlevel");
        String wrong = ASSESSMENTS + """
                - person: other
                  kind: self
                  date: 2025-10-01
                  levels:
                    skills/CSMG: "7"
                    skills/NOPE: "2"
                    skills/CEXP: "4"
                """;

        Outcome outcome = load(slug, tenant(slug, ""), wrong);

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).containsExactly(
                slug + "/assessments.yaml:24: [3].levels.skills/CSMG: “7” is not a level of skills/CSMG "
                        + "(Customer service support has 1, 2, 3, 4, 5, 6); this level was not loaded",
                slug + "/assessments.yaml:25: [3].levels.skills/NOPE: no item “skills/NOPE” in the tenant's "
                        + "frameworks; this level was not loaded");
        assertThat(countAssessments(slug)).isEqualTo(6);
        signInAsAdmin(slug);
        assertThat(reads.history(person(slug, "other"), CEXP)).extracting(AssessmentEntry::levelCode)
                .containsExactly("4");
        assertThat(jobProfiles.profiles()).extracting(org.skillboard.jobprofile.JobProfileSummary::key)
                .contains("agent");

        // the problem is reported again at the next load, and nothing is added twice
        Outcome again = load(slug, tenant(slug, ""), wrong);
        assertThat(again.problems()).hasSize(2);
        assertThat(countAssessments(slug)).isEqualTo(6);
    }

    @Test
    void a_generated_team_gets_its_people_lead_job_profile_and_assessments_once() {
        String slug = TestTenants.newSlug("gen");
        String file = tenant(slug, generatedTeam(30, 42));

        Outcome outcome = load(slug, file, ASSESSMENTS);

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).isEmpty();
        signInAsAdmin(slug);
        TeamOverview team = generatedTeam(slug);
        assertThat(team.name()).isEqualTo("Equipa gerada");
        assertThat(team.leads()).extracting(TeamPerson::name).containsExactly("Lead " + slug);
        assertThat(team.members()).hasSize(30);
        List<PersonOverview> generated = administration.people().stream()
                .filter(person -> person.key().startsWith("gen-")).toList();
        assertThat(generated).extracting(PersonOverview::key).contains("gen-0001", "gen-0030").hasSize(30);
        assertThat(generated).extracting(PersonOverview::jobTitle).containsOnly("Agente");
        assertThat(generated).extracting(PersonOverview::email).containsOnlyNulls();
        long someone = generated.getFirst().id();
        assertThat(jobProfiles.targetsOf(someone)).containsEntry(CSMG,
                new Target(CSMG, "2", Target.Source.JOB_PROFILE));
        List<Long> ids = generated.stream().map(PersonOverview::id).toList();
        List<LevelFact> facts = reads.historyOf(ids, LocalDate.of(2100, 1, 1));
        assertThat(facts).extracting(LevelFact::itemCode).containsOnly("CSMG", "CEXP", "knowledge");
        assertThat(facts).extracting(LevelFact::kind).contains(AssessmentKind.SELF, AssessmentKind.MANAGER);
        assertThat(facts).hasSizeGreaterThan(30 * 3).hasSizeLessThanOrEqualTo(30 * 3 * 4);
        int people = administration.people().size();
        int total = countAssessments(slug);

        // loaded again, unchanged or changed: no one and nothing twice
        assertThat(load(slug, file, ASSESSMENTS).status()).isEqualTo(Status.UNCHANGED);
        assertThat(load(slug, "# changed\n" + file, ASSESSMENTS).status()).isEqualTo(Status.APPLIED);
        signInAsAdmin(slug);
        assertThat(administration.people()).hasSize(people);
        assertThat(generatedTeam(slug).members()).hasSize(30);
        assertThat(countAssessments(slug)).isEqualTo(total);
    }

    @Test
    void a_generated_team_is_written_again_only_when_what_it_generates_changed() {
        String slug = TestTenants.newSlug("genagain");
        load(slug, tenant(slug, generatedTeam(20, 5)), "[]\n");
        signInAsAdmin(slug);
        PersonOverview first = administration.people().stream().filter(person -> person.key().equals("gen-0001"))
                .findFirst().orElseThrow();
        administration.updatePerson(first.id(), "Renamed in the app", null, "Agente");

        // tenant.yaml changed elsewhere: the generated team is as it was, so it is not written again
        assertThat(load(slug, "# another comment\n" + tenant(slug, generatedTeam(20, 5)), "[]\n").status())
                .isEqualTo(Status.APPLIED);
        signInAsAdmin(slug);
        assertThat(name(first.id())).isEqualTo("Renamed in the app");

        // a larger team: written again, with the generated names, and ten more people
        assertThat(load(slug, tenant(slug, generatedTeam(30, 5)), "[]\n").status()).isEqualTo(Status.APPLIED);
        signInAsAdmin(slug);
        assertThat(name(first.id())).isEqualTo(first.name());
        assertThat(generatedTeam(slug).members()).hasSize(30);
    }

    private String name(long personId) {
        return administration.people().stream().filter(person -> person.id() == personId).findFirst().orElseThrow()
                .name();
    }

    @Test
    void the_same_seed_generates_the_same_team_and_another_seed_another() {
        String first = TestTenants.newSlug("seed");
        String second = TestTenants.newSlug("seed");
        String third = TestTenants.newSlug("seed");
        load(first, tenant(first, generatedTeam(30, 42)), "[]\n");
        load(second, tenant(second, generatedTeam(30, 42)), "[]\n");
        load(third, tenant(third, generatedTeam(30, 43)), "[]\n");

        assertThat(generatedAssessments(second)).isNotEmpty().isEqualTo(generatedAssessments(first));
        assertThat(generatedAssessments(third)).isNotEqualTo(generatedAssessments(first));
    }

    @Test
    void a_generated_team_whose_job_profile_did_not_load_is_reported_and_still_generated() {
        String slug = TestTenants.newSlug("genbad");
        String file = tenant(slug, generatedTeam(10, 1)).replace("bands/knowledge: F", "bands/knowledge: Z");

        Outcome outcome = load(slug, file, "[]\n");

        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(outcome.problems()).hasSize(2).last().asString().isEqualTo(slug + "/tenant.yaml:54: "
                + "generated-team: the job profile “agent” was not loaded, so the generated people have none");
        signInAsAdmin(slug);
        assertThat(generatedTeam(slug).members()).hasSize(10);
    }

    /** The generated people's assessments by person key, as comparable text. */
    private List<String> generatedAssessments(String slug) {
        signInAsAdmin(slug);
        Map<Long, String> keys = new HashMap<>();
        administration.people().stream().filter(person -> person.key().startsWith("gen-"))
                .forEach(person -> keys.put(person.id(), person.key() + " " + person.name()));
        return reads.historyOf(keys.keySet(), LocalDate.of(2100, 1, 1)).stream()
                .map(fact -> keys.get(fact.personId()) + " " + fact.itemCode() + " " + fact.kind() + " "
                        + fact.levelCode() + " " + fact.assessedOn())
                .sorted().collect(Collectors.toList());
    }

    private TeamOverview generatedTeam(String slug) {
        signInAsAdmin(slug);
        return administration.teams().stream().filter(team -> team.key().equals("gerada")).findFirst()
                .orElseThrow();
    }

    private static String generatedTeam(int size, int seed) {
        return """
                generated-team:
                  key: gerada
                  name: Equipa gerada
                  size: %d
                  lead: lead
                  job-profile: agent
                  seed: %d
                  periods: [2025-h1, 2025-h2]
                """.formatted(size, seed);
    }

    private static String tenant(String slug, String more) {
        return TestTenants.yaml(slug) + SECTIONS + more;
    }

    private Outcome load(String slug, String tenantFile, String assessmentsFile) {
        return loader.load(slug + "/tenant.yaml", slug, tenantFile,
                id -> Optional.of(id.equals("skills") ? TestFrameworks.skills() : TestFrameworks.bands("G", "F", "E")),
                name -> name.equals("assessments.yaml") ? Optional.of(assessmentsFile) : Optional.empty());
    }

    private int countAssessments(String slug) {
        signInAsAdmin(slug);
        try {
            List<Long> ids = administration.people().stream().map(PersonOverview::id).toList();
            return reads.historyOf(ids, LocalDate.of(2100, 1, 1)).size();
        } finally {
            SignIn.out();
        }
    }

    private long person(String slug, String key) {
        signInAsAdmin(slug);
        return administration.people().stream().filter(person -> person.key().equals(key))
                .max(Comparator.comparing(PersonOverview::id)).orElseThrow().id();
    }

    private void signInAsAdmin(String slug) {
        SignIn.as(users, TestTenants.login("admin", slug));
    }
}
