package org.skillboard.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.skillboard.base.AdminChange;
import org.skillboard.base.AdminChange.Kind;
import org.skillboard.base.PersonStanding;
import org.skillboard.base.UserFacingException;
import org.skillboard.security.AccountLink.Purpose;
import org.skillboard.tenant.TenantDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant administrator's accounts page: who can sign in, as what. A login is
 * given by invitation, a single-use link where the person chooses her password.
 * Administrators are named here; team leads are whoever leads a team, and members
 * whoever is linked to a person, so those follow the people pages.
 */
@Service
@Transactional
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final LinkIssuing issuing;
    private final AccountMail mail;
    private final PersonStanding people;
    private final LoginThrottle throttle;
    private final TenantDirectory tenants;
    private final ApplicationEventPublisher events;
    private final AccountService logins;

    AccountAdministration(AccountService logins, UserAccountRepository accounts, LinkIssuing issuing,
            AccountMail mail, PersonStanding people, LoginThrottle throttle, TenantDirectory tenants,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.issuing = issuing;
        this.mail = mail;
        this.people = people;
        this.throttle = throttle;
        this.tenants = tenants;
        this.events = events;
        this.logins = logins;
    }

    @Transactional(readOnly = true)
    public List<AccountRow> find(AccountFilter filter, int offset, int limit) {
        List<UserAccount> page = accounts.findPage(filter.pattern(), status(filter), filter.admins(),
                filter.withPerson(), PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Set<Long> leaders = people.leadersAmong(page.stream().map(UserAccount::getPersonId)
                .filter(java.util.Objects::nonNull).toList());
        return page.stream().map(account -> row(account,
                account.getPersonId() != null && leaders.contains(account.getPersonId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.countFiltered(filter.pattern(), status(filter), filter.admins(), filter.withPerson());
    }

    @Transactional(readOnly = true)
    public AccountCounts counts() {
        String any = AccountFilter.ALL.pattern();
        return new AccountCounts(accounts.count(),
                accounts.countFiltered(any, AccountStatus.ACTIVE.name(), null, null),
                accounts.countFiltered(any, AccountStatus.INVITED.name(), null, null),
                accounts.countFiltered(any, AccountStatus.DISABLED.name(), null, null),
                accounts.countFiltered(any, null, true, null));
    }

    @Transactional(readOnly = true)
    public boolean mailConfigured() {
        return mail.configured();
    }

    /** Whether a login is taken, in any organisation (a login names its organisation at sign-in). */
    @Transactional(readOnly = true)
    public boolean isLoginTaken(String login) {
        try {
            logins.requireUnused(AccountService.checkedLogin(login));
            return false;
        } catch (UserFacingException taken) {
            return taken.messageKey().equals("account.error.login-taken");
        }
    }

    /** Gives a person of this tenant a login; she chooses her password from the link. */
    public Invitation invite(long personId, String login, boolean tenantAdmin) {
        PersonStanding.Contact contact = people.contact(personId)
                .orElseThrow(() -> new UserFacingException("accounts.error.no-person"));
        accounts.findByPersonId(personId).ifPresent(existing -> {
            throw new UserFacingException("accounts.error.has-login", contact.name(), existing.getUsername());
        });
        String checked = AccountService.checkedLogin(login);
        logins.requireUnused(checked);
        Set<TenantRole> roles = tenantAdmin ? EnumSet.of(TenantRole.TENANT_ADMIN, TenantRole.MEMBER)
                : EnumSet.of(TenantRole.MEMBER);
        UserAccount account = new UserAccount(checked, contact.name(), logins.unusableHash(), roles, personId);
        account.markInvited();
        accounts.save(account);
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "invited", checked + " (" + contact.name() + ")", null,
                describe(account)));
        return link(account, Purpose.INVITATION, contact.email());
    }

    /** A new invitation link for someone who has not chosen a password yet (the old link stops working). */
    public Invitation inviteAgain(long accountId) {
        UserAccount account = require(accountId);
        if (account.isPasswordChosen()) {
            throw new UserFacingException("accounts.error.already-active", account.getDisplayName());
        }
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "invited", account.getUsername(), null, null));
        return link(account, Purpose.INVITATION, emailOf(account));
    }

    /** A password reset link: the person chooses a new password; the old one keeps working until then. */
    public Invitation resetPassword(long accountId) {
        UserAccount account = require(accountId);
        if (!account.isPasswordChosen()) {
            return inviteAgain(accountId);
        }
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "password-reset", account.getUsername(), null, null));
        return link(account, Purpose.RESET, emailOf(account));
    }

    public void disable(long accountId) {
        UserAccount account = require(accountId);
        requireNotMe(account, "accounts.error.disable-self");
        String before = describe(account);
        account.setEnabled(false);
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "disabled", account.getUsername(), before,
                describe(account)));
    }

    public void enable(long accountId) {
        UserAccount account = require(accountId);
        String before = describe(account);
        account.setEnabled(true);
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "enabled", account.getUsername(), before,
                describe(account)));
    }

    /** Lets someone sign in again at once after repeated wrong passwords held her back. */
    public void unlock(long accountId) {
        UserAccount account = require(accountId);
        throttle.release(account.getUsername());
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "unlocked", account.getUsername(), null, null));
    }

    /** Makes an account a tenant administrator, or no longer one; effective at its next request. */
    public void setAdministrator(long accountId, boolean administrator) {
        UserAccount account = require(accountId);
        if (!administrator) {
            requireNotMe(account, "accounts.error.demote-self");
        }
        String before = describe(account);
        EnumSet<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
        roles.addAll(account.getRoles());
        if (administrator) {
            roles.add(TenantRole.TENANT_ADMIN);
        } else {
            roles.remove(TenantRole.TENANT_ADMIN);
        }
        account.setRoles(roles);
        events.publishEvent(AdminChange.of(Kind.ROLE, "roles-changed", account.getUsername(), before,
                describe(account)));
    }

    /** Links an account to a person of this tenant who has no login yet. */
    public void linkToPerson(long accountId, long personId) {
        UserAccount account = require(accountId);
        PersonStanding.Contact contact = people.contact(personId)
                .orElseThrow(() -> new UserFacingException("accounts.error.no-person"));
        accounts.findByPersonId(personId).filter(other -> !other.getId().equals(account.getId()))
                .ifPresent(other -> {
                    throw new UserFacingException("accounts.error.has-login", contact.name(), other.getUsername());
                });
        String before = describe(account);
        account.setPersonId(personId);
        account.setDisplayName(contact.name());
        EnumSet<TenantRole> roles = EnumSet.of(TenantRole.MEMBER);
        roles.addAll(account.getRoles());
        account.setRoles(roles);
        events.publishEvent(AdminChange.of(Kind.ACCOUNT, "linked", account.getUsername(), before,
                describe(account)));
    }

    private Invitation link(UserAccount account, Purpose purpose, String email) {
        Locale locale = account.getLocale() != null ? account.getLocale() : tenants.current().defaultLocale();
        return issuing.issue(account, purpose, email, locale, tenants.current().name());
    }

    private String emailOf(UserAccount account) {
        if (account.getPersonId() != null) {
            String email = people.contact(account.getPersonId()).map(PersonStanding.Contact::email).orElse(null);
            if (email != null) {
                return email;
            }
        }
        return LinkIssuing.loginAddress(account);
    }

    private UserAccount require(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new UserFacingException("accounts.error.not-found"));
    }

    private void requireNotMe(UserAccount account, String refusal) {
        if (account.getId() == CurrentUser.require().accountId()) {
            throw new UserFacingException(refusal);
        }
        if (accounts.countOtherEnabledAdmins(account.getId()) == 0
                && account.getRoles().contains(TenantRole.TENANT_ADMIN)) {
            throw new UserFacingException("accounts.error.last-admin");
        }
    }

    private AccountRow row(UserAccount account, boolean lead) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getPersonId(), account.getRoles().contains(TenantRole.TENANT_ADMIN), lead,
                statusOf(account), account.getLastSignInAt(), throttle.isHeld(account.getUsername()));
    }

    static AccountStatus statusOf(UserAccount account) {
        if (!account.isEnabled()) {
            return AccountStatus.DISABLED;
        }
        return account.isPasswordChosen() ? AccountStatus.ACTIVE : AccountStatus.INVITED;
    }

    /** Status, roles and person, in words the audit log shows in its reader's language. */
    private static String describe(UserAccount account) {
        return AdminChange.word("accounts.status." + statusOf(account).name()) + "; "
                + account.getRoles().stream().sorted().map(role -> AdminChange.word("role." + role.name()))
                        .collect(java.util.stream.Collectors.joining(", "))
                + (account.getPersonId() == null ? ""
                        : "; " + AdminChange.word("audit.word.person") + ": " + account.getDisplayName());
    }

    private static String status(AccountFilter filter) {
        return filter.status() == null ? null : filter.status().name();
    }
}
