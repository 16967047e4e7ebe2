package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: a demo team lead signs in and lands on her start page. */
@SkillboardTest
class SignInBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void demo_team_lead_signs_in_and_sees_her_teams_in_her_tenants_language() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.locator("vaadin-login-form").waitFor();
        BrowserSession.screenshot(page, "login");
        page.locator("input[name=username]").fill("ana.ferreira@atlantico.demo");
        page.locator("input[name=password]").fill("skillboard-demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suporte ao Cliente Lisboa")))
                .isVisible();
        assertThat(page.locator("h2").first()).containsText("Ana Ferreira");
        assertThat(page.locator("html")).hasAttribute("lang", "pt");
        assertThat(page.locator("vaadin-side-nav-item")).not().hasCount(0);
        BrowserSession.screenshot(page, "team-lead-home");

        page.navigate("http://localhost:" + port + "/frameworks");
        assertThat(page.getByText("Criterios de Progresión - Customer Service").first()).isVisible();
        BrowserSession.screenshot(page, "framework-library");
        page.getByText("SFIA 9 — O modelo global de competências para o mundo digital").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Níveis de responsabilidade")))
                .isVisible();
        BrowserSession.screenshot(page, "framework-sfia");
    }

    @Test
    void a_language_chosen_shows_on_the_next_page_without_signing_in_again(
            @org.springframework.beans.factory.annotation.Autowired org.skillboard.testsupport.TenantFixture fixture)
            throws Exception {
        org.skillboard.testsupport.FreshTenant tenant = fixture.newTenant("language");
        Page page = browser.newPage();
        BrowserSession.signIn(page, port, tenant.login("lead"), org.skillboard.testsupport.FreshTenant.PASSWORD);
        assertThat(page.locator("html")).hasAttribute("lang", "pt");

        page.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Português")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("vaadin-side-nav-item").first()).containsText("Home");
        page.locator("vaadin-side-nav-item").nth(1).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        BrowserSession.screenshot(page, "language-changed");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill("ana.ferreira@atlantico.demo");
        page.locator("input[name=password]").fill("not-the-password");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Check your login and password and try again.")).isVisible();
        BrowserSession.screenshot(page, "login-refused");
    }
}
