package org.skillboard.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantDirectory;
import org.skillboard.tenant.TenantSummary;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account behind a login name. The login names the tenant, so this
 * lookup is the one tenant-user read that runs across tenants.
 */
@Service
class SkillboardUserDetailsService implements UserDetailsService {

    private final PlatformAdminRepository platformAdmins;
    private final UserAccountRepository accounts;
    private final TenantDirectory tenants;
    private final TenantTransactions tx;

    SkillboardUserDetailsService(PlatformAdminRepository platformAdmins, UserAccountRepository accounts,
            TenantDirectory tenants, TenantTransactions tx) {
        this.platformAdmins = platformAdmins;
        this.accounts = accounts;
        this.tenants = tenants;
        this.tx = tx;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String login = normalise(username);
        return tx.acrossTenants(() -> platformAdmin(login)
                .or(() -> tenantUser(login))
                .orElseThrow(() -> new UsernameNotFoundException("No such user")));
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
        return accounts.findByUsername(login).map(account -> {
            Optional<TenantSummary> tenant = tenants.find(account.getTenantId());
            Set<String> roles = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
            return new SkillboardUser(account.getId(), account.getTenantId(),
                    tenant.map(TenantSummary::name).orElse(null), account.getUsername(), account.getDisplayName(),
                    account.getPasswordHash(), roles,
                    account.getLocale() != null ? account.getLocale()
                            : tenant.map(TenantSummary::defaultLocale).orElse(null),
                    account.getPersonId(),
                    account.isEnabled(), tenant.map(TenantSummary::active).orElse(false));
        });
    }
}
