package org.skillboard.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey of issue 14 in a real browser, through the UI only, with no file edited and no restart:
 * the platform admin creates an Estonian tenant and invites its admin; the admin signs in from her
 * invitation (a weak password refused in Estonian first), creates teams and people by hand and by spreadsheet
 * with logins for a lead and a member, a framework, a job profile and an invitation from the accounts page;
 * the lead signs in from her invitation, sees her team's heatmap and assesses someone; the member
 * assesses herself; making the member a lead works at her next click; suspending the tenant ends the admin's open session at her next click.
 */
@SkillboardTest
class TenantJourneyBrowserIT {

    static final String STRONG_PASSWORD = "kolm sinist jõge ja mägi";

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Value("${skillboard.admin.username}")
    String platformLogin;
    @Value("${skillboard.admin.password}")
    String platformPassword;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void from_an_empty_tenant_to_leads_and_members_signing_in_and_a_suspension_that_ends_open_sessions()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = "pohjala-" + suffix;

        // 1. the platform admin creates the tenant and invites its first admin
        Page platform = browser.newPage();
        BrowserSession.signIn(platform, port, platformLogin, platformPassword);
        platform.navigate(url("/platform/tenants"));
        platform.locator("#new-tenant").click();
        platform.locator("#tenant-slug input").fill(slug);
        platform.locator("#tenant-name input").fill("Põhjala");
        platform.locator("#tenant-locale").click();
        platform.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Eesti")).click();
        platform.locator("#tenant-create").click();
        platform.locator("#admins-" + slug).click();
        String adminLogin = "mari." + suffix + "@pohjala.example";
        platform.locator("#admin-name input").fill("Mari Tamm");
        platform.locator("#admin-login input").fill(adminLogin);
        platform.locator("#admin-email input").fill(adminLogin);
        platform.locator("#admin-invite").click();
        Locator link = platform.locator(".sb-one-time-link input");
        link.waitFor();
        String adminLink = link.inputValue();
        assertThat(adminLink).contains("/password/");
        BrowserSession.screenshot(platform, "journey-1-admin-invitation");
        platform.keyboard().press("Escape");
        platform.keyboard().press("Escape");

        // 2. the admin chooses her password from the link, in a browser of her own, and signs in
        Page admin = browser.newPage();
        admin.navigate(adminLink);
        admin.locator("#password-new input").fill("aaaaaaaaaaaa");
        admin.locator("#password-repeat input").fill("aaaaaaaaaaaa");
        admin.locator("#password-save").click();
        assertThat(admin.locator("#password-new [slot=error-message]")).hasText(
                "Seda parooli on liiga lihtne ära arvata (korduvad märgid, jada, levinud sõna või sinu nimi). "
                        + "Lisa mõni omavahel seostamata sõna.");
        BrowserSession.screenshot(admin, "journey-2-weak-password-refused");
        choosePassword(admin, adminLink, STRONG_PASSWORD);
        BrowserSession.signIn(admin, port, adminLogin, STRONG_PASSWORD);
        assertThat(admin.locator("html")).hasAttribute("lang", "et");
        admin.locator("vaadin-side-nav-item").first().waitFor();
        BrowserSession.screenshot(admin, "journey-2-admin-start");

        // 3. two teams and two people by hand, three more by spreadsheet with logins for a lead and a member
        admin.navigate(url("/admin/teams"));
        createTeam(admin, "Tugi Tallinn", "tugi-tallinn");
        createTeam(admin, "Arendus Tartu", "arendus-tartu");
        assertThat(admin.locator("#team-people-tugi-tallinn")).isVisible();
        assertThat(admin.locator("#team-people-arendus-tartu")).isVisible();
        admin.navigate(url("/admin/people"));
        createPerson(admin, "Jaan Kask", "jaan-kask", "Tugispetsialist");
        createPerson(admin, "Liis Mets", "liis-mets", "Arendaja");
        BrowserSession.screenshot(admin, "journey-3-people-by-hand");

        String leadLogin = "kadri." + suffix + "@pohjala.example";
        String memberLogin = "piret." + suffix + "@pohjala.example";
        Path workbook = onboardingWorkbook(List.of(
                new String[] {"kadri", "Kadri Saar", leadLogin, "Meeskonnajuht", "tugi-tallinn", "lead", leadLogin},
                new String[] {"piret", "Piret Kuusk", memberLogin, "Tugispetsialist", "tugi-tallinn", "member",
                    memberLogin},
                new String[] {"toomas", "Toomas Lepp", "", "Arendaja", "arendus-tartu", "member", ""}));
        admin.navigate(url("/admin/onboarding"));
        admin.locator("vaadin-upload input[type=file]").setInputFiles(workbook);
        admin.locator("p.sb-note").waitFor();
        assertThat(admin.locator("p.sb-note + vaadin-button")).isEnabled();
        BrowserSession.screenshot(admin, "journey-3-onboarding-preview");
        Files.deleteIfExists(workbook);
        admin.locator("p.sb-note + vaadin-button").click();
        Locator cells = admin.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText(leadLogin, new Locator.GetByTextOptions().setExact(true))).isVisible();
        List<String> texts = cells.allInnerTexts();
        String leadLink = linkAfter(texts, leadLogin);
        String memberLink = linkAfter(texts, memberLogin);
        BrowserSession.screenshot(admin, "journey-3-onboarding-invitations");

        Path framework = Files.createTempFile("oskused", ".yaml");
        Files.writeString(framework, TestFrameworks.skills());
        admin.navigate(url("/admin/frameworks"));
        admin.locator("vaadin-upload input[type=file]").setInputFiles(framework);
        assertThat(admin.locator(".sb-upload-result.sb-success")).isVisible();
        BrowserSession.screenshot(admin, "journey-3-framework-uploaded");
        Files.deleteIfExists(framework);

        admin.navigate(url("/admin/job-profiles"));
        admin.locator("#new-job-profile").click();
        admin.locator("#job-profile-key input").fill("tugispetsialist");
        admin.locator("#job-profile-name input").fill("Tugispetsialist");
        admin.locator("#job-profile-create").click();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Tugispetsialist",
                new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        BrowserSession.screenshot(admin, "journey-3-job-profile");

        String jaanLogin = "jaan." + suffix + "@pohjala.example";
        admin.navigate(url("/admin/accounts"));
        admin.locator("#invite").click();
        admin.locator("#invite-person input").fill("Jaan");
        admin.locator("vaadin-combo-box-item").getByText("Jaan Kask").first().click();
        admin.locator("#invite-login input").fill(jaanLogin);
        admin.locator("#invite-send").click();
        Locator jaanLink = admin.locator(".sb-one-time-link input");
        jaanLink.waitFor();
        assertThat(jaanLink.inputValue()).contains("/password/");
        BrowserSession.screenshot(admin, "journey-3-accounts-invitation");
        admin.keyboard().press("Escape");
        assertThat(admin.locator("vaadin-grid-cell-content").getByText(jaanLogin,
                new Locator.GetByTextOptions().setExact(true))).isVisible();
        BrowserSession.screenshot(admin, "journey-3-accounts");

        // 4. the lead signs in from her invitation and sees her team's heatmap
        Page lead = browser.newPage();
        choosePassword(lead, leadLink, "neli punast õuna ja kass");
        BrowserSession.signIn(lead, port, leadLogin, "neli punast õuna ja kass");
        lead.navigate(url("/heatmap"));
        assertThat(lead.locator("vaadin-select-item[selected]", new Page.LocatorOptions().setHasText("Tugi Tallinn")))
                .not().hasCount(0); // her team, chosen on the heatmap
        lead.locator("sb-heatmap[data-rendered]").waitFor();
        assertThat(lead.locator("sb-heatmap [role=gridcell][aria-label^=\"Piret Kuusk, CEXP\"]")).not().hasCount(0);
        assertThat(lead.locator(".sb-refusal")).hasCount(0);
        BrowserSession.screenshot(lead, "journey-4-lead-heatmap");
        lead.locator("sb-heatmap [role=gridcell][aria-label^=\"Piret Kuusk, CEXP\"]").first().click();
        lead.locator("#cell-assess").click();
        lead.locator("#assess-save").click();
        assertThat(lead.locator(".sb-assess .sb-problem")).hasText("Vali tase."); // refused, in Estonian
        lead.locator(".sb-assess vaadin-radio-button").first().click();
        lead.locator("#assess-save").click();
        assertThat(lead.locator("vaadin-notification-card").getByText("Hinnang salvestatud")).isVisible();
        BrowserSession.screenshot(lead, "journey-4-lead-assessed");

        // 5. the member, signed in before the change, is a lead at her next request
        Page member = browser.newPage();
        choosePassword(member, memberLink, "viis valget pilve taevas");
        BrowserSession.signIn(member, port, memberLogin, "viis valget pilve taevas");
        member.locator("h2").first().waitFor();
        assertThat(member.locator("vaadin-card", new Page.LocatorOptions().setHasText("Tugi Tallinn")))
                .hasCount(0); // a member: her start page shows no team to lead
        member.navigate(url("/heatmap"));
        member.locator("sb-heatmap[data-rendered]").waitFor();
        member.locator("sb-heatmap [role=gridcell][aria-label^=\"Piret Kuusk, CEXP\"]").first().click();
        member.locator("#cell-assess").click();
        member.locator(".sb-assess vaadin-radio-button").first().click();
        member.locator("#assess-save").click();
        assertThat(member.locator("vaadin-notification-card").getByText("Hinnang salvestatud")).isVisible();
        BrowserSession.screenshot(member, "journey-5-member-self-assessed");
        member.navigate(url("/heatmap/trend"));
        assertThat(member.locator(".sb-refusal")).isVisible();
        member.navigate(url("/heatmap"));
        member.locator("sb-heatmap[data-rendered]").waitFor();
        admin.navigate(url("/admin/teams"));
        admin.locator("#team-people-arendus-tartu").click();
        admin.locator("#team-candidate input").fill("Piret");
        admin.locator("vaadin-combo-box-item").getByText("Piret Kuusk").first().click();
        admin.locator("#team-role").click();
        admin.locator("vaadin-select-item[value='1'] >> visible=true").click(); // LEAD, the first role
        admin.locator("#team-add").click();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Piret Kuusk")).not().hasCount(0);
        BrowserSession.screenshot(admin, "journey-5-member-made-lead");
        admin.keyboard().press("Escape");
        member.locator("vaadin-side-nav-item").first().click(); // her next click: the start page
        assertThat(member.locator("vaadin-card", new Page.LocatorOptions().setHasText("Arendus Tartu")))
                .isVisible(); // the team she now leads
        BrowserSession.screenshot(member, "journey-5-new-lead-start");
        member.navigate(url("/heatmap/trend"));
        assertThat(member.locator("#trend")).isVisible();
        assertThat(member.locator(".sb-refusal")).hasCount(0);
        BrowserSession.screenshot(member, "journey-5-new-lead-trend");

        // every change above is in the tenant's audit log
        admin.navigate(url("/admin/audit"));
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Kadri Saar").first()).isVisible();
        BrowserSession.screenshot(admin, "journey-5-audit-log");

        // on a phone, the accounts page still reads
        admin.setViewportSize(390, 844);
        admin.navigate(url("/admin/accounts"));
        assertThat(admin.locator("#invite")).isVisible();
        BrowserSession.screenshot(admin, "journey-5-accounts-phone");
        admin.navigate(url("/account/password"));
        BrowserSession.screenshot(admin, "journey-5-my-password-phone");
        admin.setViewportSize(1280, 800);

        // 6. the platform admin suspends the tenant, confirming first; the admin's open session ends
        platform.navigate(url("/platform/tenants"));
        platform.locator("#suspend-" + slug).click();
        platform.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(platform.locator("#resume-" + slug)).isVisible();
        BrowserSession.screenshot(platform, "journey-6-suspended");
        platform.navigate(url("/platform/audit"));
        assertThat(platform.locator("vaadin-grid-cell-content").getByText("Põhjala").first()).isVisible();
        BrowserSession.screenshot(platform, "journey-6-platform-audit-log");
        admin.locator("vaadin-side-nav-item").first().click();
        assertThat(admin).hasURL(Pattern.compile(".*/login\\?error=ended$"));
        assertThat(admin.getByText("Your session has ended")).isVisible(); // her browser speaks English
        assertThat(admin.locator("vaadin-login-form")).isVisible();
        BrowserSession.screenshot(admin, "journey-6-admin-signed-out");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void choosePassword(Page page, String link, String password) {
        page.navigate(link);
        page.locator("#password-new input").fill(password);
        page.locator("#password-repeat input").fill(password);
        page.locator("#password-save").click();
        assertThat(page.locator("a[href=login]")).isVisible();
    }

    private static void createTeam(Page page, String name, String key) throws Exception {
        page.locator("#new-team").click();
        page.locator("#team-name input").fill(name);
        page.locator("#team-name input").press("Tab");
        assertThat(page.locator("#team-key input")).hasValue(key); // suggested from the name
        page.locator("#team-create").click();
        page.locator("#team-people-" + key).waitFor();
    }

    private static void createPerson(Page page, String name, String key, String jobTitle) throws Exception {
        page.locator("#new-person").click();
        page.locator("#person-name input").fill(name);
        page.locator("#person-name input").press("Tab");
        assertThat(page.locator("#person-key input")).hasValue(key); // suggested from the name
        page.locator("#person-job-title input").fill(jobTitle);
        page.locator("#person-save").click();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(name, new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
    }

    private static String linkAfter(List<String> cells, String login) {
        int at = cells.indexOf(login);
        assertThat(at).as("the invitation of " + login).isNotNegative();
        String link = cells.get(at + 1);
        assertThat(link).contains("/password/");
        return link;
    }

    /** The onboarding workbook as an HR person would fill it: sheets and headers by their keys. */
    private static Path onboardingWorkbook(List<String[]> people) throws Exception {
        Path file = Files.createTempFile("pohjala-inimesed", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("teams").createRow(0).createCell(0).setCellValue("key");
            workbook.getSheet("teams").getRow(0).createCell(1).setCellValue("name");
            Sheet sheet = workbook.createSheet("people");
            String[] header = {"key", "full-name", "email", "job-title", "team", "role", "login"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < people.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = people.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
