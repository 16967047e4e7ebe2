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

    /** The same column as text, read-only, so that queries can filter by a role. */
    @Column(name = "roles", insertable = false, updatable = false)
    private String rolesText;

    private String locale;

    @Column(name = "person_id")
    private Long personId;

    private boolean enabled = true;

    /** False for an invited person until she opens her link and chooses a password. */
    @Column(name = "password_chosen", nullable = false)
    private boolean passwordChosen = true;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

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

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isPasswordChosen() {
        return passwordChosen;
    }

    /** An invited account: its password hash is of a secret nobody knows until the person chooses one. */
    void markInvited() {
        this.passwordChosen = false;
    }

    void choosePassword(String hash) {
        this.passwordHash = hash;
        this.passwordChosen = true;
    }

    void setRoles(Set<TenantRole> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(roles);
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void signedIn(Instant when) {
        this.lastSignInAt = when;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
