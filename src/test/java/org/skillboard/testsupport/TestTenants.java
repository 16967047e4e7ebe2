package org.skillboard.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

/** Tenant files for tests: each call gives a tenant with a fresh slug and logins, two teams and five people. */
public final class TestTenants {

    public static final String PASSWORD = "test-tenant-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestTenants() {
    }

    /** A fresh, unique slug such as {@code t-1732-3}. */
    public static String newSlug(String prefix) {
        return prefix + "-" + (System.currentTimeMillis() % 100_000) + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A demo tenant with admin {@code admin@<slug>.test}, lead {@code lead@<slug>.test} of team "alpha",
     * members {@code member@<slug>.test} (alpha) and {@code other@<slug>.test} (team "beta", led by
     * {@code lead2@<slug>.test}), and one person without a login.
     */
    public static String yaml(String slug) {
        String domain = "@" + slug + ".test";
        return """
                slug: %1$s
                name: Tenant %1$s
                locale: pt-PT
                demo: true
                demo-password: %2$s
                admins:
                  - login: admin%3$s
                    name: Admin of %1$s
                people:
                  - key: lead
                    name: Lead %1$s
                    job-title: Team lead
                    login: lead%3$s
                  - key: member
                    name: Member %1$s
                    login: member%3$s
                  - key: lead2
                    name: Second lead %1$s
                    login: lead2%3$s
                  - key: other
                    name: Other member %1$s
                    login: other%3$s
                  - key: nologin
                    name: No login %1$s
                teams:
                  - key: alpha
                    name: Alpha %1$s
                    leads: [lead]
                    members: [member, nologin]
                  - key: beta
                    name: Beta %1$s
                    leads: [lead2]
                    members: [other]
                """.formatted(slug, PASSWORD, domain);
    }

    public static String login(String who, String slug) {
        return who + "@" + slug + ".test";
    }
}
