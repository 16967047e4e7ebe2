package org.skillboard.tenantfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonProfile;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.security.AccountService;
import org.skillboard.security.SkillboardUser;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenant.TenantSummary;
import org.skillboard.tenantfiles.TenantFileLoader.Outcome;
import org.skillboard.tenantfiles.TenantFileLoader.Status;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loading tenant files into the database: idempotent, never over what users changed,
 * all or nothing per tenant, and one broken tenant stops no other.
 */
@SkillboardTest
class TenantFileLoaderTest {

    private static final String PLATFORM_ADMIN = "platform-admin";

    @Autowired
    TenantFiles loader;
    @Autowired
    TenantService tenants;
    @Autowired
    PeopleService people;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void loading_twice_creates_nothing_twice() {
        String slug = TestTenants.newSlug("twice");
        String file = TestTenants.yaml(slug);

        assertThat(load(slug, file).status()).isEqualTo(Status.APPLIED);
        assertThat(load(slug, file).status()).isEqualTo(Status.UNCHANGED);
        assertPeopleTeamsAccounts(slug, 5, 2, 5);

        // a file that changed only in a comment is applied again, and still creates nothing twice
        assertThat(load(slug, "# edited\n" + file).status()).isEqualTo(Status.APPLIED);
        assertPeopleTeamsAccounts(slug, 5, 2, 5);
        assertThat(tenant(slug).name()).isEqualTo("Tenant " + slug);
    }

    @Test
    void roles_follow_from_logins_teams_and_admins() {
        String slug = TestTenants.newSlug("roles");
        String file = TestTenants.yaml(slug).replace("    name: Admin of " + slug + "\n",
                "    name: Admin of " + slug + "\n    person: lead2\n");

        assertThat(load(slug, file).status()).isEqualTo(Status.APPLIED);

        assertThat(roles("admin", slug)).containsExactlyInAnyOrder("TENANT_ADMIN", "MEMBER", "TEAM_LEAD");
        assertThat(roles("lead", slug)).containsExactlyInAnyOrder("MEMBER", "TEAM_LEAD");
        assertThat(roles("lead2", slug)).containsExactlyInAnyOrder("MEMBER", "TEAM_LEAD");
        assertThat(roles("member", slug)).containsExactly("MEMBER");
        SkillboardUser admin = user(TestTenants.login("admin", slug));
        assertThat(admin.personId()).isNotNull().isEqualTo(user(TestTenants.login("lead2", slug)).personId());
        assertThat(admin.preferredLocale()).isEqualTo(Locale.forLanguageTag("pt-PT"));
    }

    @Test
    void a_changed_file_adds_what_is_new_and_keeps_what_users_changed() {
        String slug = TestTenants.newSlug("changed");
        String member = TestTenants.login("member", slug);
        String newbie = "newbie@" + slug + ".test";
        assertThat(load(slug, TestTenants.yaml(slug)).status()).isEqualTo(Status.APPLIED);
        // what the member changes in the app: her language, and her password
        // (written to the database directly, as the app has no page for it yet)
        SignIn.as(users, member);
        accounts.changeMyLocale(Locale.of("et"));
        SignIn.out();
        new JdbcTemplate(dataSource).update("update user_account set password_hash = ? where username = ?",
                encoder.encode("changed-in-the-app"), member);

        String changed = TestTenants.yaml(slug)
                .replace("name: Tenant " + slug, "name: Renamed tenant " + slug)
                .replace("demo-password: " + TestTenants.PASSWORD, "demo-password: another-demo-password")
                .replace("name: Member " + slug, "name: Renamed member " + slug)
                .replace("teams:\n", """
                          - key: newbie
                            name: Newbie %s
                            login: %s
                        teams:
                        """.formatted(slug, newbie))
                .replace("members: [member, nologin]", "members: [member, nologin, newbie]");
        assertThat(load(slug, changed).status()).isEqualTo(Status.APPLIED);

        assertThat(tenant(slug).name()).isEqualTo("Renamed tenant " + slug);
        assertPeopleTeamsAccounts(slug, 6, 2, 6);
        SignIn.as(users, TestTenants.login("lead", slug));
        assertThat(people.myTeams()).singleElement().satisfies(alpha -> assertThat(alpha.members())
                .extracting(TeamPerson::name)
                .containsExactlyInAnyOrder("Renamed member " + slug, "No login " + slug, "Newbie " + slug));
        SignIn.as(users, member);
        assertThat(people.myProfile()).get().extracting(PersonProfile::name).isEqualTo("Renamed member " + slug);
        SignIn.out();

        assertThat(user(member).preferredLocale()).isEqualTo(Locale.of("et"));
        assertThat(user(member).getUsername()).isEqualTo(member);
        assertThat(encoder.matches("changed-in-the-app", password(member))).isTrue();
        // existing demo logins keep their password, a new one gets the file's current demo password
        assertThat(encoder.matches(TestTenants.PASSWORD, password(TestTenants.login("lead", slug)))).isTrue();
        assertThat(encoder.matches("another-demo-password", password(newbie))).isTrue();
        assertThat(roles("newbie", slug)).containsExactly("MEMBER");
    }

    @Test
    void what_a_file_no_longer_names_is_not_deleted() {
        String slug = TestTenants.newSlug("kept");
        assertThat(load(slug, TestTenants.yaml(slug)).status()).isEqualTo(Status.APPLIED);

        String shorter = TestTenants.yaml(slug)
                .replace("  - key: nologin\n    name: No login " + slug + "\n", "")
                .replace("members: [member, nologin]", "members: [member]");
        assertThat(shorter).doesNotContain("nologin");
        assertThat(load(slug, shorter).status()).isEqualTo(Status.APPLIED);

        assertPeopleTeamsAccounts(slug, 5, 2, 5);
        SignIn.as(users, TestTenants.login("lead", slug));
        assertThat(people.myTeams()).extracting(TeamOverview::name).containsExactly("Alpha " + slug);
        assertThat(people.myTeams().getFirst().members()).extracting(TeamPerson::name)
                .containsExactlyInAnyOrder("Member " + slug, "No login " + slug);
    }

    @Test
    void a_broken_file_stops_nothing_else() throws IOException {
        String broken = TestTenants.newSlug("broken");
        String valid = TestTenants.newSlug("valid");
        write(broken, TestTenants.yaml(broken).replace("locale: pt-PT", "locale: pt_PT"));
        write(valid, TestTenants.yaml(valid));
        Files.createDirectories(folder.resolve("not-a-tenant"));

        List<Outcome> outcomes = loader.loadAll(folder);

        assertThat(outcomes).extracting(Outcome::folder, Outcome::status).containsExactlyInAnyOrder(
                tuple(broken, Status.INVALID), tuple(valid, Status.APPLIED));
        assertThat(outcomes).filteredOn(outcome -> outcome.folder().equals(broken)).singleElement()
                .extracting(Outcome::problems).isEqualTo(List.of(
                        broken + "/tenant.yaml:3: locale: “pt_PT” is not a language tag such as pt-PT"));
        assertThat(tenantOrNull(broken)).isNull();
        assertThat(tenant(valid).name()).isEqualTo("Tenant " + valid);
        assertPeopleTeamsAccounts(valid, 5, 2, 5);
        assertThatThrownBy(() -> users.loadUserByUsername(TestTenants.login("admin", broken)))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_missing_tenant_folder_loads_nothing() {
        assertThat(loader.loadAll(folder.resolve("does-not-exist"))).isEmpty();
    }

    @Test
    void a_login_already_used_by_another_tenant_fails_that_tenant_only_and_stores_none_of_its_people()
            throws IOException {
        String first = TestTenants.newSlug("first");
        String second = TestTenants.newSlug("second");
        String third = TestTenants.newSlug("third");
        assertThat(load(first, TestTenants.yaml(first)).status()).isEqualTo(Status.APPLIED);
        String taken = TestTenants.login("lead2", first);
        write(second, TestTenants.yaml(second).replace(TestTenants.login("lead2", second), taken));
        write(third, TestTenants.yaml(third));

        List<Outcome> outcomes = loader.loadAll(folder);

        assertThat(outcomes).extracting(Outcome::folder, Outcome::status).containsExactlyInAnyOrder(
                tuple(second, Status.FAILED), tuple(third, Status.APPLIED));
        assertThat(outcomes).filteredOn(outcome -> outcome.folder().equals(second)).singleElement()
                .extracting(Outcome::problems).isEqualTo(List.of(second + "/tenant.yaml:19: login: “" + taken
                        + "” is already the login of a user of another tenant"));
        // nothing of the second tenant was stored, not even an empty tenant
        assertThat(tenantOrNull(second)).isNull();
        for (String who : List.of("admin", "lead", "member", "other")) {
            assertThatThrownBy(() -> users.loadUserByUsername(TestTenants.login(who, second)))
                    .isInstanceOf(UsernameNotFoundException.class);
        }
        // the first tenant's user is untouched
        assertThat(user(taken).tenantId()).isEqualTo(tenant(first).id());
        assertThat(user(taken).displayName()).isEqualTo("Second lead " + first);
        assertPeopleTeamsAccounts(first, 5, 2, 5);
        assertPeopleTeamsAccounts(third, 5, 2, 5);

        // once the file is fixed, the tenant loads in full
        assertThat(load(second, TestTenants.yaml(second)).status()).isEqualTo(Status.APPLIED);
        assertPeopleTeamsAccounts(second, 5, 2, 5);
    }

    @Test
    void a_platform_administrators_login_cannot_become_a_tenant_login() {
        String slug = TestTenants.newSlug("intruder");
        String file = TestTenants.yaml(slug).replace(TestTenants.login("admin", slug), PLATFORM_ADMIN);

        Outcome outcome = load(slug, file);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems()).containsExactly(
                slug + "/tenant.yaml:7: login: “platform-admin” is already the login of a platform administrator");
        assertThat(tenantOrNull(slug)).isNull();
        assertThat(user(PLATFORM_ADMIN).isPlatformAdmin()).isTrue();
    }

    @Test
    void a_real_tenant_uses_the_password_hashes_of_its_file() {
        String slug = TestTenants.newSlug("real");
        assertThat(load(slug, realTenant(slug, encoder.encode("the-admins-own-password"))).status())
                .isEqualTo(Status.APPLIED);

        assertThat(tenant(slug).demo()).isFalse();
        assertThat(encoder.matches("the-admins-own-password", password("boss@" + slug + ".test"))).isTrue();
        assertThat(roles("boss", slug)).containsExactly("TENANT_ADMIN");
    }

    @Test
    void nobody_but_the_application_may_load_a_tenant_file(@Autowired TenantFileLoader guarded) {
        String slug = TestTenants.newSlug("seam");
        loader.load(slug, slug, TestTenants.yaml(slug));
        String intruder = TestTenants.newSlug("intruder");

        SignIn.as(users, TestTenants.login("admin", slug));
        assertThatThrownBy(() -> guarded.load(intruder, intruder, TestTenants.yaml(intruder)))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> guarded.load(intruder, intruder, TestTenants.yaml(intruder)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        assertThat(tenantOrNull(intruder)).isNull();
    }

    /** Demo tenants load only with demo data on ({@code skillboard.tenants.load-demo}); real tenants always. */
    @Test
    void demo_tenants_are_not_loaded_when_demo_data_is_off(@Autowired PeopleProvisioning provisioning,
            @Autowired TenantFileStateRepository states, @Autowired TransactionTemplate tx,
            @Autowired FrameworkFiles frameworkFiles, @Autowired JobProfileEntries jobProfileEntries,
            @Autowired AssessmentEntries assessmentEntries, @Autowired MaturityEntries maturityEntries,
            @Autowired java.time.Clock clock) {
        TenantFileLoader loaderWithoutDemo = new TenantFileLoader(tenants, provisioning, accounts, encoder, users,
                states, tx, frameworkFiles, jobProfileEntries, assessmentEntries, maturityEntries, clock, false);
        String demo = TestTenants.newSlug("nodemo");
        String real = TestTenants.newSlug("real");

        assertThat(loaderWithoutDemo.load(demo, demo, TestTenants.yaml(demo)).status())
                .isEqualTo(Status.SKIPPED_DEMO);
        assertThat(loaderWithoutDemo.load(real, real, realTenant(real, encoder.encode("a-real-password")))
                .status()).isEqualTo(Status.APPLIED);

        assertThat(tenantOrNull(demo)).isNull();
        assertThatThrownBy(() -> users.loadUserByUsername(TestTenants.login("admin", demo)))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(tenant(real).demo()).isFalse();
    }

    private static String realTenant(String slug, String hash) {
        return """
                slug: %1$s
                name: Real %1$s
                locale: en
                admins:
                  - login: boss@%1$s.test
                    name: The Boss
                    password-hash: "%2$s"
                people:
                  - key: ana
                    name: Ana
                """.formatted(slug, hash);
    }

    private Outcome load(String slug, String content) {
        return loader.load(slug + "/tenant.yaml", slug, content);
    }

    private void write(String slug, String content) throws IOException {
        Files.createDirectories(folder.resolve(slug));
        Files.writeString(folder.resolve(slug).resolve(TenantFileLoader.TENANT_FILE), content);
    }

    private void assertPeopleTeamsAccounts(String slug, long peopleCount, long teamCount, long accountCount) {
        SignIn.as(users, TestTenants.login("admin", slug));
        try {
            assertThat(people.counts().people()).as("people of " + slug).isEqualTo(peopleCount);
            assertThat(people.counts().teams()).as("teams of " + slug).isEqualTo(teamCount);
            assertThat(accounts.countAccounts()).as("accounts of " + slug).isEqualTo(accountCount);
        } finally {
            SignIn.out();
        }
    }

    private TenantSummary tenant(String slug) {
        TenantSummary tenant = tenantOrNull(slug);
        assertThat(tenant).as("tenant " + slug).isNotNull();
        return tenant;
    }

    private TenantSummary tenantOrNull(String slug) {
        SignIn.as(users, PLATFORM_ADMIN);
        try {
            return tenants.findBySlug(slug);
        } finally {
            SignIn.out();
        }
    }

    private SkillboardUser user(String login) {
        return (SkillboardUser) users.loadUserByUsername(login);
    }

    private String password(String login) {
        return users.loadUserByUsername(login).getPassword();
    }

    private Set<String> roles(String who, String slug) {
        return user(TestTenants.login(who, slug)).roles();
    }
}
