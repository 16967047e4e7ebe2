package org.skillboard.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright, never downloading a browser.
 * Screenshots go to target/screenshots so that a person can look at them.
 */
final class BrowserSession implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    /** Playwright gives the browser a fresh, empty profile of its own. */
    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("skillboard.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"))
                .newPage();
    }

    /** Signs a demo login in (password skillboard-demo) on the app at this port, and waits for the start page. */
    static void signInAsDemo(Page page, int port, String login) {
        signIn(page, port, login, "skillboard-demo");
    }

    /** Signs a login in on the app at this port, and waits for the start page. */
    static void signIn(Page page, int port, String login, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(login);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForURL("http://localhost:" + port + "/");
    }

    static void screenshot(Page page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        // animations (a dialog fading in) are run to their end first, so the picture shows what a person sees
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
