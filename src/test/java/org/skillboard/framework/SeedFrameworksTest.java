package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblems;

/**
 * The five source documents are the test of the model: the shipped demo frameworks
 * load without problems, carry the sources' level ranges, band subsets and texts,
 * and survive a round trip through the file format unchanged.
 */
class SeedFrameworksTest {

    static FrameworkDefinition load(String tenant, String id) throws Exception {
        Path file = Path.of("tenants", tenant, "frameworks", id + ".yaml");
        YamlProblems problems = new YamlProblems();
        Optional<FrameworkDefinition> definition = FrameworkFileReader.read(file.toString(), id,
                Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
        assertThat(problems.all()).as(file.toString()).isEmpty();
        return definition.orElseThrow();
    }

    /** A source document, from src/test/resources/sources. */
    static String source(String name) throws Exception {
        try (var in = SeedFrameworksTest.class.getResourceAsStream("/sources/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sfia_in_portuguese_defines_cexp_at_levels_2_to_6_and_csmg_at_1_to_6() throws Exception {
        FrameworkDefinition sfia = load("atlantico", "sfia-9-pt");

        assertThat(sfia.levels()).extracting(FrameworkDefinition.Level::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(levelCodes(item(sfia, "CEXP"))).containsExactly("2", "3", "4", "5", "6");
        assertThat(levelCodes(item(sfia, "CSMG"))).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(sfia.levels().get(1).name()).isEqualTo("Auxilia");
        assertThat(sfia.levels().get(6).name()).as("level 7 is not named in the source").isNull();
        assertThat(item(sfia, "CEXP").name()).isEqualTo("Experiência do cliente");
        assertThat(description(item(sfia, "CEXP"), "2")).contains("pequenas melhorias..");
        assertThat(source("sfia9-cexp-pt")).contains(description(item(sfia, "CEXP"), "6").split("\n")[0]);
        assertThat(source("sfia9-csmg-pt")).contains(description(item(sfia, "CSMG"), "1"));
    }

    @Test
    void sfia_in_polish_is_the_same_skill_in_the_same_family_with_its_revision_marks() throws Exception {
        FrameworkDefinition polish = load("baltic", "sfia-9-pl");
        FrameworkDefinition portuguese = load("atlantico", "sfia-9-pt");

        assertThat(polish.family()).isEqualTo(portuguese.family());
        FrameworkDefinition.Item csmg = item(polish, "CSMG");
        assertThat(levelCodes(csmg)).isEqualTo(levelCodes(item(portuguese, "CSMG")));
        assertThat(csmg.guidanceChange()).isEqualTo("modified");
        assertThat(csmg.levels()).allMatch(level -> "modified".equals(level.change()));
        assertThat(source("sfia9-csmg-pl")).contains("Poziom 1 – Zgodne postępowanie");
        assertThat(polish.levels().getFirst().name()).isEqualTo("Zgodne postępowanie");
    }

    @Test
    void spanish_criteria_use_letter_bands_with_each_criterion_its_own_subset() throws Exception {
        FrameworkDefinition criteria = load("atlantico", "criterios-cs");

        assertThat(criteria.kind()).isEqualTo(FrameworkKind.CRITERIA);
        assertThat(criteria.levels()).extracting(FrameworkDefinition.Level::code)
                .containsExactly("G", "F", "E", "D", "C", "B");
        assertThat(criteria.categories()).extracting(FrameworkDefinition.Category::name)
                .containsExactly("Organización", "Personas");
        FrameworkDefinition.Item leads = criteria.items().stream().filter(i -> i.name().equals("LIDERA E INFLUYE"))
                .findFirst().orElseThrow();
        assertThat(levelCodes(leads)).containsExactly("D", "C", "B");
        assertThat(description(leads, "D")).isNull();
        assertThat(description(leads, "C")).isNull();
        assertThat(normalised(source("criterios-progresion-cs-es"))).contains(normalised(description(leads, "B")));
        assertThat(criteria.items()).anySatisfy(item -> assertThat(levelCodes(item)).containsExactly("G", "F", "E"));
        assertThat(criteria.rankOf("E")).isLessThan(criteria.rankOf("B"));
    }

    @Test
    void estonian_maturity_model_has_six_levels_and_only_the_names_the_worksheet_gives() throws Exception {
        FrameworkDefinition maturity = load("baltic", "cx-kupsusmudel");

        assertThat(maturity.kind()).isEqualTo(FrameworkKind.MATURITY);
        assertThat(maturity.levels()).hasSize(6);
        assertThat(maturity.levels()).extracting(FrameworkDefinition.Level::name)
                .containsExactly("Ignoreerimine", null, null, null, null, "Eestvedamine");
        assertThat(maturity.levels()).allMatch(level -> level.summary().startsWith("(CX "));
        assertThat(maturity.levels()).allMatch(level -> level.practices().size() >= 4);
        assertThat(maturity.items()).hasSizeBetween(5, 8).allMatch(FrameworkDefinition.Item::fromTenant);
        String source = source("cx-kupsusmudel-et").replaceAll("\\s+", "");
        assertThat(source).contains(maturity.levels().get(5).practices().getFirst().replaceAll("\\s+", ""));
    }

    @Test
    void every_seed_framework_survives_a_round_trip_through_the_file_format() throws Exception {
        for (String[] file : List.of(new String[] {"atlantico", "sfia-9-pt"}, new String[] {"atlantico", "criterios-cs"},
                new String[] {"baltic", "sfia-9-pl"}, new String[] {"baltic", "cx-kupsusmudel"})) {
            FrameworkDefinition original = load(file[0], file[1]);
            String written = FrameworkFileWriter.write(original);
            YamlProblems problems = new YamlProblems();
            FrameworkDefinition again = FrameworkFileReader.read("written", file[1], new StringReader(written),
                    problems).orElse(null);

            assertThat(problems.all()).isEmpty();
            assertThat(again).isEqualTo(original);
        }
    }

    /** The sources came from PDFs and web pages: compare texts with any run of spaces (also no-break) as one. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

    private static FrameworkDefinition.Item item(FrameworkDefinition framework, String code) {
        return framework.items().stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> levelCodes(FrameworkDefinition.Item item) {
        return item.levels().stream().map(FrameworkDefinition.ItemLevel::code).toList();
    }

    private static String description(FrameworkDefinition.Item item, String code) {
        return item.levels().stream().filter(level -> level.code().equals(code)).findFirst().orElseThrow()
                .description();
    }
}
