package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.yaml.YamlProblems;
import org.skillboard.framework.FrameworkInstaller.Outcome;
import org.skillboard.framework.sheets.FrameworkWorkbook;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant administrator corrects a framework that has categories and notes: the same version
 * uploaded again with a text changed, as a file or as a workbook, updates it in place, whatever
 * its categories and notes do (issue 15: a correction used to end in "Something went wrong").
 */
@SkillboardTest
class FrameworkCorrectionTest {

    /** A band description of the shipped progression criteria, in the first category. */
    static final String DESCRIPTION = "G: Básicos de los productos y servicios que se ofrecen al cliente.";
    static final String CORRECTED = "G: Conocimientos básicos de los productos y servicios que se ofrecen al cliente.";

    @Autowired
    TenantFixture tenants;
    @Autowired
    FrameworkInstaller installer;
    @Autowired
    FrameworkService frameworks;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_admin_corrects_one_description_of_a_framework_with_categories_by_uploading_its_file_again() {
        adminOfATenantWithTheProgressionCriteria();
        String corrected = criteria().replace(DESCRIPTION, CORRECTED);

        FrameworkInstaller.ImportResult result = installer.importFile("criterios-cs.yaml", corrected);

        assertThat(result.problems()).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(stored()).isEqualTo(read(corrected));
        assertThat(stored().categories()).extracting(FrameworkDefinition.Category::name)
                .containsExactly("Organización", "Personas");
    }

    @Test
    void an_admin_corrects_one_description_in_the_workbook_of_a_framework_with_categories() throws IOException {
        adminOfATenantWithTheProgressionCriteria();
        FrameworkDefinition corrected = read(criteria().replace(DESCRIPTION, CORRECTED));
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        FrameworkWorkbook.write(corrected, workbook);

        FrameworkInstaller.ImportResult result = installer.importWorkbook("criterios-cs.xlsx",
                new ByteArrayInputStream(workbook.toByteArray()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(stored()).isEqualTo(corrected);
    }

    @Test
    void categories_are_added_renamed_reordered_and_dropped_in_place() {
        adminOfATenantWithTheProgressionCriteria();
        String withThree = criteria().replace("""
                  - code: personas
                    name: Personas
                """, """
                  - code: personas
                    name: Personas
                  - code: clientes
                    name: Clientes
                    description: Para criterios que aún no existen.
                """);
        String renamedAndSwapped = criteria().replace("""
                  - code: organizacion
                    name: Organización
                  - code: personas
                    name: Personas
                """, """
                  - code: personas
                    name: Las personas
                    description: Cómo trabaja con los demás.
                  - code: organizacion
                    name: Organización
                """).replace(DESCRIPTION, CORRECTED);
        assertThat(renamedAndSwapped).as("the test edits the shipped file").isNotEqualTo(criteria())
                .contains("name: Las personas");

        assertThat(installer.importFile("criterios-cs.yaml", withThree).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(stored()).isEqualTo(read(withThree));
        assertThat(installer.importFile("criterios-cs.yaml", renamedAndSwapped).outcome())
                .isEqualTo(Outcome.UPDATED);

        assertThat(stored()).isEqualTo(read(renamedAndSwapped));
        assertThat(stored().categories()).extracting(FrameworkDefinition.Category::name)
                .containsExactly("Las personas", "Organización");
    }

    @Test
    void notes_are_added_corrected_and_dropped_in_place() {
        adminOfATenantWithTheProgressionCriteria();
        String twoNotes = criteria().replace("scale:\n", """
                notes:
                  - title: Uso
                    text: Se evalúa una vez al año.
                  - title: Bandas
                    text: G es la banda de entrada.
                scale:
                """);
        String oneNoteCorrected = criteria().replace("scale:\n", """
                notes:
                  - title: Uso
                    text: Se evalúa dos veces al año.
                scale:
                """);

        assertThat(installer.importFile("criterios-cs.yaml", twoNotes).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(stored().notes()).extracting(FrameworkDefinition.Note::title).containsExactly("Uso", "Bandas");
        assertThat(installer.importFile("criterios-cs.yaml", oneNoteCorrected).outcome())
                .isEqualTo(Outcome.UPDATED);

        assertThat(stored()).isEqualTo(read(oneNoteCorrected));
        assertThat(stored().notes()).containsExactly(new FrameworkDefinition.Note("Uso", "Se evalúa dos veces al año."));
    }

    @Test
    void a_level_name_set_in_the_app_survives_a_correction_of_the_file_that_leaves_the_level_unnamed() {
        adminOfATenantWithTheProgressionCriteria();
        long criteria = frameworks.all().stream().filter(framework -> framework.key().equals("criterios-cs"))
                .findFirst().orElseThrow().id();
        frameworks.nameLevel(criteria, "G", "Inicial");

        assertThat(installer.importFile("criterios-cs.yaml", criteria().replace(DESCRIPTION, CORRECTED)).outcome())
                .isEqualTo(Outcome.UPDATED);
        assertThat(stored().levels().getFirst().name()).isEqualTo("Inicial");

        String named = criteria().replace("    - code: G\n", "    - code: G\n      name: Básico\n");
        assertThat(installer.importFile("criterios-cs.yaml", named).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(stored().levels().getFirst().name()).as("a name the file gives wins").isEqualTo("Básico");
    }

    private void adminOfATenantWithTheProgressionCriteria() {
        FreshTenant tenant = tenants.tenant("fw-fix").shippedFramework("criterios-cs").load();
        tenant.signInAs("admin");
        assertThat(criteria()).contains(DESCRIPTION).contains("categories:");
    }

    private static String criteria() {
        return TestFrameworks.shipped("criterios-cs");
    }

    private FrameworkDefinition stored() {
        return frameworks.definitionForAdmin(frameworks.all().stream()
                .filter(framework -> framework.key().equals("criterios-cs")).findFirst().orElseThrow().id());
    }

    private static FrameworkDefinition read(String yaml) {
        YamlProblems problems = new YamlProblems();
        FrameworkDefinition definition = FrameworkFileReader.read("criterios-cs.yaml", null, new StringReader(yaml),
                problems).orElseThrow(() -> new AssertionError(problems.all()));
        return definition;
    }
}
