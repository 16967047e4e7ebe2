package org.skillboard.testsupport;

import java.util.Optional;
import org.skillboard.tenantfiles.TenantFileLoader;

/**
 * A test tenant (see {@link TestTenants#yaml}) with the {@link TestFrameworks#maturity()} model,
 * in which "other" is a member of team alpha as well as of beta, so alpha has three people
 * with logins: lead, member and other.
 */
public final class MaturityTenant {

    private MaturityTenant() {
    }

    /** Loads a new tenant and returns its slug. */
    public static String load(TenantFileLoader loader, String prefix) {
        String slug = TestTenants.newSlug(prefix);
        String yaml = TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [maturity]")
                .replace("members: [member, nologin]", "members: [member, nologin, other]");
        TenantFileLoader.Outcome outcome = loader.load(slug, slug, yaml, id -> Optional.of(TestFrameworks.maturity()));
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException(outcome.problems().toString());
        }
        return slug;
    }
}
