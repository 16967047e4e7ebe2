package org.skillboard.testsupport;

import java.util.Optional;
import org.skillboard.tenantfiles.TenantFileLoader;

/** A test tenant (see {@link TestTenants#yaml}) with the SFIA-shaped {@link TestFrameworks#skills()} framework. */
public final class SkillsTenant {

    private SkillsTenant() {
    }

    /** Loads a new tenant and returns its slug. */
    public static String load(TenantFileLoader loader, String prefix) {
        String slug = TestTenants.newSlug(prefix);
        loader.load(slug, slug, TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [skills]"),
                id -> Optional.of(TestFrameworks.skills()));
        return slug;
    }
}
