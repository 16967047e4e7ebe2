package org.skillboard.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.skillboard.base.LocalePreferences;
import org.skillboard.base.TenantTransactions;
import org.skillboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: a tenant's logins, and each user's own preferences. */
@Service
public class AccountService implements LocalePreferences {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._%+-]+(@[a-z0-9.-]+)?");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final UserAccountRepository accounts;
    private final PlatformAdminRepository platformAdmins;
    private final PasswordEncoder encoder;
    private final TenantTransactions tx;

    AccountService(UserAccountRepository accounts, PlatformAdminRepository platformAdmins, PasswordEncoder encoder,
            TenantTransactions tx) {
        this.accounts = accounts;
        this.platformAdmins = platformAdmins;
        this.encoder = encoder;
        this.tx = tx;
    }

    /** The platform administrator gives a tenant a tenant administrator. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public AccountSummary createTenantAdmin(long tenantId, String username, String displayName, String password) {
        String login = checkedLogin(username);
        if (displayName == null || displayName.isBlank()) {
            throw new UserFacingException("account.error.name");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserFacingException("account.error.password-length", MIN_PASSWORD_LENGTH);
        }
        requireUnused(login);
        AccountSummary created = tx.inTenant(tenantId, () -> AccountSummary.of(accounts.save(new UserAccount(login,
                displayName.trim(), encoder.encode(password), Set.of(TenantRole.TENANT_ADMIN), null))));
        log.info("Tenant admin {} created for tenant {}", login, tenantId);
        return created;
    }

    /** The accounts of the signed-in administrator's own tenant. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> listAccounts() {
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(AccountSummary::of).toList();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional(readOnly = true)
    public long countAccounts() {
        return accounts.count();
    }

    /** Remembers the signed-in user's language. */
    @Override
    @PreAuthorize("isAuthenticated()")
    public void changeMyLocale(Locale locale) {
        SkillboardUser me = CurrentUser.require();
        if (me.isPlatformAdmin()) {
            tx.acrossTenants(() -> {
                platformAdmins.findById(me.accountId()).ifPresent(admin -> admin.setLocale(locale));
                return null;
            });
        } else {
            tx.inTenant(me.tenantId(), () -> {
                accounts.findById(me.accountId()).ifPresent(account -> account.setLocale(locale));
                return null;
            });
        }
    }

    /**
     * Creates an account of the current tenant from a tenant file if it is missing, and
     * adds the roles the file names. A password is set only on creation: users own
     * their passwords. Runs in the caller's transaction.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public ProvisionResult provision(String username, String displayName, String passwordHash,
            Set<TenantRole> roles, Long personId) {
        String login = checkedLogin(username);
        UserAccount existing = accounts.findByUsername(login).orElse(null);
        if (existing != null) {
            existing.addRoles(roles);
            existing.setDisplayName(displayName);
            if (personId != null) {
                existing.setPersonId(personId);
            }
            return ProvisionResult.UPDATED;
        }
        requireUnused(login);
        accounts.save(new UserAccount(login, displayName, passwordHash, roles, personId));
        return ProvisionResult.CREATED;
    }

    /** Creates the first platform administrator, once. */
    @PreAuthorize("hasRole('SYSTEM')")
    public boolean createFirstPlatformAdmin(String username, String rawPassword) {
        String login = checkedLogin(username);
        return tx.acrossTenants(() -> {
            if (platformAdmins.count() > 0) {
                return false;
            }
            if (accounts.findByUsername(login).isPresent()) {
                throw new IllegalStateException("The platform admin login " + login + " is a tenant user's login");
            }
            platformAdmins.save(new PlatformAdmin(login, "Platform administrator", encoder.encode(rawPassword)));
            return true;
        });
    }

    public enum ProvisionResult { CREATED, UPDATED }

    /** Logins are unique across tenants, because a login names its tenant at sign-in. */
    private void requireUnused(String login) {
        boolean taken = tx.acrossTenants(() ->
                platformAdmins.findByUsername(login).isPresent() || accounts.findByUsername(login).isPresent());
        if (taken) {
            throw new UserFacingException("account.error.login-taken", login);
        }
    }

    private static String checkedLogin(String username) {
        String login = SkillboardUserDetailsService.normalise(username);
        if (!LOGIN.matcher(login).matches() || login.length() > 190) {
            throw new UserFacingException("account.error.login", login);
        }
        return login;
    }
}
