package org.skillboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the tenant admin of the Baltic demo opens the CX maturity radar of
 * the whole organisation; the chart draws (its canvas is not blank) and its table view
 * gives the same numbers as the chart.
 */
@SkillboardTest
class MaturityBrowserIT {

    /** Pixels of the canvas that are neither blank nor white: the rings, axes and the two shapes. */
    private static final String INKED_PIXELS = """
            el => {
              const canvas = el.shadowRoot.querySelector('canvas');
              const ctx = canvas.getContext('2d');
              const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
              let inked = 0, blue = 0;
              for (let i = 0; i < data.length; i += 4) {
                const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                if (a > 0 && (r < 235 || g < 235 || b < 235)) inked++;
                if (a > 0 && b > 150 && r < 60 && g > 80 && g < 150) blue++;
              }
              return { inked, blue, size: canvas.width * canvas.height };
            }""";
    /** The table view's body rows, in row order, as the texts of their cells. */
    private static final String TABLE_ROWS = """
            grid => [...grid.shadowRoot.querySelectorAll('tbody tr')]
              .filter(tr => !tr.hidden && tr.querySelectorAll('td').length > 1)
              .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
              .map(tr => [...tr.querySelectorAll('td')].map(td => {
                const slot = td.querySelector('slot');
                const content = slot && grid.querySelector(`[slot="${slot.name}"]`);
                return content ? content.textContent.trim() : '';
              }))""";

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
    void tenant_admin_opens_the_radar_of_a_demo_unit_and_its_table_shows_the_same_numbers() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1400, 1000);
        signIn(page, "tomasz.lewandowski@baltic.demo");

        page.navigate("http://localhost:" + port + "/maturity/unit?model=cx-maturity&unit=organisation");
        Locator chart = page.locator(".sb-radar sb-chart[data-rendered]");
        chart.waitFor();
        @SuppressWarnings("unchecked")
        Map<String, Number> pixels = (Map<String, Number>) chart.evaluate(INKED_PIXELS);
        assertThat(pixels.get("inked").intValue()).as("pixels drawn on the canvas")
                .isGreaterThan(pixels.get("size").intValue() / 100);
        assertThat(pixels.get("blue").intValue()).as("pixels of today's shape (Okabe–Ito blue)").isGreaterThan(100);
        BrowserSession.screenshot(page, "maturity-radar");

        @SuppressWarnings("unchecked")
        List<String> axes = (List<String>) chart.evaluate("el => el.option.radar.indicator.map(i => i.name)");
        @SuppressWarnings("unchecked")
        List<List<Object>> series = (List<List<Object>>) chart.evaluate(
                "el => el.option.series[0].data.map(d => d.value)");
        assertThat(axes).hasSize(7);
        assertThat(series).as("today and in five years").hasSizeGreaterThanOrEqualTo(2);

        page.locator(".sb-radar vaadin-tab").nth(1).click();
        Locator table = page.locator(".sb-radar-table");
        table.waitFor();
        // the grid appears before it has drawn its rows: wait until every row it holds shows its axis
        page.waitForFunction("grid => { const rows = (" + TABLE_ROWS + ")(grid);"
                + " return grid.size > 0 && rows.length === grid.size && rows.every(row => row[0] !== ''); }",
                table.elementHandle());
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) table.evaluate(TABLE_ROWS);
        assertThat(rows).hasSize(axes.size());
        for (int axis = 0; axis < axes.size(); axis++) {
            List<String> row = rows.get(axis);
            assertThat(row.getFirst()).isEqualTo(axes.get(axis));
            for (int s = 0; s < series.size(); s++) {
                assertThat(number(row.get(s + 1))).as("%s, series %d", axes.get(axis), s)
                        .isEqualTo(number(String.valueOf(series.get(s).get(axis))));
            }
        }
        BrowserSession.screenshot(page, "maturity-radar-table");

        com.microsoft.playwright.Download png = page.waitForDownload(
                () -> page.locator(".sb-radar vaadin-button").first().click());
        assertThat(png.suggestedFilename()).isEqualTo("cx-maturity-cala-organizacja.png");
        byte[] image = java.nio.file.Files.readAllBytes(png.path());
        assertThat(image).as("a PNG file").startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(image.length).isGreaterThan(10_000);

        page.navigate("http://localhost:" + port + "/maturity");
        page.locator(".sb-maturity-card sb-chart[data-rendered]").first().waitFor();
        BrowserSession.screenshot(page, "maturity-overview");
    }

    /** The leading number of a cell ("2,5 (2–3)" → 2.5), or null for "–" and "-". */
    private static Double number(String text) {
        String first = text.strip().split("\\s+")[0].replace(',', '.');
        return first.equals("–") || first.equals("-") ? null : Double.valueOf(first);
    }

    private void signIn(Page page, String login) {
        BrowserSession.signInAsDemo(page, port, login);
    }

    @Test
    void an_ambition_typed_and_left_is_there_when_the_lead_comes_back(
            @org.springframework.beans.factory.annotation.Autowired org.skillboard.testsupport.TenantFixture fixture,
            @org.springframework.beans.factory.annotation.Autowired org.skillboard.people.PeopleService people)
            throws Exception {
        org.skillboard.testsupport.FreshTenant tenant = fixture.newMaturityTenant("draft-kept");
        tenant.signInAs("lead");
        long alpha = people.myTeams().stream().filter(team -> team.key().equals("alpha")).findFirst().orElseThrow()
                .id();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String worksheet = "http://localhost:" + port + "/maturity/worksheet?model=maturity&unit=" + alpha;
        Page page = browser.newPage();
        BrowserSession.signIn(page, port, tenant.login("lead"), org.skillboard.testsupport.FreshTenant.PASSWORD);

        page.navigate(worksheet);
        for (int step = 0; step < 3; step++) {
            page.locator("#worksheet-next").click();
        }
        page.locator("#worksheet-ambition textarea").fill("Every complaint answered within a day");
        page.locator("vaadin-side-nav-item").first().click(); // another menu entry
        page.waitForURL("http://localhost:" + port + "/");

        page.navigate(worksheet);
        for (int step = 0; step < 3; step++) {
            page.locator("#worksheet-next").click();
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#worksheet-ambition textarea")).hasValue("Every complaint answered within a day");
        BrowserSession.screenshot(page, "worksheet-draft-kept");
    }
}
