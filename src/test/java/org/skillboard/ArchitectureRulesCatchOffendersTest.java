package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule that cannot fail guards nothing: the privilege and spreadsheet rules of {@link ArchitectureTest} run
 * against planted offenders ({@code org.skillboard.planted}), and each must name the offending call.
 */
class ArchitectureRulesCatchOffendersTest {

    private static JavaClasses planted;

    @BeforeAll
    static void importPlantedOffenders() {
        planted = new ClassFileImporter().importPackages("org.skillboard.planted");
    }

    @Test
    void acting_as_the_application_outside_tenant_files_is_caught() {
        assertCaught(ArchitectureTest.only_tenant_files_and_the_first_platform_admin_act_as_the_application,
                "actsAsTheApplication");
    }

    @Test
    void opening_a_transaction_in_a_tenant_chosen_by_id_is_caught() {
        assertCaught(ArchitectureTest.only_sign_in_and_account_creation_open_a_tenant_transaction_by_id,
                "opensAnotherTenantsTransaction");
    }

    @Test
    void looking_up_a_tenant_by_id_outside_sign_in_is_caught() {
        assertCaught(ArchitectureTest.only_sign_in_looks_up_a_tenant_by_id, "looksUpAnotherTenant");
    }

    @Test
    void loading_tenant_files_from_a_feature_is_caught() {
        assertCaught(ArchitectureTest.only_start_up_loads_tenant_files, "loadsTenantFiles");
    }

    @Test
    void poi_outside_excel_and_the_features_sheets_is_caught() {
        assertCaught(ArchitectureTest.only_excel_and_the_features_sheets_use_poi,
                "writesAWorkbookOutsideExcelAndSheets");
    }

    @Test
    void a_feature_using_another_features_sheets_is_caught() {
        assertCaught(ArchitectureTest.no_feature_uses_another_features_sheets, "usesAnotherFeaturesSheets");
    }

    private static void assertCaught(ArchRule rule, String offendingMethod) {
        EvaluationResult result = rule.evaluate(planted);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains(offendingMethod));
    }
}
