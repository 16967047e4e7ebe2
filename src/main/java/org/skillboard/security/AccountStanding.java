package org.skillboard.security;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.PersonStanding;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantDirectory;
import org.skillboard.tenant.TenantSummary;
import org.springframework.stereotype.Component;

/**
 * Who a tenant user is now, by the data: built at sign-in and again at every
 * request, so that roles follow the data. An administrator is who her account
 * says; a team lead is whoever leads a team today; a member is whoever is linked
 * to a person. A disabled account, a leaver's login and a suspended tenant's
 * users stop at their next request.
 */
@Component
class AccountStanding {

    private final UserAccountRepository accounts;
    private final PersonStanding people;
    private final TenantDirectory tenants;
    private final TenantTransactions tx;
    private final Clock clock;

    AccountStanding(UserAccountRepository accounts, PersonStanding people, TenantDirectory tenants,
            TenantTransactions tx, Clock clock) {
        this.accounts = accounts;
        this.people = people;
        this.tenants = tenants;
        this.tx = tx;
        this.clock = clock;
    }

    /** The user as she stands now, or nothing when she may no longer be signed in. */
    Optional<SkillboardUser> now(SkillboardUser user) {
        if (user.isPlatformAdmin()) {
            return Optional.of(user);
        }
        Optional<TenantSummary> tenant = tenants.find(user.tenantId());
        if (tenant.isEmpty() || !tenant.get().active()) {
            return Optional.empty();
        }
        return tx.inTenant(user.tenantId(), () -> accounts.findById(user.accountId())
                .map(account -> of(account, tenant.get()))
                .filter(SkillboardUser::isEnabled));
    }

    /** Builds the signed-in user from her account, in a transaction that sees the account's tenant. */
    SkillboardUser of(UserAccount account, TenantSummary tenant) {
        PersonStanding.Standing person = account.getPersonId() == null ? null
                : people.of(account.getPersonId());
        Set<String> roles = new HashSet<>();
        account.getRoles().stream().filter(role -> role != TenantRole.TEAM_LEAD).map(Enum::name)
                .forEach(roles::add);
        if (person != null) {
            roles.add(Roles.MEMBER);
            if (person.leadsATeam()) {
                roles.add(Roles.TEAM_LEAD);
            }
        }
        boolean enabled = account.isEnabled() && account.isPasswordChosen() && (person == null || person.active());
        return new SkillboardUser(account.getId(), account.getTenantId(), tenant == null ? null : tenant.name(),
                account.getUsername(), account.getDisplayName(), account.getPasswordHash(), roles,
                account.getLocale() != null ? account.getLocale() : tenant == null ? null : tenant.defaultLocale(),
                account.getPersonId(), enabled, tenant != null && tenant.active());
    }

    /** Remembers when a tenant user last signed in, for her administrators. */
    void signedIn(SkillboardUser user) {
        if (!user.isPlatformAdmin()) {
            tx.inTenant(user.tenantId(), () -> {
                accounts.findById(user.accountId()).ifPresent(account -> account.signedIn(clock.instant()));
                return null;
            });
        }
    }
}
