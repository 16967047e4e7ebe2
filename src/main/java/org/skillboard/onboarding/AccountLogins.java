package org.skillboard.onboarding;

import org.skillboard.security.AccountService;
import org.springframework.stereotype.Component;

/**
 * {@link Logins} through {@link AccountService}. Its {@code isLoginTaken(String)} and
 * {@code invite(long, String, boolean)} (returning {@code org.skillboard.security.Invitation}) come with the
 * accounts work of issue 14, in another branch; until they are merged, both methods here refuse, and each
 * becomes a call of the like-named AccountService method, the invitation copied into an
 * {@link IssuedInvitation}.
 */
@Component
class AccountLogins implements Logins {

    private final AccountService accounts;

    AccountLogins(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean isTaken(String login) {
        throw new UnsupportedOperationException("AccountService.isLoginTaken is not merged yet");
    }

    @Override
    public IssuedInvitation invite(long personId, String login, boolean tenantAdmin) {
        throw new UnsupportedOperationException("AccountService.invite is not merged yet");
    }
}
