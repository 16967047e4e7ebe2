package org.skillboard.security;

import java.util.List;
import java.util.Optional;
import org.skillboard.base.PersonStanding;
import org.skillboard.base.TenantTransactions;
import org.skillboard.base.UserFacingException;
import org.skillboard.tenant.TenantDirectory;
import org.skillboard.tenant.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What someone who is not signed in may do about her password: open an invitation
 * or reset link and choose a password, or ask for a reset link. The secret in the
 * link is the only credential, so the link's tenant is found across tenants by it.
 */
@Service
@PreAuthorize("permitAll()")
public class PasswordLinks {

    private static final Logger log = LoggerFactory.getLogger("org.skillboard.security.audit");

    private final AccountLinks links;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountMail mail;
    private final LinkIssuing issuing;
    private final TenantDirectory tenants;
    private final TenantTransactions tx;
    private final PersonStanding people;
    /** "Forgot password?" requests, slowed down like failed sign-ins but counted on their own. */
    private final LoginThrottle requests;

    PasswordLinks(AccountLinks links, UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
            AccountMail mail, LinkIssuing issuing, TenantDirectory tenants, TenantTransactions tx,
            PersonStanding people, java.time.Clock clock) {
        this.people = people;
        this.requests = new LoginThrottle(clock);
        this.links = links;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.issuing = issuing;
        this.tenants = tenants;
        this.tx = tx;
    }

    /** Who a link is for, while it can be used. */
    public Optional<LinkHolder> open(String secret) {
        return tx.acrossTenants(() -> links.usable(secret).flatMap(link -> accounts.findById(link.getAccountId())
                .filter(UserAccount::isEnabled)
                .map(account -> new LinkHolder(account.getUsername(), account.getDisplayName(),
                        link.getPurpose() == AccountLink.Purpose.INVITATION,
                        tenants.find(account.getTenantId()).map(TenantSummary::name).orElse(""),
                        account.getLocale() != null ? account.getLocale()
                                : tenants.find(account.getTenantId()).map(TenantSummary::defaultLocale)
                                        .orElse(null)))));
    }

    /** Sets the password the person chose and uses the link up; she signs in with it next. */
    public void choosePassword(String secret, String password, String repeated) {
        tx.acrossTenants(() -> {
            AccountLink link = links.usable(secret).orElseThrow(() ->
                    new UserFacingException("password.error.link"));
            UserAccount account = accounts.findById(link.getAccountId()).filter(UserAccount::isEnabled)
                    .orElseThrow(() -> new UserFacingException("password.error.link"));
            checkNew(password, repeated, account.getUsername(), account.getDisplayName());
            account.choosePassword(encoder.encode(password));
            links.use(link);
            log.info("Password chosen through a {} link: {} tenant={}", link.getPurpose(), account.getUsername(),
                    account.getTenantId());
            return null;
        });
    }

    /**
     * "Forgot password?": with mail configured, a reset link goes to the account's
     * address and the answer is the same whether the login exists or not. Without
     * mail the person is told who her administrators are, who can give her a link.
     */
    public ForgotAnswer forgot(String login, String address) {
        String normalised = SkillboardUserDetailsService.normalise(login);
        // counted apart from sign-ins, so that asking for links never slows anyone's sign-in
        java.util.Optional<java.time.Duration> wait = requests.waitBefore(normalised, address);
        if (wait.isPresent()) {
            return new ForgotAnswer(false, List.of(), Math.max(1, wait.get().toSeconds()));
        }
        requests.failed(normalised, address);
        Optional<UserAccount> found = tx.acrossTenants(() -> accounts.findByUsername(normalised)
                .filter(UserAccount::isEnabled));
        if (mail.configured()) {
            found.filter(UserAccount::isPasswordChosen).ifPresent(this::mailReset);
            return new ForgotAnswer(true, List.of(), 0);
        }
        List<String> administrators = found.map(account -> tx.inTenant(account.getTenantId(),
                accounts::findAdministratorNames)).orElse(List.of());
        return new ForgotAnswer(false, administrators, 0);
    }

    private void mailReset(UserAccount found) {
        tx.inTenant(found.getTenantId(), () -> {
            UserAccount account = accounts.findById(found.getId()).orElseThrow();
            String address = Optional.ofNullable(account.getPersonId()).flatMap(people::contact)
                    .map(PersonStanding.Contact::email)
                    .orElse(account.getUsername().contains("@") ? account.getUsername() : null);
            java.util.Locale locale = account.getLocale() != null ? account.getLocale()
                    : tenants.find(account.getTenantId()).map(TenantSummary::defaultLocale).orElse(null);
            issuing.issue(account, AccountLink.Purpose.RESET, address, locale, null);
            log.info("Password reset link mailed: {} tenant={}", account.getUsername(), account.getTenantId());
            return null;
        });
    }

    void checkNew(String password, String repeated, String... personal) {
        policy.check(password, personal);
        if (!password.equals(repeated)) {
            throw new UserFacingException("password.error.repeat");
        }
    }

    /** @param invitation whether she is choosing her first password */
    public record LinkHolder(String login, String displayName, boolean invitation, String organisation,
            java.util.Locale locale) {
    }

    /**
     * @param mailed whether reset links go by mail; otherwise, whom to ask
     * @param waitSeconds how long to wait before asking again, when asked too often from one place
     */
    public record ForgotAnswer(boolean mailed, List<String> administrators, long waitSeconds) {
    }
}
