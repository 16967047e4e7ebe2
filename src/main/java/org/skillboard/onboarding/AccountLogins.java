package org.skillboard.onboarding;

import org.skillboard.security.AccountAdministration;
import org.skillboard.security.Invitation;
import org.springframework.stereotype.Component;

/** {@link Logins} through the accounts page's own service, so that an upload follows the same rules. */
@Component
class AccountLogins implements Logins {

    private final AccountAdministration accounts;

    AccountLogins(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isTaken(String login) {
        return accounts.isLoginTaken(login);
    }

    @Override
    public IssuedInvitation invite(long personId, String login, boolean tenantAdmin) {
        Invitation invitation = accounts.invite(personId, login, tenantAdmin);
        return new IssuedInvitation(invitation.login(), invitation.displayName(), invitation.link(),
                invitation.expiresAt(), invitation.mailed());
    }
}
