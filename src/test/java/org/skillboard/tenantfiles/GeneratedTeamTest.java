package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.ProvisionedAssessment;
import org.skillboard.jobprofile.ItemRef;

/** The made-up demo team: the same for the same seed, plausible, and never ahead of today. */
class GeneratedTeamTest {

    private static final TenantFile.PeriodEntry H2_2025 = new TenantFile.PeriodEntry("2025-h2", "2025 H2",
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    private static final TenantFile.PeriodEntry H1_2026 = new TenantFile.PeriodEntry("2026-h1", "2026 H1",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final TenantFile.PeriodEntry H2_2026 = new TenantFile.PeriodEntry("2026-h2", "2026 H2",
            LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
    private static final List<TenantFile.PeriodEntry> PERIODS = List.of(H2_2026, H2_2025, H1_2026);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static final GeneratedTeam.Item CSMG = new GeneratedTeam.Item(new ItemRef("sfia-9", "CSMG"),
            List.of("1", "2", "3", "4", "5", "6"), "2");
    private static final GeneratedTeam.Item FOCUS = new GeneratedTeam.Item(
            new ItemRef("criterios-progresion-cs", "foco-cliente"), List.of("D", "C", "B"), null);
    private static final List<GeneratedTeam.Item> ITEMS = List.of(CSMG, FOCUS);

    @Test
    void the_same_seed_makes_the_same_people_and_assessments_and_another_seed_others() {
        GeneratedTeam team = team(200, 7);

        assertThat(team(200, 7).people(Locale.forLanguageTag("pt-PT"))).isEqualTo(team.people(
                Locale.forLanguageTag("pt-PT")));
        assertThat(team(200, 7).assessments(ITEMS, PERIODS, TODAY)).isEqualTo(team.assessments(ITEMS, PERIODS,
                TODAY));
        assertThat(team(200, 8).people(Locale.forLanguageTag("pt-PT"))).isNotEqualTo(team.people(
                Locale.forLanguageTag("pt-PT")));
        assertThat(team(200, 8).assessments(ITEMS, PERIODS, TODAY)).isNotEqualTo(team.assessments(ITEMS, PERIODS,
                TODAY));
    }

    @Test
    void a_larger_team_keeps_the_people_and_assessments_of_the_smaller_one() {
        List<ProvisionedAssessment> small = team(30, 7).assessments(ITEMS, PERIODS, TODAY);
        List<ProvisionedAssessment> large = team(60, 7).assessments(ITEMS, PERIODS, TODAY);

        assertThat(team(60, 7).people(Locale.ENGLISH)).startsWith(team(30, 7).people(Locale.ENGLISH)
                .toArray(GeneratedTeam.Person[]::new));
        assertThat(large).containsAll(small);
        // and an item more changes nothing of the others' levels
        GeneratedTeam.Item cexp = new GeneratedTeam.Item(new ItemRef("sfia-9", "CEXP"),
                List.of("2", "3", "4", "5", "6"), "2");
        assertThat(team(30, 7).assessments(List.of(CSMG, cexp, FOCUS), PERIODS, TODAY)).containsAll(small);
    }

    @Test
    void people_get_keys_gen_0001_onwards_and_names_of_the_tenants_region() {
        List<GeneratedTeam.Person> atlantico = team(300, 2026).people(Locale.forLanguageTag("pt-PT"));
        List<GeneratedTeam.Person> baltic = team(300, 2026).people(Locale.forLanguageTag("pl-PL"));

        assertThat(atlantico.getFirst().key()).isEqualTo("gen-0001");
        assertThat(atlantico.getLast().key()).isEqualTo("gen-0300");
        assertThat(atlantico).extracting(GeneratedTeam.Person::name)
                .anyMatch(name -> name.endsWith(" Silva") || name.endsWith(" Santos") || name.endsWith(" Costa"))
                .anyMatch(name -> name.matches(".*(García|Fernández|López|Martínez|Sánchez).*"))
                .allMatch(name -> name.split(" ").length >= 2);
        assertThat(baltic).extracting(GeneratedTeam.Person::name)
                .anyMatch(name -> name.matches(".*(ska|cka|Nowak|Wójcik)$"))
                .anyMatch(name -> name.matches(".*(Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Koppel)$"))
                .noneMatch(name -> name.matches("(Anna|Katarzyna|Małgorzata|Joanna|Ewa) .*ski"));
        assertThat(atlantico.stream().map(GeneratedTeam.Person::name).distinct().count())
                .as("mostly different names").isGreaterThan(250);
    }

    @Test
    void each_period_has_self_assessments_and_from_the_second_on_the_leads_inside_the_period_and_not_after_today() {
        List<ProvisionedAssessment> assessments = team(200, 7).assessments(ITEMS, PERIODS, TODAY);
        Map<String, TenantFile.PeriodEntry> periods = PERIODS.stream()
                .collect(Collectors.toMap(TenantFile.PeriodEntry::key, Function.identity()));

        assertThat(assessments).allSatisfy(assessment -> {
            assertThat(periods.get(assessment.periodKey()).contains(assessment.assessedOn())).isTrue();
            assertThat(assessment.assessedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(assessment.assessorKey()).isEqualTo(assessment.kind() == AssessmentKind.SELF
                    ? assessment.personKey() : "lead");
        });
        assertThat(assessments).filteredOn(assessment -> assessment.periodKey().equals("2025-h2"))
                .isNotEmpty().allMatch(assessment -> assessment.kind() == AssessmentKind.SELF);
        for (String period : List.of("2026-h1", "2026-h2")) {
            assertThat(assessments).filteredOn(assessment -> assessment.periodKey().equals(period))
                    .extracting(ProvisionedAssessment::kind).contains(AssessmentKind.SELF, AssessmentKind.MANAGER);
        }
        // as of an earlier day, what was not yet assessed is left out, and the rest is the same
        List<ProvisionedAssessment> earlier = team(200, 7).assessments(ITEMS, PERIODS, LocalDate.of(2026, 8, 15));
        assertThat(earlier).isNotEmpty().allMatch(a -> !a.assessedOn().isAfter(LocalDate.of(2026, 8, 15)));
        assertThat(assessments).containsAll(earlier).hasSizeGreaterThan(earlier.size());
    }

    @Test
    void levels_wander_around_the_target_with_some_below_some_at_some_above_and_some_left_out() {
        List<ProvisionedAssessment> assessments = team(500, 7).assessments(ITEMS, PERIODS, TODAY);
        List<ProvisionedAssessment> csmg = assessments.stream()
                .filter(assessment -> assessment.item().equals(CSMG.ref())).toList();

        assertThat(assessments).allSatisfy(assessment -> assertThat(
                (assessment.item().equals(CSMG.ref()) ? CSMG : FOCUS).levels()).contains(assessment.levelCode()));
        assertThat(csmg).extracting(ProvisionedAssessment::levelCode).contains("1", "2", "3");
        assertThat(csmg.stream().filter(a -> a.levelCode().equals("2")).count()).as("most at the target")
                .isGreaterThan(csmg.size() / 4);
        // not everyone is assessed in everything: fewer than 500 people x 3 periods x (self) + 2 x (manager)
        assertThat(csmg).hasSizeLessThan(500 * 5);
        assertThat(assessments.stream().filter(a -> a.item().equals(FOCUS.ref())).map(ProvisionedAssessment::personKey)
                .distinct().count()).as("an item the role does not need is left out for some").isLessThan(450);
        // most people improve: the newest self-assessment is higher than the first more often than lower
        Map<String, List<ProvisionedAssessment>> selfByPerson = csmg.stream()
                .filter(a -> a.kind() == AssessmentKind.SELF)
                .collect(Collectors.groupingBy(ProvisionedAssessment::personKey));
        long up = selfByPerson.values().stream().filter(list -> list.size() > 1
                && list.getLast().levelCode().compareTo(list.getFirst().levelCode()) > 0).count();
        long down = selfByPerson.values().stream().filter(list -> list.size() > 1
                && list.getLast().levelCode().compareTo(list.getFirst().levelCode()) < 0).count();
        assertThat(up).isGreaterThan(down * 2);
    }

    @Test
    void the_items_are_the_job_profiles_then_the_catalogues_at_most_sixteen() {
        List<GeneratedTeam.Item> catalogue = new java.util.ArrayList<>();
        for (int i = 20; i >= 1; i--) {
            catalogue.add(new GeneratedTeam.Item(new ItemRef("criteria", "item-" + (char) ('a' + i)),
                    List.of("G", "F"), null));
        }
        catalogue.add(new GeneratedTeam.Item(CSMG.ref(), CSMG.levels(), null));

        List<GeneratedTeam.Item> items = GeneratedTeam.items(List.of(CSMG), catalogue);

        assertThat(items).hasSize(16);
        assertThat(items.getFirst()).isEqualTo(CSMG);
        assertThat(items.get(1).ref()).isEqualTo(new ItemRef("criteria", "item-b"));
        assertThat(items).extracting(GeneratedTeam.Item::ref).doesNotHaveDuplicates();
    }

    @Test
    void only_the_generated_keys_are_reserved() {
        assertThat(GeneratedTeam.isGeneratedKey("gen-0001", 30)).isTrue();
        assertThat(GeneratedTeam.isGeneratedKey("gen-0030", 30)).isTrue();
        assertThat(GeneratedTeam.isGeneratedKey("gen-0031", 30)).isFalse();
        assertThat(GeneratedTeam.isGeneratedKey("gen-0000", 30)).isFalse();
        assertThat(GeneratedTeam.isGeneratedKey("gen-001", 30)).isFalse();
        assertThat(GeneratedTeam.isGeneratedKey("gen-00001", 30)).isFalse();
        assertThat(GeneratedTeam.isGeneratedKey("gen-99999999999", 30)).isFalse();
        assertThat(GeneratedTeam.isGeneratedKey("ana.gen-0001", 30)).isFalse();
    }

    private static GeneratedTeam team(int size, long seed) {
        return new GeneratedTeam(new TenantFile.GeneratedTeamEntry("virtual", "Virtual", size, "lead", "agent", seed,
                List.of("2025-h2", "2026-h1", "2026-h2"), 1));
    }
}
