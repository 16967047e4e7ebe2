package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.Starter;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: an administrator translates an English maturity model into Estonian with the English next
 * to it on a wide screen, and one above the other on a phone; a text typed and left is no longer listed.
 */
@SkillboardTest
class DraftLanguagesBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TenantFixture tenants;
    @Autowired
    FrameworkDrafts drafts;
    @Autowired
    FrameworkService frameworks;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void the_two_languages_stand_side_by_side_on_a_wide_screen_and_one_above_the_other_on_a_phone()
            throws Exception {
        FreshTenant tenant = tenants.tenant("fw-languages-it").locale("en-GB").load();
        tenant.signInAs("admin");
        drafts.publish(drafts.start("maturity-en", "Service maturity", Locale.ENGLISH, Starter.MATURITY, null));
        long english = frameworks.all().stream().filter(f -> f.key().equals("maturity-en")).findFirst()
                .map(FrameworkSummary::id).orElseThrow();
        long estonian = drafts.copy(english, "maturity-et", "Teeninduse küpsus", Locale.forLanguageTag("et"), true);
        SignIn.out();

        Page page = browser.newPage();
        BrowserSession.signIn(page, port, tenant.login("admin"), FreshTenant.PASSWORD);
        page.navigate("http://localhost:" + port + "/admin/frameworks/drafts/" + estonian + "/languages");
        Locator counter = page.locator("#untranslated-count");
        assertThat(counter).containsText("texts not translated yet");
        String before = counter.textContent();
        Locator row = page.locator(".sb-translation-row").filter(new Locator.FilterOptions()
                .setHasText("Name of the scale"));
        BoundingBox theirs = row.locator(".sb-translation-theirs").boundingBox();
        BoundingBox ours = row.locator("vaadin-text-area").boundingBox();
        assertThat(ours.x).as("side by side").isGreaterThan(theirs.x + theirs.width - 1);
        BrowserSession.screenshot(page, "languages-1-side-by-side");

        page.setViewportSize(390, 844);
        theirs = row.locator(".sb-translation-theirs").boundingBox();
        ours = row.locator("vaadin-text-area").boundingBox();
        assertThat(ours.y).as("one above the other").isGreaterThan(theirs.y + theirs.height - 1);
        assertThat(ours.x + ours.width).as("fits the phone").isLessThanOrEqualTo(390);
        BrowserSession.screenshot(page, "languages-2-phone");

        row.locator("vaadin-text-area textarea").fill("Küpsusastmed");
        page.locator("#untranslated-count").click();
        assertThat(row).isHidden();
        assertThat(counter).not().hasText(before);
        BrowserSession.screenshot(page, "languages-3-typed");
    }
}
