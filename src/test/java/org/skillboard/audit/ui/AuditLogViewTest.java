package org.skillboard.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.skillboard.base.AdminChange;
import org.skillboard.base.AdminChange.Kind;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log's pages: a Polish tenant admin filters her tenant's log and exports it; nobody else gets in. */
@SkillboardTest
class AuditLogViewTest extends SignedInViewTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_polish_admin_reads_her_log_in_polish_filters_it_by_kind_and_exports_the_filtered_entries()
            throws IOException {
        FreshTenant tenant = tenants.tenant("audit-view").locale("pl-PL").load();
        tenant.signInAs("admin");
        committed(AdminChange.of(Kind.TEAM, "created", "Gdańsk", null, "Gdańsk"));
        committed(AdminChange.of(Kind.PERSON, "moved", "=HYPERLINK(\"http://evil.example\")", "Alfa", "Gdańsk"));
        committed(AdminChange.of(Kind.TEAM, "renamed", "Gdańsk", "Gdańsk", "Gdańsk Północ"));
        signInAs(tenant, "admin");

        AuditLogView view = navigate(AuditLogView.class);

        assertThat(count()).isEqualTo("3 wpisy");
        assertThat(rows(grid())).containsExactly(
                List.of("Admin of " + tenant.slug(), "Zespół", "Zmiana nazwy", "Gdańsk", "Gdańsk → Gdańsk Północ"),
                List.of("Admin of " + tenant.slug(), "Osoba", "Przeniesienie", "=HYPERLINK(\"http://evil.example\")",
                        "Alfa → Gdańsk"),
                List.of("Admin of " + tenant.slug(), "Zespół", "Utworzenie", "Gdańsk", "→ Gdańsk"));

        test(kind()).selectItem("Zespół");

        assertThat(count()).isEqualTo("2 wpisy");
        assertThat(rows(grid())).extracting(row -> row.get(2)).containsExactly("Zmiana nazwy", "Utworzenie");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        assertThat(view.writeExport(file)).isEqualTo(2);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Dziennik audytu");
            assertThat(texts(sheet.getRow(1))).containsExactly("Kiedy (UTC)", "Kto", "Login", "Rodzaj", "Czynność",
                    "Obiekt", "Przed", "Po");
            assertThat(texts(sheet.getRow(2))).containsExactly("", "Admin of " + tenant.slug(), tenant.login("admin"),
                    "Zespół", "Zmiana nazwy", "Gdańsk", "Gdańsk", "Gdańsk Północ");
            assertThat(texts(sheet.getRow(3))).contains("Utworzenie");
            assertThat(sheet.getRow(4)).as("only the filtered entries").isNull();
        }
    }

    @Test
    void the_export_writes_a_subject_that_looks_like_a_formula_as_text() throws IOException {
        FreshTenant tenant = tenants.newTenant("audit-formula");
        tenant.signInAs("admin");
        committed(AdminChange.of(Kind.PERSON, "changed", "=1+1", "@SUM(A1)", "-2"));
        signInAs(tenant, "admin");

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        navigate(AuditLogView.class).writeExport(file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Row row = workbook.getSheetAt(0).getRow(2);
            for (int column = 5; column <= 7; column++) {
                assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.STRING);
            }
            assertThat(texts(row).subList(5, 8)).containsExactly("'=1+1", "'@SUM(A1)", "'-2");
        }
    }

    @Test
    void a_member_cannot_open_the_audit_log_even_by_url() {
        signInAs(tenants.newTenant("audit-member"), "member");

        navigate("admin/audit", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    void the_platform_admin_sees_platform_actions_with_the_tenant_they_concern(@Autowired UserDetailsService users,
            @Autowired TenantService tenantService, @Autowired TenantTransactions tenantTransactions) {
        FreshTenant tenant = tenants.newTenant("audit-platform");
        String marker = "Suspended " + TestTenants.newSlug("marker");
        SignIn.as(users, "platform-admin");
        long tenantId = tenantService.findBySlug(tenant.slug()).id();
        tenantTransactions.acrossTenants(() -> {
            events.publishEvent(AdminChange.onTenant(tenantId, Kind.TENANT, "suspended", marker, "ACTIVE",
                    "SUSPENDED"));
            return null;
        });
        cleanVaadinEnvironment();
        initVaadinEnvironment();

        navigate(PlatformAuditView.class);
        test($(TextField.class).all().get(1)).setValue(marker);

        assertThat(rows(grid())).containsExactly(List.of("Platform administrator", tenant.name(), "Tenant",
                "Suspended", marker, "ACTIVE → SUSPENDED"));
    }

    private String count() {
        return $(Span.class).withClassName("sb-audit-count").single().getText();
    }

    private Grid<?> grid() {
        return $(Grid.class).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AdminChange.Kind> kind() {
        return $(ComboBox.class).single();
    }

    private void committed(AdminChange change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(change));
    }

    /** Every row as its cells' texts, without the time. */
    private List<List<String>> rows(Grid<?> grid) {
        int columns = grid.getColumns().size();
        return IntStream.range(0, test(grid).size()).mapToObj(row -> IntStream.range(1, columns)
                .mapToObj(column -> test(grid).getCellText(row, column)).toList()).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return texts;
    }
}
