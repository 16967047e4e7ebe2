package org.skillboard.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.skillboard.base.AdminChange;
import org.skillboard.base.AdminChange.Kind;
import org.skillboard.base.LocalePreferences;
import org.skillboard.base.TenantTransactions;
import org.skillboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: a tenant's logins, and each user's own preferences. */
@Service
public class AccountService implements LocalePreferences {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._%+-]+(@[a-z0-9.-]+)?");

    private final UserAccountRepository accounts;
    private final PlatformAdminRepository platformAdmins;
    private final PasswordEncoder encoder;
    private final TenantTransactions tx;
    private final TenantService tenants;
    private final LinkIssuing issuing;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final PasswordLinks passwordLinks;

    AccountService(PasswordLinks passwordLinks, UserAccountRepository accounts, PlatformAdminRepository platformAdmins, PasswordEncoder encoder,
            TenantTransactions tx, TenantService tenants, LinkIssuing issuing, LoginThrottle throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.platformAdmins = platformAdmins;
        this.encoder = encoder;
        this.tx = tx;
        this.tenants = tenants;
        this.issuing = issuing;
        this.throttle = throttle;
        this.events = events;
        this.passwordLinks = passwordLinks;
    }

    /**
     * The platform administrator invites a tenant's administrator: the account is made
     * in the tenant, and its single-use link is shown to her (and e-mailed when mail
     * is configured) so that the new administrator chooses her own password.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Invitation inviteTenantAdmin(long tenantId, String username, String displayName, String email) {
        String login = checkedLogin(username);
        if (displayName == null || displayName.isBlank()) {
            throw new UserFacingException("account.error.name");
        }
        String address = email == null || email.isBlank() ? (login.contains("@") ? login : null) : email.strip();
        requireUnused(login);
        TenantSummary tenant = tenants.find(tenantId);
        Invitation invitation = tx.inTenant(tenantId, () -> {
            UserAccount account = new UserAccount(login, displayName.strip(), unusableHash(),
                    Set.of(TenantRole.TENANT_ADMIN), null);
            account.markInvited();
            accounts.save(account);
            Invitation issued = issuing.issue(account, AccountLink.Purpose.INVITATION, address,
                    tenant.defaultLocale(), tenant.name());
            // in the transaction that made the account, so that the audit log records both or neither
            events.publishEvent(AdminChange.onTenant(tenantId, Kind.ACCOUNT, "invited", login + " ("
                    + displayName.strip() + ")", null, AdminChange.word("role.TENANT_ADMIN")));
            return issued;
        });
        log.info("Tenant admin {} invited for tenant {}", login, tenantId);
        return invitation;
    }

    /** A tenant's administrators, for the platform administrator. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<AccountRow> tenantAdmins(long tenantId) {
        return tx.inTenant(tenantId, () -> accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(account -> account.getRoles().contains(TenantRole.TENANT_ADMIN))
                .map(account -> new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(),
                        account.getPersonId(), true, false, AccountAdministration.statusOf(account),
                        account.getLastSignInAt(), throttle.isHeld(account.getUsername())))
                .toList());
    }

    /** A new link for a tenant administrator who lost hers or never used it. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Invitation newTenantAdminLink(long tenantId, long accountId) {
        TenantSummary tenant = tenants.find(tenantId);
        Invitation invitation = tx.inTenant(tenantId, () -> {
            UserAccount account = accounts.findById(accountId)
                    .filter(found -> found.getRoles().contains(TenantRole.TENANT_ADMIN))
                    .orElseThrow(() -> new UserFacingException("accounts.error.not-found"));
            AccountLink.Purpose purpose = account.isPasswordChosen() ? AccountLink.Purpose.RESET
                    : AccountLink.Purpose.INVITATION;
            events.publishEvent(AdminChange.onTenant(tenantId, Kind.ACCOUNT, "password-reset",
                    account.getUsername(), null, null));
            return issuing.issue(account, purpose, LinkIssuing.loginAddress(account), tenant.defaultLocale(),
                    tenant.name());
        });
        return invitation;
    }

    /** The platform administrator disables or enables a tenant's administrator; effective at her next request. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public void setTenantAdminEnabled(long tenantId, long accountId, boolean enabled) {
        tx.inTenant(tenantId, () -> {
            UserAccount account = accounts.findById(accountId)
                    .filter(found -> found.getRoles().contains(TenantRole.TENANT_ADMIN))
                    .orElseThrow(() -> new UserFacingException("accounts.error.not-found"));
            String before = AdminChange.word("accounts.status." + AccountAdministration.statusOf(account).name());
            account.setEnabled(enabled);
            events.publishEvent(AdminChange.onTenant(tenantId, Kind.ACCOUNT, enabled ? "enabled" : "disabled",
                    account.getUsername(), before,
                    AdminChange.word("accounts.status." + AccountAdministration.statusOf(account).name())));
            return null;
        });
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

    /** The signed-in user changes her own password, giving the current one first. */
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String current, String chosen, String repeated) {
        SkillboardUser me = CurrentUser.require();
        passwordLinks.checkNew(chosen, repeated, me.getUsername(), me.displayName());
        Supplier<Void> change = () -> {
            String hash = me.isPlatformAdmin()
                    ? platformAdmins.findById(me.accountId()).map(PlatformAdmin::getPasswordHash).orElse(null)
                    : accounts.findById(me.accountId()).map(UserAccount::getPasswordHash).orElse(null);
            if (hash == null || current == null || !encoder.matches(current, hash)) {
                throw new UserFacingException("password.error.current");
            }
            String chosenHash = encoder.encode(chosen);
            if (me.isPlatformAdmin()) {
                platformAdmins.findById(me.accountId()).orElseThrow().setPasswordHash(chosenHash);
            } else {
                accounts.findById(me.accountId()).orElseThrow().choosePassword(chosenHash);
            }
            return null;
        };
        if (me.isPlatformAdmin()) {
            tx.acrossTenants(change);
        } else {
            tx.inTenant(me.tenantId(), change);
        }
        log.info("Password changed by {}", me.getUsername());
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
        // the signed-in user speaks the new language from her next page on, without signing in again
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken now = UsernamePasswordAuthenticationToken.authenticated(
                me.withLocale(locale), null, current.getAuthorities());
        now.setDetails(current.getDetails());
        SecurityContextHolder.getContext().setAuthentication(now);
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

    /** A hash of a secret nobody knows: an invited account cannot sign in until its person chooses a password. */
    String unusableHash() {
        return encoder.encode(java.util.UUID.randomUUID() + ":" + java.util.UUID.randomUUID());
    }

    /** Logins are unique across tenants, because a login names its tenant at sign-in. */
    void requireUnused(String login) {
        boolean taken = tx.acrossTenants(() ->
                platformAdmins.findByUsername(login).isPresent() || accounts.findByUsername(login).isPresent());
        if (taken) {
            throw new UserFacingException("account.error.login-taken", login);
        }
    }

    static String checkedLogin(String username) {
        String login = SkillboardUserDetailsService.normalise(username);
        if (!LOGIN.matcher(login).matches() || login.length() > 190) {
            throw new UserFacingException("account.error.login", login);
        }
        return login;
    }
}
