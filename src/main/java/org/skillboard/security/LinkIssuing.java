package org.skillboard.security;

import java.util.Locale;
import org.skillboard.security.AccountLink.Purpose;
import org.springframework.stereotype.Component;

/**
 * Makes a single-use link for an account and sends it by mail when it can: the one way
 * invitations and resets are issued, whoever asks (a tenant admin, the platform admin, the
 * person herself). Runs in the caller's transaction and tenant.
 */
@Component
class LinkIssuing {

    private final AccountLinks links;
    private final LinkAddresses addresses;
    private final AccountMail mail;

    LinkIssuing(AccountLinks links, LinkAddresses addresses, AccountMail mail) {
        this.links = links;
        this.addresses = addresses;
        this.mail = mail;
    }

    /**
     * @param email        where to send it; {@code null} sends nothing
     * @param locale       the language of the mail
     * @param organisation the tenant's name, for an invitation's mail
     */
    Invitation issue(UserAccount account, Purpose purpose, String email, Locale locale, String organisation) {
        AccountLinks.Issued issued = links.issue(account, purpose);
        String address = addresses.choosePassword(issued.secret());
        boolean mailed = purpose == Purpose.INVITATION
                ? mail.invitation(email, locale, account.getDisplayName(), organisation, account.getUsername(),
                        address, issued.expiresAt())
                : mail.reset(email, locale, account.getDisplayName(), address, issued.expiresAt());
        return new Invitation(account.getId(), account.getUsername(), account.getDisplayName(), address,
                issued.expiresAt(), mailed);
    }

    /** The login itself, when it is an e-mail address. */
    static String loginAddress(UserAccount account) {
        return account.getUsername().contains("@") ? account.getUsername() : null;
    }
}
