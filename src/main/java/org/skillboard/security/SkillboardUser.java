package org.skillboard.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.SignedInUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it in the session. */
public final class SkillboardUser implements UserDetails, CredentialsContainer, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Long tenantId;
    private final String tenantName;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final Set<String> roles;
    private final Locale locale;
    private final Long personId;
    private final boolean enabled;
    private final boolean tenantActive;

    SkillboardUser(long accountId, Long tenantId, String tenantName, String username, String displayName,
            String passwordHash, Set<String> roles, Locale locale, Long personId, boolean enabled,
            boolean tenantActive) {
        this.accountId = accountId;
        this.tenantId = tenantId;
        this.tenantName = tenantName;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.locale = locale;
        this.personId = personId;
        this.enabled = enabled;
        this.tenantActive = tenantActive;
    }

    @Override
    public Long tenantId() {
        return tenantId;
    }

    /** The tenant's display name, or {@code null} for a platform administrator. */
    @Override
    public String tenantName() {
        return tenantName;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** The person this login represents, if any. */
    public Long personId() {
        return personId;
    }

    @Override
    public Locale preferredLocale() {
        return locale;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean isPlatformAdmin() {
        return tenantId == null;
    }


    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return tenantActive;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** The same user, speaking another language. */
    SkillboardUser withLocale(Locale chosen) {
        SkillboardUser copy = new SkillboardUser(accountId, tenantId, tenantName, username, displayName, passwordHash,
                roles, chosen, personId, enabled, tenantActive);
        return copy;
    }

    /** Whether the two say the same about who this is, what she may do and which language she reads. */
    boolean sameStandingAs(SkillboardUser other) {
        return roles.equals(other.roles) && java.util.Objects.equals(locale, other.locale) && java.util.Objects.equals(personId, other.personId)
                && displayName.equals(other.displayName) && enabled == other.enabled
                && tenantActive == other.tenantActive && java.util.Objects.equals(tenantName, other.tenantName);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SkillboardUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + (tenantId == null ? " (platform)" : " (tenant " + tenantId + ")");
    }
}
