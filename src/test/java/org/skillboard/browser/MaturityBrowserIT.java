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

    /**
     * The texts ECharts drew on the chart, each with its box in the chart's pixels ({@code text} as
     * given, lines joined by a line break), the chart's size, and the pieces of text actually painted
     * ({@code shown}: one per line, where a text cut short would end in "…").
     */
    static final String CHART_TEXTS = """
            el => {
              const chart = el.chart;
              const texts = [];
              const visit = (node) => {
                if (node.type === 'text' && node.style && node.style.text != null && !node.ignore && !node.invisible) {
                  const box = node.getBoundingRect().clone();
                  const transform = node.getComputedTransform();
                  if (transform) box.applyTransform(transform);
                  texts.push({ text: String(node.style.text), x: box.x, y: box.y, w: box.width, h: box.height });
                }
                (typeof node.childrenRef === 'function' ? node.childrenRef() || [] : []).forEach(visit);
                const content = typeof node.getTextContent === 'function' ? node.getTextContent() : null;
                if (content) visit(content);
              };
              chart.getZr().storage.getRoots().forEach(visit);
              const shown = chart.getZr().storage.getDisplayList(true).filter(d => d.type === 'tspan')
                .map(d => String(d.style.text));
              return { width: chart.getWidth(), height: chart.getHeight(), texts, shown };
            }""";
    /**
     * Elements of the page whose right edge is past the window's, leaving out those inside a part of
     * the view that scrolls sideways within the page (a grid, a row of tabs), which a reader scrolls to.
     */
    static final String PAST_THE_RIGHT_EDGE = """
            () => {
              const scrollsWithinThePage = (e) => {
                for (let n = e.assignedSlot || e.parentElement || e.getRootNode().host; n;
                     n = n.assignedSlot || n.parentElement || (n.getRootNode && n.getRootNode().host)) {
                  if (n.classList && n.classList.contains('sb-page')) return false;
                  const overflow = getComputedStyle(n).overflowX;
                  if (overflow !== 'visible' && n.getBoundingClientRect().right <= innerWidth + 1) return true;
                }
                return false;
              };
              return [...document.querySelectorAll('body *')]
              .filter(e => { const box = e.getBoundingClientRect(); return box.width > 0 && box.right > innerWidth + 1; })
              .filter(e => !scrollsWithinThePage(e))
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
            }""";

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

    @Test
    void every_radar_names_its_dimensions_whole_and_inside_the_chart_on_a_desktop_and_on_a_phone() {
        for (int[] size : new int[][] {{1400, 900}, {390, 844}}) {
            Page page = browser.newPage();
            page.setViewportSize(size[0], size[1]);
            signIn(page, "kadri.tamm@baltic.demo");
            for (String path : List.of("/maturity", "/maturity/unit?model=cx-maturity&unit=organisation")) {
                page.navigate("http://localhost:" + port + path);
                page.waitForFunction("() => { const charts = [...document.querySelectorAll('sb-chart')];"
                        + " return charts.length > 0 && charts.every(c => c.hasAttribute('data-rendered')); }");
                Locator charts = page.locator("sb-chart");
                for (int c = 0; c < charts.count(); c++) {
                    String where = path + " at " + size[0] + " px, chart " + c;
                    Locator chart = charts.nth(c);
                    @SuppressWarnings("unchecked")
                    List<String> dimensions = (List<String>) chart.evaluate(
                            "el => el.option.radar.indicator.map(i => i.name)");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> drawn = (Map<String, Object>) chart.evaluate(CHART_TEXTS);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> texts = (List<Map<String, Object>>) drawn.get("texts");
                    double width = ((Number) drawn.get("width")).doubleValue();
                    double height = ((Number) drawn.get("height")).doubleValue();
                    assertThat(dimensions).as(where).contains("Innovatsioon ja koosloome");
                    for (String dimension : dimensions) {
                        Map<String, Object> label = texts.stream()
                                .filter(text -> String.valueOf(text.get("text")).replaceAll("\\s+", " ").equals(dimension))
                                .findFirst().orElse(null);
                        assertThat(label).as("%s: the name '%s' drawn whole", where, dimension).isNotNull();
                        double x = ((Number) label.get("x")).doubleValue();
                        double y = ((Number) label.get("y")).doubleValue();
                        assertThat(x).as("%s: '%s' starts inside the chart", where, dimension).isGreaterThanOrEqualTo(-1);
                        assertThat(x + ((Number) label.get("w")).doubleValue())
                                .as("%s: '%s' ends inside the chart (%s px wide)", where, dimension, width)
                                .isLessThanOrEqualTo(width + 1);
                        assertThat(y).as("%s: '%s' below the top", where, dimension).isGreaterThanOrEqualTo(-1);
                        assertThat(y + ((Number) label.get("h")).doubleValue())
                                .as("%s: '%s' above the bottom", where, dimension).isLessThanOrEqualTo(height + 1);
                    }
                    @SuppressWarnings("unchecked")
                    List<String> shown = (List<String>) drawn.get("shown");
                    assertThat(shown).as(where + ": nothing cut short").noneMatch(text -> text.contains("…"));
                }
            }
            page.context().close();
        }
    }

    @Test
    void the_radar_of_a_unit_shows_its_scale_and_its_png_carries_a_title_with_unit_round_and_scale()
            throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1400, 900);
        signIn(page, "kadri.tamm@baltic.demo");
        page.navigate("http://localhost:" + port + "/maturity/unit?model=cx-maturity&unit=organisation");
        Locator chart = page.locator(".sb-radar sb-chart[data-rendered]");
        chart.waitFor();

        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) chart.evaluate(CHART_TEXTS);
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) drawn.get("shown");
        assertThat(shown).as("the levels' numbers along an axis").contains("1", "2", "3", "4", "5", "6");
        String heading = page.locator("h2").first().textContent().strip();
        String round = page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("2026")).first()
                .locator("vaadin-select-value-button").textContent().strip();
        @SuppressWarnings("unchecked")
        Map<String, Object> title = (Map<String, Object>) chart.evaluate("el => el.option.title");
        assertThat(title).as("the chart's own title").isNotNull();
        assertThat(title.get("text")).as("unit, in the page's language").isEqualTo(heading);
        assertThat(String.valueOf(title.get("subtext"))).contains(round).contains("Kliendikogemuse küpsustasemed")
                .contains("1–6");
        assertThat(String.join(" ", shown)).as("the title is drawn on the chart").contains(heading);

        com.microsoft.playwright.Download png = page.waitForDownload(
                () -> page.locator(".sb-radar vaadin-button").first().click());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.path().toFile());
        // the title is the first thing from the top: dark text in the middle of the image's top band
        int dark = 0;
        for (int y = 0; y < 60; y++) {
            for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 90 && ((rgb >> 8) & 0xff) < 90 && (rgb & 0xff) < 90) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark pixels of the title at the top of the PNG").isGreaterThan(200);
    }

    @Test
    void on_a_phone_no_maturity_page_reaches_past_the_right_edge() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        signIn(page, "kadri.tamm@baltic.demo");
        page.navigate("http://localhost:" + port + "/maturity");
        page.locator(".sb-maturity-card sb-chart[data-rendered]").first().waitFor();
        String team = page.locator("a.sb-maturity-card-title").nth(1).getAttribute("href");
        List<String> pages = List.of("/maturity", "/maturity/unit?model=cx-maturity&unit=organisation",
                "/" + team, "/maturity/worksheet?model=cx-maturity&unit=organisation");
        for (String path : pages) {
            page.navigate("http://localhost:" + port + path.replace("//", "/"));
            page.locator("h2").first().waitFor();
            page.waitForFunction("() => [...document.querySelectorAll('sb-chart')].every(c => c.hasAttribute('data-rendered'))");
            assertThat((List<?>) page.evaluate(PAST_THE_RIGHT_EDGE)).as(path).isEmpty();
            assertThat(((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue()).as(path)
                    .isLessThanOrEqualTo(390);
        }
        BrowserSession.screenshot(page, "maturity-worksheet-phone");
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
