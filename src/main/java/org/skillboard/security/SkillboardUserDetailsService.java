package org.skillboard.security;

import java.util.Optional;
import java.util.Set;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account behind a login name. The login names the tenant, so this
 * lookup is the one tenant-user read that runs across tenants.
 */
@Service
class SkillboardUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final PlatformAdminRepository platformAdmins;
    private final UserAccountRepository accounts;
    private final TenantDirectory tenants;
    private final TenantTransactions tx;
    private final AccountStanding standing;

    SkillboardUserDetailsService(PlatformAdminRepository platformAdmins, UserAccountRepository accounts,
            TenantDirectory tenants, TenantTransactions tx, AccountStanding standing) {
        this.platformAdmins = platformAdmins;
        this.accounts = accounts;
        this.tenants = tenants;
        this.tx = tx;
        this.standing = standing;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String login = normalise(username);
        return tx.acrossTenants(() -> platformAdmin(login)
                .or(() -> tenantUser(login))
                .orElseThrow(() -> new UsernameNotFoundException("No such user")));
    }

    /** Stores a password's hash again in today's kind, after a sign-in that checked it. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        if (user instanceof SkillboardUser signedIn) {
            tx.acrossTenants(() -> {
                if (signedIn.isPlatformAdmin()) {
                    platformAdmins.findById(signedIn.accountId()).ifPresent(admin -> admin.setPasswordHash(newHash));
                } else {
                    accounts.findById(signedIn.accountId()).ifPresent(account -> account.choosePassword(newHash));
                }
                return null;
            });
        }
        return user;
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<SkillboardUser> platformAdmin(String login) {
        return platformAdmins.findByUsername(login).map(admin -> new SkillboardUser(admin.getId(), null, null,
                admin.getUsername(), admin.getDisplayName(), admin.getPasswordHash(), Set.of(Roles.PLATFORM_ADMIN),
                admin.getLocale(), null, true, true));
    }

    private Optional<SkillboardUser> tenantUser(String login) {
        return accounts.findByUsername(login)
                .map(account -> standing.of(account, tenants.find(account.getTenantId()).orElse(null)));
    }
}
