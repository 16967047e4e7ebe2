package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.NoTenantException;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.security.AccountService;
import org.skillboard.security.AccountSummary;
import org.skillboard.tenant.TenantDirectory;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Tenant isolation through every service, in the style of Hibernate's own tests:
 * data saved as tenant A; as tenant B every read and write path finds nothing of
 * A's or is refused, and A's rows are unchanged.
 */
@SkillboardTest
class TenantIsolationTest {

    static String a;
    static String b;

    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleService people;
    @Autowired
    PeopleProvisioning provisioning;
    @Autowired
    AccountService accounts;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantService tenants;

    @BeforeAll
    static void twoTenants(@Autowired TenantFiles loader) {
        a = TestTenants.newSlug("iso-a");
        b = TestTenants.newSlug("iso-b");
        assertThat(loader.load(a, a, TestTenants.yaml(a)).status()).isEqualTo(TenantFileLoader.Status.APPLIED);
        assertThat(loader.load(b, b, TestTenants.yaml(b)).status()).isEqualTo(TenantFileLoader.Status.APPLIED);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void tenant_admin_of_b_sees_only_b_teams_people_and_accounts() {
        SignIn.as(users, TestTenants.login("admin", b));

        assertThat(people.myTeams()).extracting(TeamOverview::name).containsExactly("Alpha " + b, "Beta " + b);
        assertThat(people.myTeams()).flatExtracting(TeamOverview::members).extracting(TeamPerson::name)
                .allMatch(name -> name.endsWith(b));
        assertThat(people.counts().people()).isEqualTo(5);
        assertThat(people.counts().teams()).isEqualTo(2);
        assertThat(accounts.listAccounts()).extracting(AccountSummary::username).allMatch(u -> u.endsWith(b + ".test"))
                .hasSize(5);
        assertThat(accounts.countAccounts()).isEqualTo(5);
        assertThat(directory.current().slug()).isEqualTo(b);
    }

    @Test
    void team_lead_of_b_cannot_open_a_team_of_a_by_id() {
        SignIn.as(users, TestTenants.login("admin", a));
        long teamOfA = people.myTeams().getFirst().id();

        SignIn.as(users, TestTenants.login("lead", b));
        assertThatThrownBy(() -> people.team(teamOfA)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", b));
        assertThatThrownBy(() -> people.team(teamOfA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void member_of_b_sees_only_own_profile() {
        SignIn.as(users, TestTenants.login("member", b));

        assertThat(people.myProfile()).get().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo("Member " + b);
            assertThat(profile.teams()).singleElement().satisfies(place ->
                    assertThat(place.leads()).containsExactly("Lead " + b));
        });
        assertThatThrownBy(() -> people.myTeams()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.listAccounts()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_tenant_user_changing_her_language_changes_only_her_own_account() {
        SignIn.as(users, TestTenants.login("member", b));
        accounts.changeMyLocale(Locale.of("et"));

        SignIn.out();
        assertThat(((org.skillboard.security.SkillboardUser) users.loadUserByUsername(TestTenants.login("member", b)))
                .preferredLocale()).isEqualTo(Locale.of("et"));
        assertThat(((org.skillboard.security.SkillboardUser) users.loadUserByUsername(TestTenants.login("member", a)))
                .preferredLocale()).isEqualTo(Locale.forLanguageTag("pt-PT"));
    }

    @Test
    void tenant_users_cannot_reach_platform_or_provisioning_services() {
        long tenantA = tenantId(a);
        SignIn.as(users, TestTenants.login("admin", b));

        assertThatThrownBy(() -> tenants.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> tenants.suspend(tenantA)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.inviteTenantAdmin(tenantA, "intruder@x.test", "Intruder",
                null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> provisioning.person("intruder", "Intruder", null, null))
                .isInstanceOf(AuthorizationDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", a));
        assertThat(people.counts().people()).isEqualTo(5);
    }

    @Test
    void without_a_signed_in_user_tenant_data_is_an_error_not_a_default() {
        assertThatThrownBy(() -> directory.current()).isInstanceOf(NoTenantException.class);
    }

    @Test
    void a_platform_admin_has_no_tenant_of_her_own() {
        SignIn.as(users, "platform-admin");

        assertThatThrownBy(() -> people.counts()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> directory.current()).isInstanceOf(NoTenantException.class);
        assertThat(tenants.list()).extracting(t -> t.slug()).contains(a, b);
    }

    private long tenantId(String slug) {
        SignIn.as(users, "platform-admin");
        try {
            return tenants.findBySlug(slug).id();
        } finally {
            SignIn.out();
        }
    }

}
