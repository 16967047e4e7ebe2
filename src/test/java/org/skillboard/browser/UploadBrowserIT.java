package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.skillboard.people.NamedPerson;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In a real browser: a team lead downloads her team's template, fills it in (here with POI,
 * as a spreadsheet program would), uploads it, sees the preview, confirms, and finds the new
 * level in her heatmap. Each test works in a Portuguese tenant of its own with SFIA-shaped skills.
 */
@SkillboardTest
class UploadBrowserIT {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    TenantFixture tenants;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void team_lead_uploads_a_filled_template_confirms_and_sees_her_heatmap_change() throws Exception {
        FreshTenant tenant = tenants.newSkillsTenant("upload");
        tenant.signInAs("lead");
        long team = people.myTeams().stream().filter(t -> t.key().equals("alpha")).findFirst()
                .orElseThrow().id();
        SecurityContextHolder.clearContext();
        Page page = browser.newPage();
        page.setViewportSize(1400, 1000);
        signIn(page, tenant.login("lead"));

        page.navigate("http://localhost:" + port + "/assessments/upload");
        Download download = page.waitForDownload(() -> page.getByText("Modelo para " + tenant.teamName("alpha"))
                .click());
        Path filled = Files.createTempFile("template", ".xlsx");
        String level;
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // the lead reads Portuguese, and so does her template (issue 16, finding 3)
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Instruções").doesNotContain("Instructions");
            Sheet sfia = null;
            int cexp = -1;
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                    if (header.getCell(c) != null && "CEXP".equals(header.getCell(c).getStringCellValue())) {
                        sfia = sheet;
                        cexp = c;
                    }
                }
            }
            assertThat(sfia).as("a sheet with the SFIA-shaped skill CEXP").isNotNull();
            Row tiago = null;
            for (Row row : sfia) {
                if (row.getCell(0) != null && "member".equals(row.getCell(0).getStringCellValue())) {
                    tiago = row;
                }
            }
            assertThat(tiago).isNotNull();
            String current = tiago.getCell(cexp) == null ? "" : tiago.getCell(cexp).toString();
            level = current.startsWith("5") ? "4" : "5";
            tiago.getCell(cexp).setCellValue(level);
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }

        page.locator("vaadin-upload input[type=file]").setInputFiles(filled);
        Locator summary = page.locator("p.sb-note");
        assertThat(summary).containsText("0 problemas");
        BrowserSession.screenshot(page, "upload-preview");
        page.getByText("Guardar estas avaliações").click();
        assertThat(page.locator("vaadin-notification-card").getByText("Guardado:").first()).isVisible();

        page.navigate("http://localhost:" + port + "/heatmap?team=" + team);
        page.locator("sb-heatmap[data-rendered]").waitFor();
        Locator cell = page.locator("sb-heatmap [role=gridcell][aria-label^=\"" + tenant.personName("member")
                + ", CEXP \"]").first();
        assertThat(cell.getAttribute("aria-label")).contains(": " + level);
        BrowserSession.screenshot(page, "upload-heatmap-after");
        Files.deleteIfExists(filled);
    }

    @Test
    void tenant_admin_uploads_a_large_history_it_runs_in_the_background_and_she_is_told_when_it_is_stored()
            throws Exception {
        FreshTenant tenant = tenants.newSkillsTenant("upload-large");
        tenant.signInAs("admin");
        List<String> keys = people.everyone().stream().map(NamedPerson::key).toList();
        SecurityContextHolder.clearContext();
        // peer assessments from years ago: a long history of each of the tenant's few people
        Path file = Files.createTempFile("historico-pares", ".xlsx");
        int rows = 0;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Histórico");
            String[] header = {"Chave da pessoa", "Referencial", "Competência ou critério", "Nível", "Tipo", "Data",
                "Evidência"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (String key : keys) {
                List<String> days = java.util.stream.Stream.iterate(LocalDate.of(2015, 1, 5), day -> day.plusDays(1))
                        .limit(1200).map(LocalDate::toString).toList();
                for (int d = 0; d < days.size(); d++) {
                    // a level different from the one before, so that every row stores something
                    for (String[] item : List.of(new String[] {"CSMG", String.valueOf(3 + d % 2)},
                            new String[] {"CEXP", String.valueOf(4 + d % 2)})) {
                        Row row = sheet.createRow(++rows);
                        String[] values = {key, "skills", item[0], item[1], "peer", days.get(d),
                            "Revisão de pares n.º " + (rows * 7919 % 100_003) + " de " + key};
                        for (int c = 0; c < values.length; c++) {
                            row.createCell(c).setCellValue(values[c]);
                        }
                    }
                }
            }
            workbook.write(out);
        }
        assertThat(Files.size(file)).as("large enough to be read in the background").isGreaterThan(256 * 1024);

        Page page = browser.newPage();
        page.setViewportSize(1400, 1000);
        signIn(page, tenant.login("admin"));
        page.navigate("http://localhost:" + port + "/assessments/upload");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("vaadin-notification-card").getByText("Ficheiro grande").first()).isVisible();
        Locator summary = page.locator("p.sb-note");
        summary.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        assertThat(summary).containsText("0 problemas");
        assertThat(page.getByText("O que será guardado (as primeiras")).isVisible();
        assertThat(page.getByText("Ocorreu um erro")).hasCount(0); // no unexpected error on the way
        BrowserSession.screenshot(page, "upload-large-preview");

        page.getByText("Guardar estas avaliações").click();
        assertThat(page.locator("vaadin-notification-card").getByText("Guardado:").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(120_000));
        assertThat(page.locator("vaadin-grid-cell-content").getByText(file.getFileName().toString()).first())
                .isVisible();
        assertThat(page.getByText("Ocorreu um erro")).hasCount(0);
        BrowserSession.screenshot(page, "upload-large-stored");
        Files.deleteIfExists(file);
    }

    private void signIn(Page page, String login) {
        BrowserSession.signIn(page, port, login, FreshTenant.PASSWORD);
    }
}
