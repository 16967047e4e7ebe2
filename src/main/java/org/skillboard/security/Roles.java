package org.skillboard.security;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    /** Manages tenants; belongs to no tenant. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    /** Configures one tenant: frameworks, teams, people, users. */
    public static final String TENANT_ADMIN = "TENANT_ADMIN";
    /** Sees and assesses the people of the teams she leads. */
    public static final String TEAM_LEAD = "TEAM_LEAD";
    /** Sees and self-assesses their own profile. */
    public static final String MEMBER = "MEMBER";
    /** The application itself, loading tenant files at start-up. Never a person. */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
