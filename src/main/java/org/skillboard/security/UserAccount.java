package org.skillboard.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.skillboard.base.TenantOwnedEntity;

/** A tenant user's login. Linked to the person it represents, if any. */
@Entity
@Table(name = "user_account")
class UserAccount extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Convert(converter = TenantRolesConverter.class)
    @Column(nullable = false)
    private Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);

    private String locale;

    @Column(name = "person_id")
    private Long personId;

    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<TenantRole> roles, Long personId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.personId = personId;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Set<TenantRole> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : roles);
    }

    void addRoles(Set<TenantRole> more) {
        EnumSet<TenantRole> all = EnumSet.noneOf(TenantRole.class);
        all.addAll(roles);
        all.addAll(more);
        roles = all;
    }

    Locale getLocale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale == null ? null : locale.toLanguageTag();
    }

    Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    boolean isEnabled() {
        return enabled;
    }
}
