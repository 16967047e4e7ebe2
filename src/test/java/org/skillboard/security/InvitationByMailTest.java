package org.skillboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.HttpBrowser;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tenant admin gives a person a login: the invitation reaches her through a real
 * SMTP server, and the link in the message lets her choose a password and sign in.
 */
@SkillboardTest
class InvitationByMailTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/password/([A-Za-z0-9_-]{43})");
    private static final String CHOSEN = "kolm sinist jõge ja mägi";

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture fixture;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    PeopleAdministration people;
    @Autowired
    PasswordLinks links;
    @Autowired
    GreenMail greenMail;
    @Autowired
    AccountService accountService;
    @Autowired
    org.skillboard.tenant.TenantService tenants;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void an_invited_person_follows_the_mailed_link_chooses_her_password_and_signs_in() throws Exception {
        FreshTenant tenant = fixture.newTenant("invited");
        String address = "ulle@" + tenant.slug() + ".test";
        Invitation invitation = asAdmin(tenant, () -> {
            PersonOverview ulle = people.createPerson("ulle", "Ülle Mägi", address, "Analyst");
            return accounts.invite(ulle.id(), address, false);
        });
        assertThat(invitation.mailed()).isTrue();

        List<MimeMessage> received = TestMail.received(greenMail, address, 1);
        assertThat(received).hasSize(1);
        String body = (String) received.getFirst().getContent();
        assertThat(body).contains("Ülle Mägi").contains(address);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in: " + body).isTrue();
        String secret = link.group(1);
        assertThat(invitation.link()).endsWith("/password/" + secret);

        assertThat(links.open(secret)).get().satisfies(holder -> {
            assertThat(holder.invitation()).isTrue();
            assertThat(holder.login()).isEqualTo(address);
        });
        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(address, CHOSEN))).contains("error");

        links.choosePassword(secret, CHOSEN, CHOSEN);

        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(address, CHOSEN))).doesNotContain("error");
        assertThat(links.open(secret)).as("the link is used up").isEmpty();
        assertThatThrownBy(() -> links.choosePassword(secret, "another four plain words", "another four plain words"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_refused_password_changes_nothing_and_the_link_still_works() {
        FreshTenant tenant = fixture.newTenant("refused-password");
        Invitation invitation = asAdmin(tenant, () -> accounts.invite(
                people.createPerson("mari", "Mari Tamm", null, null).id(), "mari@" + tenant.slug() + ".test", false));
        String secret = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
        assertThat(invitation.mailed()).as("no address to mail to").isFalse();

        assertThatThrownBy(() -> links.choosePassword(secret, "aaaaaaaaaaaa", "aaaaaaaaaaaa"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.error.guessable"));
        assertThatThrownBy(() -> links.choosePassword(secret, CHOSEN, CHOSEN + "!"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("password.error.repeat"));

        assertThat(links.open(secret)).isPresent();
    }

    @Test
    void a_new_link_replaces_the_old_one_and_another_tenants_admin_cannot_touch_the_account() {
        FreshTenant tenant = fixture.newTenant("new-link");
        FreshTenant other = fixture.newTenant("other-admin");
        Invitation first = asAdmin(tenant, () -> accounts.invite(
                people.createPerson("jaan", "Jaan Kask", null, null).id(), "jaan@" + tenant.slug() + ".test", false));
        Invitation second = asAdmin(tenant, () -> accounts.inviteAgain(first.accountId()));

        assertThat(links.open(secret(first))).isEmpty();
        assertThat(links.open(secret(second))).isPresent();
        assertThatThrownBy(() -> asAdmin(other, () -> accounts.resetPassword(first.accountId())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("accounts.error.not-found"));
    }

    @Test
    void forgot_password_mails_a_reset_link_to_a_real_account_and_answers_the_same_for_a_stranger()
            throws Exception {
        FreshTenant tenant = fixture.newTenant("forgot");
        String member = tenant.login("member");

        PasswordLinks.ForgotAnswer known = links.forgot(member, "10.0.0.1");
        PasswordLinks.ForgotAnswer unknown = links.forgot("nobody@" + tenant.slug() + ".test", "10.0.0.1");

        assertThat(known).isEqualTo(unknown);
        assertThat(known.mailed()).isTrue();
        List<MimeMessage> received = TestMail.received(greenMail, member, 1);
        assertThat(received).hasSize(1);
        assertThat((String) received.getFirst().getContent()).contains("/password/");
    }

    @Test
    void the_platform_admin_invites_a_new_tenants_first_administrator_who_signs_in_until_disabled() throws Exception {
        String slug = org.skillboard.testsupport.TestTenants.newSlug("pohjala");
        String login = "juhan@" + slug + ".test";
        SignIn.as(users, "platform-admin");
        Invitation invitation;
        try {
            long tenantId = tenants.create(slug, "Põhjala", java.util.Locale.forLanguageTag("et"), false).id();
            invitation = accountService.inviteTenantAdmin(tenantId, login, "Juhan Tamm", null);
            assertThat(accountService.tenantAdmins(tenantId)).extracting(AccountRow::login, AccountRow::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(login, AccountStatus.INVITED));
        } finally {
            SignIn.out();
        }
        assertThat(invitation.mailed()).as("the login is an address").isTrue();
        assertThat((String) TestMail.received(greenMail, login, 1).getFirst().getContent())
                .contains("Juhan Tamm").contains("Põhjala");

        links.choosePassword(secret(invitation), CHOSEN, CHOSEN);

        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(login, CHOSEN))).doesNotContain("error");

        SignIn.as(users, "platform-admin");
        try {
            long tenantId = tenants.findBySlug(slug).id();
            accountService.setTenantAdminEnabled(tenantId, invitation.accountId(), false);
        } finally {
            SignIn.out();
        }
        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(login, CHOSEN))).endsWith("/login?error=disabled");
    }

    @Test
    void asking_again_and_again_for_the_same_login_from_one_place_is_slowed_down() {
        FreshTenant tenant = fixture.newTenant("forgot-often");
        String member = tenant.login("member");
        for (int request = 0; request < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS + 1; request++) {
            assertThat(links.forgot(member, "10.0.0.2").waitSeconds()).as("request " + request).isZero();
        }

        assertThat(links.forgot(member, "10.0.0.2").waitSeconds()).isPositive();
        assertThat(links.forgot(member, "10.0.0.3").waitSeconds()).as("another place").isZero();
    }

    private static String secret(Invitation invitation) {
        return invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
    }

    private static <T> T asAdmin(FreshTenant tenant, java.util.function.Supplier<T> work) {
        tenant.signInAs("admin");
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }
}
