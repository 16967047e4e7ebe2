package org.skillboard.testsupport;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * A tenant the {@link TenantFixture} made for a test. People are named by their role in
 * {@link TestTenants#yaml}: admin, lead, member, lead2, other, nologin.
 */
public record FreshTenant(String slug, TenantFixture fixture) {

    public static final String PASSWORD = TestTenants.PASSWORD;

    /** The tenant's display name. */
    public String name() {
        return "Tenant " + slug;
    }

    public String login(String who) {
        return TestTenants.login(who, slug);
    }

    /** Signs the person in, as the login form would after a correct password. */
    public UserDetails signInAs(String who) {
        return SignIn.as(fixture.users(), login(who));
    }

    public long personId(String who) {
        return fixture.personId(slug, who);
    }

    /** The full name of a person, such as "Lead t-123-4"; {@code who} is lead, member, lead2, other or nologin. */
    public String personName(String who) {
        return switch (who) {
            case "lead" -> "Lead ";
            case "member" -> "Member ";
            case "lead2" -> "Second lead ";
            case "other" -> "Other member ";
            case "nologin" -> "No login ";
            default -> throw new IllegalArgumentException(who);
        } + slug;
    }

    /** The name of team "alpha" or "beta". */
    public String teamName(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1) + " " + slug;
    }
}
