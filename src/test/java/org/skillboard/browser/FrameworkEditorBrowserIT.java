package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15's journey in a real browser, in Estonian, through the UI only: a tenant admin builds a letter-band
 * criteria framework from the starter and publishes it; she requires one criterion in a job profile; the lead
 * assesses a member in the other, dated three weeks ago; a new version drops that criterion. The old assessment
 * still shows with its name "as it was on" two weeks ago, in the cell's history, and in the history export.
 */
@SkillboardTest
class FrameworkEditorBrowserIT {

    static final String FRAMEWORK = "Klienditeeninduse kriteeriumid";
    static final String KEPT = "Kliendi kuulamine";
    static final String DROPPED = "Probleemide lahendamine";

    static BrowserSession browser;
    static FreshTenant tenant;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@Autowired TenantFixture tenants) {
        browser = new BrowserSession();
        tenant = tenants.tenant("fw-journey").locale("et-EE").load();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void an_estonian_admin_builds_criteria_from_the_starter_and_a_new_version_keeps_what_was_assessed()
            throws Exception {
        // 1. the admin starts a letter-band framework from the starter, in Estonian
        Page admin = browser.newPage();
        BrowserSession.signIn(admin, port, tenant.login("admin"), FreshTenant.PASSWORD);
        admin.navigate(url("/admin/frameworks"));
        admin.locator("#framework-new").click();
        admin.locator("#new-framework-name input").fill(FRAMEWORK);
        assertThat(admin.locator("#new-framework-key input")).hasValue("klienditeeninduse-kriteeriumid");
        admin.locator("#new-framework-start vaadin-radio-button").nth(1).click(); // letter bands G–B
        admin.locator("#new-framework-create").click();
        assertThat(admin.locator("#editor-title")).containsText(FRAMEWORK);
        assertThat(admin.locator("#editor-problems.sb-ok")).isVisible();
        BrowserSession.screenshot(admin, "editor-1-started");

        // 2. she turns the example into one criterion and adds a second, each level described
        admin.locator("#editor-tab-items").click();
        admin.locator("#editor-items-list vaadin-grid-cell-content").getByText("Näidiskriteerium").click();
        replace(admin, "#editor-item-code input", "kuulamine");
        replace(admin, "#editor-item-name input", KEPT);
        replace(admin, "#editor-item-level-0-text textarea", "Kuulab klienti ja kordab tema mure oma sõnadega.");
        admin.locator("#editor-items-add").click();
        assertThat(admin.locator("#editor-item-name input")).hasValue("Uus element"); // the new one's form
        replace(admin, "#editor-item-code input", "lahendamine");
        replace(admin, "#editor-item-name input", DROPPED);
        admin.locator("#editor-item-level-0").click();
        replace(admin, "#editor-item-level-0-text textarea", "Lahendab tavalised probleemid juhendi järgi.");
        admin.locator("#editor-item-level-1").click();
        replace(admin, "#editor-item-level-1-text textarea", "Lahendab ka keerulised probleemid iseseisvalt.");
        assertThat(admin.locator("#editor-saved")).isVisible();
        assertThat(admin.locator("#editor-problems.sb-ok")).isVisible();
        BrowserSession.screenshot(admin, "editor-2-items");

        // 3. publishing says beforehand that it creates the framework
        admin.locator("#editor-publish").click();
        assertThat(admin.locator("#editor-publish-plan")).isVisible();
        BrowserSession.screenshot(admin, "editor-3-publish-plan");
        admin.locator("#editor-publish-confirm").click();
        assertThat(admin.locator("#framework-edit-klienditeeninduse-kriteeriumid")).isVisible();

        // 4. a job profile requires the criterion that stays
        admin.navigate(url("/admin/job-profiles"));
        admin.locator("#new-job-profile").click();
        admin.locator("#job-profile-key input").fill("klienditeenindaja");
        admin.locator("#job-profile-name input").fill("Klienditeenindaja");
        admin.locator("#job-profile-create").click();
        // the new profile is chosen: its requirements are listed, one level picker per criterion
        Locator required = admin.locator("vaadin-grid vaadin-select >> visible=true").first();
        required.click();
        admin.locator("vaadin-select-item >> visible=true").getByText("F", new Locator.GetByTextOptions()
                .setExact(true)).click();
        BrowserSession.screenshot(admin, "editor-4-job-profile");

        // 5. the lead assesses the member in the other criterion, dated three weeks ago
        Page lead = browser.newPage();
        BrowserSession.signIn(lead, port, tenant.login("lead"), FreshTenant.PASSWORD);
        lead.navigate(url("/heatmap?team=alpha"));
        lead.locator("sb-heatmap[data-rendered]").waitFor();
        Locator cell = lead.locator("sb-heatmap [role=gridcell][aria-label^=\"" + tenant.personName("member")
                + ", " + DROPPED + "\"]");
        cell.first().click();
        lead.locator("#cell-assess").click();
        lead.locator(".sb-assess vaadin-radio-button").nth(1).click(); // F
        Locator day = lead.locator(".sb-assess vaadin-date-picker input");
        day.fill(estonian(TestClock.TODAY.minusWeeks(3)));
        day.press("Enter");
        lead.locator("#assess-save").click();
        assertThat(lead.locator("vaadin-notification-card").getByText("Hinnang salvestatud")).isVisible();
        BrowserSession.screenshot(lead, "editor-5-lead-assessed");

        // 6. version 2 drops that criterion; the plan says a new version, and why
        admin.navigate(url("/admin/frameworks"));
        admin.locator("#framework-edit-klienditeeninduse-kriteeriumid").click();
        admin.locator("#editor-tab-items").click();
        admin.locator("#editor-items-list vaadin-grid-cell-content").getByText(DROPPED).click();
        admin.locator("#editor-items-remove").click();
        admin.locator("#editor-publish").click();
        assertThat(admin.locator("#editor-publish-reasons")).containsText(DROPPED);
        BrowserSession.screenshot(admin, "editor-6-new-version-plan");
        admin.locator("#editor-publish-confirm").click();
        assertThat(admin.locator("#framework-edit-klienditeeninduse-kriteeriumid")).isVisible();

        // 7. today's heatmap has no such column; two weeks ago it had, with the lead's assessment in it
        lead.navigate(url("/heatmap?team=alpha"));
        lead.locator("sb-heatmap[data-rendered]").waitFor();
        assertThat(lead.locator("sb-heatmap [role=gridcell][aria-label*=\"" + DROPPED + "\"]")).hasCount(0);
        lead.navigate(url("/heatmap?team=alpha&day=" + TestClock.TODAY.minusWeeks(2)));
        lead.locator("sb-heatmap[data-rendered]").waitFor();
        Locator then = lead.locator("sb-heatmap [role=gridcell][aria-label^=\"" + tenant.personName("member")
                + ", " + DROPPED + ": F\"]");
        assertThat(then).hasCount(1);
        BrowserSession.screenshot(lead, "editor-7-as-it-was");
        then.dispatchEvent("click"); // the cell may sit below the fold of the heatmap's own scroller
        Locator dialog = lead.locator("vaadin-dialog-overlay, vaadin-dialog");
        assertThat(dialog.getByText(DROPPED).first()).isVisible();
        assertThat(dialog.locator("vaadin-grid-cell-content").getByText("F", new Locator.GetByTextOptions()
                .setExact(true)).first()).isVisible();
        BrowserSession.screenshot(lead, "editor-7-cell-history");
        lead.keyboard().press("Escape");

        // 8. the history export names the dropped criterion
        Download download = lead.waitForDownload(() -> lead.getByText("Hinnangute ajalugu").first().click());
        Path file = download.path();
        org.assertj.core.api.Assertions.assertThat(cells(file)).contains(DROPPED);
    }

    private static void replace(Page page, String selector, String text) {
        Locator field = page.locator(selector);
        field.fill(text);
        field.press("Tab");
    }

    private static String estonian(java.time.LocalDate day) {
        return day.getDayOfMonth() + "." + day.getMonthValue() + "." + day.getYear();
    }

    private static List<String> cells(Path workbook) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            book.forEach(sheet -> {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(cell.toString());
                    }
                }
            });
        }
        return texts;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
