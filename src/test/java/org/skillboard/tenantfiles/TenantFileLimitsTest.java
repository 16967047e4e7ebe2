package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tenant files and the framework files they list are read with the same bounds as uploads:
 * a file nested too deep is reported as a problem of that tenant, not an error that stops the others.
 */
@SkillboardTest
class TenantFileLimitsTest {

    @Autowired
    TenantFiles loader;

    @Test
    void a_tenant_file_nested_too_deep_is_not_loaded_and_says_why_in_one_line() {
        String slug = TestTenants.newSlug("deep");

        TenantFileLoader.Outcome outcome = loader.load(slug, slug, TestTenants.yaml(slug) + "extra: "
                + "[".repeat(200_000));

        assertThat(outcome.status()).isEqualTo(TenantFileLoader.Status.INVALID);
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(slug + ", line ").contains("nested more than 50 levels deep");
    }

    @Test
    void a_listed_framework_file_with_a_billion_laughs_is_a_problem_of_that_tenant() {
        String slug = TestTenants.newSlug("laughs");
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: [" + "*a, ".repeat(20) + "*a]\n";

        TenantFileLoader.Outcome outcome = loader.load(slug, slug,
                TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [laughs]"),
                id -> Optional.ofNullable(Map.of("laughs", laughs).get(id)));

        assertThat(outcome.problems()).singleElement().asString().contains("frameworks/laughs.yaml")
                .contains("more than 10 aliases");
    }
}
