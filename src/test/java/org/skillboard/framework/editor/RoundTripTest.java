package org.skillboard.framework.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileReader;
import org.skillboard.framework.FrameworkFileWriter;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.sheets.FrameworkWorkbook;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the editor builds downloads as a YAML file and as a workbook, and either uploads again unchanged: for
 * every starter in every language of the app, for a framework with everything a file can hold, and for the
 * demo frameworks, which stay word for word as they ship.
 */
@SkillboardTest
class RoundTripTest {

    private static final List<String> LANGUAGES = List.of("en", "pt", "pl", "es", "et");
    private static final List<String> DEMO_FRAMEWORKS = List.of("sfia-9-pt", "criterios-cs", "sfia-9-pl",
            "cx-kupsusmudel");

    static FreshTenant tenant;
    static FreshTenant demo;

    @Autowired
    FrameworkDrafts drafts;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    FrameworkInstaller installer;

    @BeforeAll
    static void tenants(@Autowired TenantFixture fixture) {
        tenant = fixture.newTenant("round-trip");
        TenantFixture.Builder withDemoFrameworks = fixture.tenant("round-trip-demo");
        DEMO_FRAMEWORKS.forEach(withDemoFrameworks::shippedFramework);
        demo = withDemoFrameworks.load();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_starter_in_every_language_downloads_and_uploads_again_unchanged() throws IOException {
        tenant.signInAs("admin");
        for (Starter starter : List.of(Starter.NUMERIC, Starter.LETTERS, Starter.MATURITY)) {
            for (String language : LANGUAGES) {
                String key = starter.name().toLowerCase(Locale.ROOT) + "-" + language;
                long draft = drafts.start(key, "Starter " + key, Locale.forLanguageTag(language), starter, null);
                assertThat(drafts.publish(draft).outcome()).as(key).isEqualTo(FrameworkInstaller.Outcome.CREATED);

                survivesBothDownloads(frameworkId(key));
            }
        }
    }

    @Test
    void a_framework_with_categories_activities_notes_and_texts_on_several_lines_survives_both_downloads()
            throws IOException {
        tenant.signInAs("admin");
        long draft = drafts.start("everything", "Everything", Locale.forLanguageTag("pt"), Starter.NUMERIC, null);
        FrameworkDefinition typed = everything(drafts.open(draft).definition());
        drafts.save(draft, typed);
        assertThat(drafts.open(draft).problems()).isEmpty();
        assertThat(drafts.publish(draft).outcome()).isEqualTo(FrameworkInstaller.Outcome.CREATED);
        long id = frameworkId("everything");
        assertThat(frameworks.definitionForAdmin(id)).isEqualTo(typed);

        survivesBothDownloads(id);
    }

    @Test
    void a_demo_framework_opened_in_the_editor_and_published_unchanged_stays_word_for_word() throws IOException {
        demo.signInAs("admin");
        for (String key : DEMO_FRAMEWORKS) {
            long id = frameworkId(key);
            long draft = drafts.edit(id);

            assertThat(drafts.publish(draft).outcome()).as(key).isEqualTo(FrameworkInstaller.Outcome.UNCHANGED);
            assertThat(frameworks.definitionForAdmin(id)).as(key).isEqualTo(shipped(key));
            survivesBothDownloads(id);
        }
    }

    /** The framework's YAML file and workbook read back as it is, and uploaded change nothing. */
    private void survivesBothDownloads(long frameworkId) throws IOException {
        FrameworkDefinition published = frameworks.definitionForAdmin(frameworkId);
        String key = published.key();

        String yaml = FrameworkFileWriter.write(published);
        YamlProblems yamlProblems = new YamlProblems();
        Optional<FrameworkDefinition> fromYaml = FrameworkFileReader.read(key + ".yaml", key,
                new StringReader(yaml), yamlProblems);
        assertThat(yamlProblems.all()).as(key + ".yaml").isEmpty();
        assertThat(fromYaml).as(key + ".yaml").contains(published);
        FrameworkInstaller.ImportResult yamlUpload = installer.importFile(key + ".yaml", yaml);
        assertThat(yamlUpload.problems()).as(key + ".yaml").isEmpty();
        assertThat(yamlUpload.outcome()).as(key + ".yaml").isEqualTo(FrameworkInstaller.Outcome.UNCHANGED);

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        FrameworkWorkbook.write(published, workbook);
        YamlProblems workbookProblems = new YamlProblems();
        Optional<FrameworkDefinition> fromWorkbook = FrameworkWorkbook.read(key + ".xlsx",
                new ByteArrayInputStream(workbook.toByteArray()), workbookProblems);
        assertThat(workbookProblems.all()).as(key + ".xlsx").isEmpty();
        assertThat(fromWorkbook).as(key + ".xlsx").contains(published);
        FrameworkInstaller.ImportResult workbookUpload = installer.importWorkbook(key + ".xlsx",
                new ByteArrayInputStream(workbook.toByteArray()));
        assertThat(workbookUpload.problems()).as(key + ".xlsx").isEmpty();
        assertThat(workbookUpload.outcome()).as(key + ".xlsx").isEqualTo(FrameworkInstaller.Outcome.UNCHANGED);

        assertThat(frameworks.definitionForAdmin(frameworkId)).as(key).isEqualTo(published);
    }

    private long frameworkId(String key) {
        return frameworks.all().stream().filter(framework -> framework.key().equals(key)).findFirst()
                .map(FrameworkSummary::id).orElseThrow();
    }

    private static FrameworkDefinition shipped(String key) {
        YamlProblems problems = new YamlProblems();
        FrameworkDefinition definition = FrameworkFileReader.read(key + ".yaml", key,
                new StringReader(TestFrameworks.shipped(key)), problems).orElseThrow();
        assertThat(problems.all()).as(key).isEmpty();
        return definition;
    }

    /**
     * The numeric starter with what a file can hold beyond it: a description, notes, categories, an item with
     * guidance and activities, texts on several lines, and item levels listed without a text.
     */
    private static FrameworkDefinition everything(FrameworkDefinition start) {
        List<FrameworkDefinition.Level> levels = start.levels().stream()
                .map(level -> level.code().equals("3")
                        ? new FrameworkDefinition.Level(level.code(), level.name(), level.summary(),
                                "Trabalha com orientação geral.\nPlaneia o próprio trabalho.",
                                List.of("Planeia", "Revê: o que correu bem?"), "Orientar outros.")
                        : level)
                .toList();
        List<FrameworkDefinition.Item> items = List.of(
                new FrameworkDefinition.Item("escuta", "Escuta", "pessoas",
                        "Ouve o cliente.\n\nDepois, resume o que ouviu.", "Pergunte: \"o que quer dizer?\"",
                        "Atividades típicas:", List.of("Resumir a chamada", "Registar # pedidos"), null, null,
                        false, List.of(new FrameworkDefinition.ItemLevel("2", null, null),
                                new FrameworkDefinition.ItemLevel("3", "Resume.\nConfirma.", null),
                                new FrameworkDefinition.ItemLevel("4", null, null))),
                new FrameworkDefinition.Item("processos", "Processos: revisão", "organizacao", null, null, null,
                        List.of(), null, null, true,
                        List.of(new FrameworkDefinition.ItemLevel("5", "Define – e revê – processos.", null))));
        return new FrameworkDefinition(start.key(), start.family(), start.name(), start.language(), start.kind(),
                start.version(), start.source(), start.licence(), "Uma descrição\nem duas linhas.", "Competência",
                List.of(new FrameworkDefinition.Note("Níveis", "Os níveis 1 e 7 são raros.\nUse-os com cuidado."),
                        new FrameworkDefinition.Note("Fonte", "Escrito na aplicação.")),
                start.scaleName(), levels,
                List.of(new FrameworkDefinition.Category("pessoas", "Pessoas", "Quem trabalha connosco."),
                        new FrameworkDefinition.Category("organizacao", "Organização", null)),
                items);
    }
}
