package org.skillboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamRole;
import org.skillboard.tenant.TenantService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.HttpBrowser;
import org.skillboard.testsupport.ServerSessions;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Roles follow the data at the next request: each test opens a real session over HTTP
 * first, changes the data as an administrator, makes the next request in the same
 * session, and looks at what the server's session then holds.
 */
@SkillboardTest
class RolesFollowTheDataTest {

    private static final String A_PAGE = "/heatmap";

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture fixture;
    @Autowired
    PeopleAdministration people;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    TenantService tenants;
    @Autowired
    UserDetailsService users;
    @Autowired
    ServerSessions sessions;

    @Test
    void a_member_made_team_lead_is_one_at_her_next_request_and_stops_being_one_likewise() throws Exception {
        FreshTenant tenant = fixture.newTenant("lead-follows");
        HttpBrowser member = new HttpBrowser(port).signedIn(tenant.login("member"), FreshTenant.PASSWORD);
        long alpha = team(tenant, "alpha");
        long her = tenant.personId("member");
        assertThat(rolesAfterNextRequest(member)).as("before").containsExactly(Roles.MEMBER);

        asAdmin(tenant, () -> people.changeRole(alpha, her, TeamRole.LEAD));
        assertThat(rolesAfterNextRequest(member)).as("made lead of alpha")
                .containsExactlyInAnyOrder(Roles.MEMBER, Roles.TEAM_LEAD);

        asAdmin(tenant, () -> people.changeRole(alpha, her, TeamRole.MEMBER));
        assertThat(rolesAfterNextRequest(member)).as("a member again").containsExactly(Roles.MEMBER);
    }

    @Test
    void a_demoted_administrator_loses_the_role_at_her_next_request_and_keeps_her_session() throws Exception {
        FreshTenant tenant = fixture.newTenant("demoted");
        HttpBrowser lead = new HttpBrowser(port).signedIn(tenant.login("lead"), FreshTenant.PASSWORD);
        long leadAccount = accountOf(tenant, "lead");
        asAdmin(tenant, () -> accounts.setAdministrator(leadAccount, true));
        assertThat(rolesAfterNextRequest(lead)).as("made administrator").contains(Roles.TENANT_ADMIN);

        asAdmin(tenant, () -> accounts.setAdministrator(leadAccount, false));

        assertThat(rolesAfterNextRequest(lead)).as("demoted")
                .containsExactlyInAnyOrder(Roles.MEMBER, Roles.TEAM_LEAD);
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_request_and_cannot_sign_in_again() throws Exception {
        FreshTenant tenant = fixture.newTenant("disabled");
        HttpBrowser member = new HttpBrowser(port).signedIn(tenant.login("member"), FreshTenant.PASSWORD);
        assertThat(member.get(A_PAGE).statusCode()).isEqualTo(200);
        long memberAccount = accountOf(tenant, "member");

        asAdmin(tenant, () -> accounts.disable(memberAccount));

        String session = member.sessionId();
        HttpResponse<String> next = member.get(A_PAGE);
        assertThat(next.statusCode()).as("sent to sign in").isEqualTo(302);
        assertThat(HttpBrowser.location(next)).contains("/login");
        assertThat(sessions.roles(session)).as("the old session").isNull();
        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(tenant.login("member"), FreshTenant.PASSWORD)))
                .endsWith("/login?error=disabled");
    }

    @Test
    void a_leaver_is_signed_out_at_her_next_request() throws Exception {
        FreshTenant tenant = fixture.newTenant("leaver-session");
        HttpBrowser member = new HttpBrowser(port).signedIn(tenant.login("member"), FreshTenant.PASSWORD);
        assertThat(member.get(A_PAGE).statusCode()).isEqualTo(200);
        long her = tenant.personId("member");

        asAdmin(tenant, () -> people.deactivate(her));

        assertThat(member.get(A_PAGE).statusCode()).as("session ended").isEqualTo(302);
        assertThat(HttpBrowser.location(new HttpBrowser(port).signIn(tenant.login("member"), FreshTenant.PASSWORD)))
                .endsWith("/login?error=disabled");
    }

    @Test
    void suspending_a_tenant_ends_its_open_sessions_at_their_next_request() throws Exception {
        FreshTenant tenant = fixture.newTenant("suspended-sessions");
        HttpBrowser admin = new HttpBrowser(port).signedIn(tenant.login("admin"), FreshTenant.PASSWORD);
        HttpBrowser member = new HttpBrowser(port).signedIn(tenant.login("member"), FreshTenant.PASSWORD);
        assertThat(rolesAfterNextRequest(admin)).contains(Roles.TENANT_ADMIN);

        SignIn.as(users, "platform-admin");
        try {
            tenants.suspend(tenants.findBySlug(tenant.slug()).id());
        } finally {
            SignIn.out();
        }

        assertThat(admin.get(A_PAGE).statusCode()).as("admin's session").isEqualTo(302);
        assertThat(member.get(A_PAGE).statusCode()).as("member's session").isEqualTo(302);
    }

    @Test
    void a_sign_in_shows_on_the_accounts_page_as_the_last_sign_in() throws Exception {
        FreshTenant tenant = fixture.newTenant("last-sign-in");
        assertThat(row(tenant, "member").lastSignInAt()).isNull();

        new HttpBrowser(port).signedIn(tenant.login("member"), FreshTenant.PASSWORD);

        assertThat(row(tenant, "member").lastSignInAt()).isNotNull();
        assertThat(row(tenant, "other").lastSignInAt()).isNull();
    }

    private AccountRow row(FreshTenant tenant, String who) {
        tenant.signInAs("admin");
        try {
            return accounts.find(new AccountFilter(tenant.login(who), null, null, null), 0, 5).getFirst();
        } finally {
            SignIn.out();
        }
    }

    private java.util.Set<String> rolesAfterNextRequest(HttpBrowser browser) throws Exception {
        assertThat(browser.get(A_PAGE).statusCode()).isEqualTo(200);
        return sessions.roles(browser.sessionId());
    }

    private long team(FreshTenant tenant, String key) {
        tenant.signInAs("admin");
        try {
            return people.teams().stream().filter(team -> team.key().equals(key)).map(TeamOverview::id)
                    .findFirst().orElseThrow();
        } finally {
            SignIn.out();
        }
    }

    private long accountOf(FreshTenant tenant, String who) {
        tenant.signInAs("admin");
        try {
            return accounts.find(new AccountFilter(tenant.login(who), null, null, null), 0, 5).getFirst().id();
        } finally {
            SignIn.out();
        }
    }

    private static void asAdmin(FreshTenant tenant, Runnable change) {
        tenant.signInAs("admin");
        try {
            change.run();
        } finally {
            SignIn.out();
        }
    }
}
