package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.UnitResult;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Baltic's CX maturity worksheets as loaded from tenants/ when the app starts: every
 * worksheet of tenants/baltic/maturity.yaml is there, the organisation and each team
 * assessed in the rounds 2025 H2 and 2026 H2, and somewhat more mature in the second.
 */
@SkillboardTest
class SeedMaturityTest {

    private static final String FAMILY = "cx-maturity";

    @Autowired
    MaturityService maturity;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_worksheet_of_the_baltic_demo_file_is_loaded_in_its_round() throws IOException {
        TenantFile file = tenantFile();
        // per unit (team key, "organisation" for the whole organisation) and round, how many assessors the file has
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (TenantFile.MaturityEntry entry : file.maturity().assessments()) {
            String unit = entry.teamKey() == null ? "organisation" : entry.teamKey();
            String round = entry.date().getYear() + "-h" + (entry.date().getMonthValue() > 6 ? 2 : 1);
            expected.computeIfAbsent(unit, key -> new TreeMap<>()).merge(round, 1, Integer::sum);
        }
        SignIn.as(users, "tomasz.lewandowski@baltic.demo");
        Map<String, MaturityUnit> units = new HashMap<>();
        units.put("organisation", MaturityUnit.ORGANISATION);
        administration.teams().forEach(team -> units.put(team.key(), MaturityUnit.team(team.id())));

        Map<String, Map<String, Integer>> loaded = new TreeMap<>();
        Map<String, List<UnitResult>> histories = new HashMap<>();
        for (String unit : expected.keySet()) {
            List<UnitResult> history = maturity.history(FAMILY, units.get(unit), Locale.forLanguageTag("pl-PL"));
            histories.put(unit, history);
            history.forEach(result -> loaded.computeIfAbsent(unit, key -> new TreeMap<>())
                    .put(result.round().key(), result.assessors()));
        }

        assertThat(expected).containsOnlyKeys("organisation", "warszawa-obsluga", "krakow-reklamacje",
                "tallinn-klienditugi", "tartu-tehniline-tugi");
        assertThat(loaded).isEqualTo(expected);
        histories.forEach((unit, history) -> {
            assertThat(history).as(unit).extracting(result -> result.round().key())
                    .containsExactly("2025-h2", "2026-h2");
            // more mature today in the second round, and so nearer to the ambition
            assertThat(averageToday(history.getLast())).as(unit).isGreaterThan(averageToday(history.getFirst()));
            assertThat(history.getLast().averageGap()).as(unit).isLessThan(history.getFirst().averageGap());
            assertThat(history.getLast().answers()).as(unit).allSatisfy(answers -> {
                assertThat(answers.answers().ambition()).isNotBlank();
                assertThat(answers.answers().changes()).hasSizeBetween(2, 3);
            });
        });
        assertThat(maturity.overview(FAMILY, Locale.forLanguageTag("et")))
                .filteredOn(result -> result.unit().isOrganisation()).singleElement()
                .satisfies(organisation -> {
                    assertThat(organisation.round().key()).isEqualTo("2026-h2");
                    assertThat(organisation.dimensions()).hasSize(7);
                });
    }

    private static double averageToday(UnitResult result) {
        return result.dimensions().stream().mapToDouble(dimension -> dimension.today().median()).average()
                .orElseThrow();
    }

    private static TenantFile tenantFile() throws IOException {
        YamlProblems problems = new YamlProblems();
        Path folder = Path.of("tenants", "baltic");
        try (Reader reader = Files.newBufferedReader(folder.resolve("tenant.yaml"), StandardCharsets.UTF_8)) {
            return TenantFileReader.read("baltic/tenant.yaml", "baltic", reader,
                    name -> Optional.of(read(folder.resolve(name))), TestClock.TODAY, problems)
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
