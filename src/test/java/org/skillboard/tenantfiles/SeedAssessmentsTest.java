package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.LevelFact;
import org.skillboard.assessment.PeriodSummary;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.jobprofile.Target;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo tenants as loaded from tenants/ when the app starts: every real person has
 * self- and manager assessments, the story has its gaps and stale assessments,
 * Atlântico's generated team has its thousand people, and job profiles set its people's targets.
 */
@SkillboardTest
class SeedAssessmentsTest {

    private static final LocalDate FAR_FUTURE = LocalDate.of(2100, 1, 1);

    @Autowired
    AssessmentReads reads;
    @Autowired
    AssessmentSettingsService settings;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_demo_tenants_job_profiles_and_assignments_come_from_its_file(@Autowired JobProfileService jobProfiles,
            @Autowired PeopleService people) {
        SignIn.as(users, "joao.silva@atlantico.demo");
        long joao = people.myProfile().orElseThrow().personId();

        assertThat(jobProfiles.targetsOf(joao)).containsEntry(new ItemRef("sfia-9", "CSMG"),
                new Target(new ItemRef("sfia-9", "CSMG"), "2", Target.Source.JOB_PROFILE));

        SignIn.as(users, "marta.nunes@atlantico.demo");
        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::key)
                .contains("assistente", "especialista", "coordenacao", "direcao");
    }

    @Test
    void every_real_person_of_both_demo_tenants_has_self_and_manager_assessments() throws IOException {
        for (String slug : List.of("atlantico", "baltic")) {
            SignIn.as(users, admin(slug));
            Map<String, Long> ids = new HashMap<>();
            administration.people().forEach(person -> ids.put(person.key(), person.id()));
            List<String> realPeople = tenantFile(slug).people().stream().map(TenantFile.PersonEntry::key).toList();

            Map<Long, Set<AssessmentKind>> kinds = new HashMap<>();
            for (LevelFact fact : reads.historyOf(realPeople.stream().map(ids::get).toList(), FAR_FUTURE)) {
                kinds.computeIfAbsent(fact.personId(), id -> EnumSet.noneOf(AssessmentKind.class)).add(fact.kind());
            }
            assertThat(realPeople).as(slug).hasSizeGreaterThan(15).allSatisfy(key -> assertThat(
                    kinds.get(ids.get(key))).as(key).contains(AssessmentKind.SELF, AssessmentKind.MANAGER));
            assertThat(settings.periods()).as(slug).extracting(PeriodSummary::key)
                    .containsExactly("2026-h2", "2026-h1", "2025-h2");
        }
    }

    @Test
    void the_demo_story_has_waiting_manager_assessments_stale_ones_and_a_skill_only_one_person_holds() {
        SignIn.as(users, admin("atlantico"));
        assertThat(settings.rules().reviewIntervalMonths()).isEqualTo(12);
        Map<String, Long> ids = new HashMap<>();
        administration.people().forEach(person -> ids.put(person.key(), person.id()));

        // Tiago has assessed himself this half-year; his lead has not yet
        List<LevelFact> tiago = reads.currentLevels(List.of(ids.get("tiago.rodrigues")), null);
        LocalDate currentPeriod = LocalDate.of(2026, 7, 1);
        assertThat(tiago).filteredOn(fact -> fact.kind() == AssessmentKind.SELF)
                .anyMatch(fact -> !fact.assessedOn().isBefore(currentPeriod));
        assertThat(tiago).filteredOn(fact -> fact.kind() == AssessmentKind.MANAGER)
                .allMatch(fact -> fact.assessedOn().isBefore(currentPeriod));
        // João's supplier relations were last assessed in 2025: stale after twelve months
        assertThat(reads.currentLevels(List.of(ids.get("joao.silva")), null))
                .filteredOn(fact -> fact.itemCode().equals("relacion-proveedores")).isNotEmpty()
                .allMatch(fact -> fact.assessedOn().isBefore(LocalDate.of(2025, 11, 15)));
        // in Madrid only Carmen is at the C in customer focus her role needs, as her lead sees it
        List<Long> madrid = team("madrid-atencion").members().stream().map(TeamPerson::personId).toList();
        assertThat(reads.currentLevels(madrid, null)).filteredOn(fact -> fact.kind() == AssessmentKind.MANAGER
                        && fact.itemCode().equals("foco-cliente") && !fact.levelCode().equals("D"))
                .extracting(LevelFact::personId).containsExactly(ids.get("carmen.garcia"));

        SignIn.as(users, admin("baltic"));
        assertThat(settings.rules().reviewIntervalMonths()).isEqualTo(6);
    }

    @Test
    void atlanticos_generated_team_has_a_thousand_assessed_people_led_by_ricardo() {
        SignIn.as(users, admin("atlantico"));

        TeamOverview generated = team("centro-contacto-virtual");

        assertThat(generated.name()).isEqualTo("Centro de Contacto Virtual (equipa gerada)");
        assertThat(generated.leads()).extracting(TeamPerson::name).containsExactly("Ricardo Almeida");
        assertThat(generated.members()).hasSize(1000);
        List<Long> members = generated.members().stream().map(TeamPerson::personId).toList();
        List<LevelFact> facts = reads.historyOf(members, FAR_FUTURE);
        assertThat(facts.stream().map(LevelFact::personId).distinct().count()).isEqualTo(1000);
        assertThat(facts.stream().map(LevelFact::itemCode).distinct().count()).isBetween(14L, 16L);
        assertThat(facts).extracting(LevelFact::kind).contains(AssessmentKind.SELF, AssessmentKind.MANAGER);
        assertThat(facts).allMatch(fact -> !fact.assessedOn().isAfter(TestClock.TODAY));
        Map<String, Long> byFirstName = administration.people().stream()
                .filter(person -> person.key().startsWith("gen-"))
                .collect(Collectors.groupingBy(person -> person.name().split(" ")[0], Collectors.counting()));
        assertThat(byFirstName).containsKeys("Ana", "João").hasSizeGreaterThan(30);
        assertThat(administration.people()).extracting(PersonOverview::key).contains("gen-0001", "gen-1000")
                .doesNotContain("gen-1001");
    }

    private TeamOverview team(String key) {
        return administration.teams().stream().filter(team -> team.key().equals(key)).findFirst().orElseThrow();
    }

    private static String admin(String slug) {
        return slug.equals("atlantico") ? "marta.nunes@atlantico.demo" : "tomasz.lewandowski@baltic.demo";
    }

    private static TenantFile tenantFile(String slug) throws IOException {
        YamlProblems problems = new YamlProblems();
        Path folder = Path.of("tenants", slug);
        try (Reader reader = Files.newBufferedReader(folder.resolve("tenant.yaml"), StandardCharsets.UTF_8)) {
            return TenantFileReader.read(slug + "/tenant.yaml", slug, reader,
                    name -> java.util.Optional.of(read(folder.resolve(name))), TestClock.TODAY, problems)
                    .orElseThrow(() -> new AssertionError(problems));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
