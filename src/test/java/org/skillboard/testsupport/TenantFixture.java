package org.skillboard.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.skillboard.people.PeopleService;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes the tenant a test works in, so that no test reads or changes the demo tenants. Every
 * tenant is new and has the people and teams of {@link TestTenants#yaml}: admin, lead and member
 * of team "alpha" (with "nologin", who has no login), lead2 and other of team "beta". Inject it
 * into a Spring test ({@code @Autowired TenantFixture tenants}), also as a parameter of a static
 * {@code @BeforeAll}.
 */
public class TenantFixture {

    private final TenantFiles loader;
    private final UserDetailsService users;
    private final PeopleService people;

    TenantFixture(TenantFiles loader, UserDetailsService users, PeopleService people) {
        this.loader = loader;
        this.users = users;
        this.people = people;
    }

    /** A tenant without frameworks. */
    public FreshTenant newTenant(String prefix) {
        return tenant(prefix).load();
    }

    /** A tenant with the SFIA-shaped {@link TestFrameworks#skills()}: skills CEXP (levels 2-6) and CSMG (1-6). */
    public FreshTenant newSkillsTenant(String prefix) {
        return tenant(prefix).framework("skills", TestFrameworks.skills()).load();
    }

    /**
     * A tenant with the {@link TestFrameworks#maturity()} model, in which "other" is a member of team
     * alpha as well as of beta, so alpha has three people with logins: lead, member and other.
     */
    public FreshTenant newMaturityTenant(String prefix) {
        return tenant(prefix).framework("maturity", TestFrameworks.maturity())
                .edit("members: [member, nologin]", "members: [member, nologin, other]").load();
    }

    /** A tenant made to measure: another locale, other frameworks. */
    public Builder tenant(String prefix) {
        return new Builder(TestTenants.newSlug(prefix));
    }

    /** The id of a person of a fixture tenant, looked up as its admin. */
    public long personId(String slug, String who) {
        String name = new FreshTenant(slug, this).personName(who);
        SignIn.as(users, TestTenants.login("admin", slug));
        try {
            return people.myTeams().stream()
                    .flatMap(team -> Stream.concat(team.leads().stream(), team.members().stream()))
                    .filter(person -> person.name().equals(name)).findFirst().orElseThrow().personId();
        } finally {
            SignIn.out();
        }
    }

    UserDetailsService users() {
        return users;
    }

    /** A tenant still to be loaded. */
    public final class Builder {

        private final String slug;
        private String yaml;
        private final Map<String, String> frameworks = new LinkedHashMap<>();

        private Builder(String slug) {
            this.slug = slug;
            this.yaml = TestTenants.yaml(slug);
        }

        /** The tenant's language, such as {@code pl-PL} (the default is {@code pt-PT}). */
        public Builder locale(String languageTag) {
            return edit("locale: pt-PT", "locale: " + languageTag);
        }

        /** A framework file of the tenant, by its id. */
        public Builder framework(String id, String yamlFile) {
            frameworks.put(id, yamlFile);
            return this;
        }

        /** A framework the product ships (a file under {@code tenants/<any>/frameworks/}), read as it is. */
        public Builder shippedFramework(String id) {
            return framework(id, TestFrameworks.shipped(id));
        }

        /** Changes the tenant file: replaces the first occurrence of a piece of {@link TestTenants#yaml}. */
        public Builder edit(String piece, String replacement) {
            if (!yaml.contains(piece)) {
                throw new IllegalArgumentException("not in the tenant file: " + piece);
            }
            yaml = yaml.replaceFirst(java.util.regex.Pattern.quote(piece),
                    java.util.regex.Matcher.quoteReplacement(replacement));
            return this;
        }

        public FreshTenant load() {
            String file = frameworks.isEmpty() ? yaml
                    : yaml.replace("demo: true", "demo: true\nframeworks: [" + String.join(", ", frameworks.keySet())
                            + "]");
            TenantFileLoader.Outcome outcome = loader.load(slug, slug, file,
                    id -> Optional.ofNullable(frameworks.get(id)));
            if (outcome.status() != TenantFileLoader.Status.APPLIED || !outcome.problems().isEmpty()) {
                throw new IllegalStateException(slug + ": " + outcome.status() + " " + outcome.problems());
            }
            return new FreshTenant(slug, TenantFixture.this);
        }
    }
}
