package org.skillboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.skillboard.tenant.TenantService;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.HttpBrowser;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in as the browser does it: a form post to /login, over real HTTP. */
@SkillboardTest
@ExtendWith(OutputCaptureExtension.class)
class SignInOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TenantFiles loader;
    @Autowired
    TenantService tenants;
    @Autowired
    UserDetailsService users;
    @Autowired
    TenantFixture fixture;
    @org.springframework.beans.factory.annotation.Value("${skillboard.admin.password}")
    String platformPassword;

    @Test
    void a_correct_password_signs_in_and_changes_the_session_id() throws Exception {
        FreshTenant tenant = fixture.newTenant("signed-in");
        Browser browser = new Browser();
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> response = browser.signIn(tenant.login("lead"), FreshTenant.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).doesNotContain("error");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_with_the_right_password() throws Exception {
        FreshTenant tenant = fixture.newTenant("login-csrf");
        Browser victim = new Browser();

        HttpResponse<String> forged = victim.signInFromAnotherSite(tenant.login("lead"), FreshTenant.PASSWORD);

        assertThat(location(forged)).endsWith("/login?error=expired");
        assertThat(victim.get("/admin/people").statusCode()).as("still signed out").isNotEqualTo(200);
    }

    @Test
    void users_of_a_suspended_tenant_cannot_sign_in_and_strangers_learn_nothing() throws Exception {
        String slug = TestTenants.newSlug("suspended");
        loader.load(slug, slug, TestTenants.yaml(slug));
        SignIn.as(users, "platform-admin");
        tenants.suspend(tenants.findBySlug(slug).id());
        SignIn.out();

        HttpResponse<String> right = new Browser().signIn(TestTenants.login("lead", slug), TestTenants.PASSWORD);
        HttpResponse<String> wrong = new Browser().signIn(TestTenants.login("member", slug), "a-wrong-guess");

        assertThat(location(right)).endsWith("/login?error=suspended");
        assertThat(location(wrong)).endsWith("/login?error");
    }

    @Test
    void repeated_wrong_passwords_are_slowed_down_and_then_refused_unchecked() throws Exception {
        String slug = TestTenants.newSlug("throttled");
        loader.load(slug, slug, TestTenants.yaml(slug));
        Browser browser = new Browser();
        String login = TestTenants.login("member", slug);
        for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
            assertThat(location(browser.signIn(login, "wrong-" + attempt))).endsWith("/login?error");
        }
        // the next failure makes the following attempts wait; refused attempts are answered at once
        assertThat(location(browser.signIn(login, "wrong-again"))).endsWith("/login?error");
        assertThat(location(browser.signIn(login, "wrong-while-waiting"))).contains("/login?error=throttled&wait=");

        HttpResponse<String> evenTheRightPassword = browser.signIn(login, TestTenants.PASSWORD);

        assertThat(location(evenTheRightPassword)).contains("/login?error=throttled&wait=");
    }

    @Test
    void sign_ins_failures_and_refused_access_are_logged_with_the_tenant(CapturedOutput log) throws Exception {
        FreshTenant tenant = fixture.newTenant("logged");
        String lead = tenant.login("lead");
        new Browser().signIn(lead, FreshTenant.PASSWORD);
        new Browser().signIn(tenant.login("member"), "not-his-password");
        tenant.signInAs("lead");
        try {
            tenants.list();
        } catch (org.springframework.security.access.AccessDeniedException expected) {
            // refused, and logged
        } finally {
            SignIn.out();
        }

        assertThat(log.getOut()).containsPattern("Sign-in: " + Pattern.quote(lead) + " tenant=\\d+ \\("
                        + Pattern.quote(tenant.name()) + "\\)")
                .contains("Failed sign-in: " + tenant.login("member"))
                .containsPattern("Access refused: " + Pattern.quote(lead) + " tenant=\\d+ .* to TenantService.list");
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> login = new Browser().get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void load_balancers_see_health_without_signing_in_but_no_details() throws Exception {
        HttpResponse<String> health = new Browser().get("/actuator/health");
        HttpResponse<String> info = new Browser().get("/actuator/info");
        HttpResponse<String> env = new Browser().get("/actuator/env");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(info.body()).contains("\"version\"");
        assertThat(env.statusCode()).isNotEqualTo(200);
    }

    @Test
    void health_details_are_for_the_platform_administrator_only() throws Exception {
        FreshTenant tenant = fixture.newTenant("health");
        HttpBrowser tenantAdmin = new HttpBrowser(port).signedIn(tenant.login("admin"), FreshTenant.PASSWORD);
        HttpBrowser platformAdmin = new HttpBrowser(port).signedIn("platform-admin", platformPassword);

        assertThat(tenantAdmin.get("/actuator/health").body()).contains("\"status\":\"UP\"")
                .doesNotContain("components").doesNotContain("diskSpace");
        assertThat(platformAdmin.get("/actuator/health").body()).contains("components").contains("db");
    }

    private static String location(HttpResponse<?> response) {
        return HttpBrowser.location(response);
    }

    private final class Browser {
        private final HttpBrowser browser = new HttpBrowser(port);

        HttpResponse<String> get(String path) throws Exception {
            return browser.get(path);
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return browser.signIn(username, password);
        }

        HttpResponse<String> signInFromAnotherSite(String username, String password) throws Exception {
            return browser.signInFromAnotherSite(username, password);
        }

        String sessionId() {
            return browser.sessionId();
        }
    }
}
