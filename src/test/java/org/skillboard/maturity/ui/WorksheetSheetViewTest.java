package org.skillboard.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.sheets.MaturitySheets;
import org.skillboard.people.PeopleService;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The worksheet filled from a sheet on the screen: the form takes the answers, or shows the problems by cell. */
@SkillboardTest
class WorksheetSheetViewTest extends SpringBrowserlessTest {

    static final String MODEL = "maturity";
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    static final Texts TEXTS = Texts.of(ENGLISH::getString, Locale.ENGLISH);
    static String a;
    static MaturityUnit alpha;

    @Autowired
    UserDetailsService users;
    @Autowired
    MaturitySheets sheets;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired UserDetailsService users,
            @Autowired PeopleService people) {
        a = tenants.newMaturityTenant("mxv").slug();
        SignIn.as(users, TestTenants.login("admin", a));
        alpha = MaturityUnit.team(people.visibleTeams().stream().filter(team -> team.key().equals("alpha"))
                .findFirst().orElseThrow().id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_filled_sheet_fills_the_form_and_the_lead_completes_it() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView view = (WorksheetView) getCurrentView();
        assertThat(anchorTexts()).contains("Download as sheet");
        LocalDate due = TestClock.TODAY.plusMonths(3);

        view.received("alpha.xlsx", filled(sheet -> {
            set(sheet, "D6", 2);
            set(sheet, "E6", 4);
            set(sheet, "D7", 1);
            set(sheet, "E7", 3);
            set(sheet, "D8", 3);
            set(sheet, "E8", 5);
            set(sheet, "C14", "Customers in every decision.");
            set(sheet, "C17", "Appoint a CX owner");
            set(sheet, "D17", "Director");
            set(sheet, "E17", due.toString());
            set(sheet, "C18", "Map the complaint journey");
            set(sheet, "D18", "Quality lead");
            set(sheet, "E18", due.toString());
        }));

        assertThat(view.uploadProblems()).isEmpty();
        assertThat(view.todayFields().get("feedback").getValue().code()).isEqualTo("2");
        assertThat(view.targetFields().get("metrics").getValue().code()).isEqualTo("5");
        assertThat(view.ambitionField().getValue()).isEqualTo("Customers in every decision.");
        assertThat(view.changeFields().get(1).owner().getValue()).isEqualTo("Quality lead");
        assertThat(view.changeFields().get(1).due().getValue()).isEqualTo(due);

        test(button("Complete the worksheet")).click();
        MaturityUnitView unit = (MaturityUnitView) getCurrentView();
        assertThat(unit.radar().getData().series().get(0).values()).containsExactly(2.0, 1.0, 3.0);
        assertThat(anchorTexts()).contains("Download as Excel", "Download as sheet");
    }

    @Test
    void a_sheet_with_problems_fills_nothing_and_shows_them_by_cell() throws IOException {
        SignIn.as(users, TestTenants.login("member", a));
        UI.getCurrent().navigate(WorksheetView.class, MaturityUnitView.parameters(MODEL, alpha));
        WorksheetView view = (WorksheetView) getCurrentView();

        view.received("alpha.xlsx", filled(sheet -> {
            set(sheet, "D6", 3);
            set(sheet, "D7", "7");
        }));

        assertThat(view.uploadProblems()).extracting(SheetProblem::cell, SheetProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("D7", "maturity.error.unknown-level"));
        assertThat(view.todayFields().get("feedback").getValue()).as("nothing filled in").isNull();
    }

    @Test
    void a_member_downloads_her_teams_result_but_no_organisation_worksheet() {
        SignIn.as(users, TestTenants.login("member", a));
        UI.getCurrent().navigate(MaturityUnitView.class, MaturityUnitView.parameters(MODEL,
                MaturityUnit.ORGANISATION));
        assertThat(anchorTexts()).contains("Download as Excel").as("she does not assess the organisation")
                .doesNotContain("Download as sheet");
    }

    /** The signed-in user's template for alpha, filled in as in a spreadsheet program. */
    private byte[] filled(Consumer<XSSFSheet> edits) throws IOException {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        sheets.template(MODEL, alpha, TEXTS, Locale.ENGLISH, template);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edits.accept(workbook.getSheet("Worksheet"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void set(XSSFSheet sheet, String reference, Object value) {
        CellReference at = new CellReference(reference);
        Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private List<String> anchorTexts() {
        return $(Anchor.class).all().stream().filter(Anchor::isVisible).map(Anchor::getText).toList();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
