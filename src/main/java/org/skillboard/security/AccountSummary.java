package org.skillboard.security;

import java.util.Set;

public record AccountSummary(long id, String username, String displayName, Set<TenantRole> roles, Long personId,
        boolean enabled) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRoles(), account.getPersonId(), account.isEnabled());
    }
}
