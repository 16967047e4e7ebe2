package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a team lead opens the heatmap of the large generated demo team
 * (1,000 people), and it paints; time to first paint is recorded, not asserted.
 */
@SkillboardTest
class HeatmapBrowserIT {

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
    void team_lead_opens_the_heatmap_of_the_large_demo_team() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1440, 900);
        signIn(page, "ricardo.almeida@atlantico.demo");

        page.navigate("http://localhost:" + port + "/heatmap");
        Locator heatmap = page.locator("sb-heatmap[data-rendered]");
        heatmap.waitFor();
        double sinceNavigation = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        double renderMs = ((Number) heatmap.evaluate("el => el.renderMs")).doubleValue();
        Object rows = heatmap.evaluate("el => el.shadowRoot.querySelector('[role=grid]').getAttribute('aria-rowcount')");
        String record = "heatmap of the 1,000-person demo team: element render %.0f ms, first paint %.0f ms after"
                + " navigation; aria-rowcount %s%n";
        System.out.printf(record, renderMs, sinceNavigation, rows);
        Files.createDirectories(BrowserSession.SCREENSHOTS);
        Files.writeString(BrowserSession.SCREENSHOTS.resolve("heatmap-timing.txt"),
                record.formatted(renderMs, sinceNavigation, rows));
        assertThat(Integer.parseInt(String.valueOf(rows))).as("header rows + summary rows + 1,000 people")
                .isGreaterThan(1000);
        assertThat(page.locator("vaadin-select", new Page.LocatorOptions().setHasText("Centro de Contacto Virtual")))
                .hasCount(1);
        BrowserSession.screenshot(page, "heatmap-large-team");

        page.getByText("Diferença para o objetivo").first().click();
        assertThat(page.locator("sb-heatmap").getByText("Abaixo do objetivo").first()).isVisible();
        BrowserSession.screenshot(page, "heatmap-large-team-gap");

        heatmap.locator("div.c[role=gridcell]").first().click();
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Histórico").first()).isVisible();
        BrowserSession.screenshot(page, "heatmap-cell-dialog");
    }

    @Test
    void team_lead_sees_her_small_team_by_level() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1440, 900);
        signIn(page, "ana.ferreira@atlantico.demo");

        page.navigate("http://localhost:" + port + "/heatmap");
        page.locator("sb-heatmap[data-rendered]").waitFor();
        assertThat(page.locator("sb-heatmap").locator("[role=rowheader]").getByText("Gonçalo Pereira").first())
                .isVisible();
        BrowserSession.screenshot(page, "heatmap-team");

        page.navigate("http://localhost:" + port + "/heatmap?cell=goncalo.pereira~CSMG");
        assertThat(page.locator("vaadin-dialog-overlay, vaadin-dialog").getByText("Histórico").first()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*cell=goncalo\\.pereira~CSMG.*"));
    }

    /** Issue 16, finding 10: on a phone the page overflowed, and the name column took two-thirds of the width. */
    @Test
    void on_a_phone_the_heatmap_fits_the_screen_and_the_names_leave_room_for_the_skills() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        signIn(page, "ana.ferreira@atlantico.demo");

        page.navigate("http://localhost:" + port + "/heatmap");
        Locator heatmap = page.locator("sb-heatmap[data-rendered]");
        heatmap.waitFor();
        Number overflow = (Number) page.evaluate("() => Math.max(...[...document.querySelectorAll("
                + "'.sb-heatmap-page, .sb-heatmap-page *')].map(e => e.getBoundingClientRect().right))"
                + " - window.innerWidth");
        assertThat(overflow.doubleValue()).as("nothing of the page reaches past the screen's right edge")
                .isLessThanOrEqualTo(0.5);
        Number names = (Number) heatmap.evaluate("el => el.shadowRoot.querySelector('[role=rowheader]')"
                + ".getBoundingClientRect().width");
        assertThat(names.doubleValue()).as("the name column, of a 390 px screen").isLessThan(150);
        heatmap.scrollIntoViewIfNeeded();
        assertThat(heatmap.locator("[role=rowheader]").getByText("Gonçalo Pereira").first()).isVisible();
        BrowserSession.screenshot(page, "heatmap-team-phone");
    }

    @Test
    void the_trends_of_the_large_demo_team_arrive_with_their_chart_table_and_changes() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1400, 900);
        signIn(page, "ricardo.almeida@atlantico.demo");
        page.navigate("http://localhost:" + port + "/heatmap");
        page.locator("sb-heatmap[data-rendered]").waitFor();

        page.getByText("Tendências e alterações").first().click();

        assertThat(page.locator("sb-chart canvas").first()).isVisible();
        assertThat(page.locator("vaadin-grid").last().locator("vaadin-grid-cell-content").first()).isVisible();
        assertThat(page.getByText("Ocorreu um erro")).hasCount(0);
        int elements = ((Number) page.evaluate("() => document.querySelectorAll('*').length")).intValue();
        assertThat(elements).as("elements on the page: the changes are not all rendered at once").isLessThan(5000);
        BrowserSession.screenshot(page, "trend-large-team");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tabela")).click();
        assertThat(page.locator("vaadin-grid").first().locator("vaadin-grid-cell-content").first()).isVisible();
    }

    @Test
    void team_lead_downloads_her_teams_heatmap_and_assessment_history_as_excel() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(1440, 900);
        signIn(page, "ana.ferreira@atlantico.demo");
        page.navigate("http://localhost:" + port + "/heatmap");
        page.locator("sb-heatmap[data-rendered]").waitFor();

        Download heatmap = page.waitForDownload(() -> page.getByText("Mapa tal como é mostrado").click());
        assertThat(heatmap.suggestedFilename()).matches("heatmap-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(heatmap.path().toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Mapa de competências: ");
            assertThat(workbook.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
            assertThat(workbook.getSheetName(1)).isEqualTo("Legenda");
        }

        Download history = page.waitForDownload(() -> page.getByText("Histórico de avaliações",
                new Page.GetByTextOptions().setExact(true)).click());
        assertThat(history.suggestedFilename()).startsWith("assessments-");
        try (XSSFWorkbook workbook = new XSSFWorkbook(history.path().toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Histórico");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("a title, a header and the team's assessments")
                    .isGreaterThan(2);
        }
    }

    @Test
    void on_a_phone_the_baltic_trend_names_every_period_and_no_two_names_overlap() {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        signIn(page, "kadri.tamm@baltic.demo");
        page.navigate("http://localhost:" + port + "/heatmap/trend");
        Locator chart = page.locator("sb-chart[data-rendered]");
        chart.waitFor();

        @SuppressWarnings("unchecked")
        java.util.List<String> periods = (java.util.List<String>) chart.evaluate("el => el.option.xAxis.data");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> drawn = (java.util.Map<String, Object>) chart.evaluate(MaturityBrowserIT.CHART_TEXTS);
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> texts = (java.util.List<java.util.Map<String, Object>>) drawn.get("texts");
        double width = ((Number) drawn.get("width")).doubleValue();
        assertThat(periods).as("the demo's three periods").hasSizeGreaterThanOrEqualTo(3);
        java.util.List<double[]> boxes = new java.util.ArrayList<>();
        for (String period : periods) {
            java.util.Map<String, Object> label = texts.stream()
                    .filter(text -> String.valueOf(text.get("text")).replaceAll("\\s+", " ").equals(period))
                    .findFirst().orElse(null);
            assertThat(label).as("the period '%s' is named on the axis", period).isNotNull();
            double[] box = {((Number) label.get("x")).doubleValue(), ((Number) label.get("y")).doubleValue(),
                    ((Number) label.get("w")).doubleValue(), ((Number) label.get("h")).doubleValue()};
            assertThat(box[0]).as("'%s' starts inside the chart", period).isGreaterThanOrEqualTo(-1);
            assertThat(box[0] + box[2]).as("'%s' ends inside the chart", period).isLessThanOrEqualTo(width + 1);
            for (double[] other : boxes) {
                boolean apart = box[0] >= other[0] + other[2] || other[0] >= box[0] + box[2]
                        || box[1] >= other[1] + other[3] || other[1] >= box[1] + box[3];
                assertThat(apart).as("'%s' clear of the period before it", period).isTrue();
            }
            boxes.add(box);
        }
        @SuppressWarnings("unchecked")
        java.util.List<String> shown = (java.util.List<String>) drawn.get("shown");
        assertThat(shown).as("no period's name cut short").noneMatch(text -> text.contains("…"));
    }

    @Test
    void on_a_phone_the_trend_table_shows_each_item_name_whole_so_two_that_start_alike_differ() throws Exception {
        Page page = browser.newPage();
        page.setViewportSize(390, 844);
        signIn(page, "ana.ferreira@atlantico.demo");
        page.navigate("http://localhost:" + port + "/heatmap/trend");
        page.locator("sb-chart[data-rendered]").waitFor();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tabela")).click();
        Locator table = page.locator("#trend vaadin-grid").first();
        assertThat(table.locator("vaadin-grid-cell-content").getByText("CONOCIMIENTO DE PLATAFORMAS")).isVisible();

        // the first column's cells: their text, and whether it fits (a cut text is wider than its cell)
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> names = (java.util.List<java.util.Map<String, Object>>) table.evaluate("""
                grid => [...grid.shadowRoot.querySelectorAll('tbody tr')].filter(tr => !tr.hidden)
                  .map(tr => tr.querySelector('td slot')).filter(slot => slot)
                  .map(slot => grid.querySelector(`[slot="${slot.name}"]`)).filter(cell => cell && cell.textContent.trim())
                  .map(cell => ({ text: cell.textContent.trim(), fits: cell.scrollWidth <= cell.clientWidth + 1 }))""");
        assertThat(names).extracting(name -> name.get("text"))
                .contains("CONOCIMIENTO DE PRODUCTOS / SERVICIOS", "CONOCIMIENTO DE PLATAFORMAS");
        assertThat(names).as("names that fit their cells").allSatisfy(name -> assertThat(name.get("fits"))
                .as(String.valueOf(name.get("text"))).isEqualTo(true));
        BrowserSession.screenshot(page, "trend-table-phone");
    }

    private void signIn(Page page, String login) {
        BrowserSession.signInAsDemo(page, port, login);
    }
}
