package org.skillboard.maturity.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.UnitResult;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.people.PeopleService;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.skillboard.testsupport.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The CX maturity worksheet as Excel: filled in offline and read back into the worksheet, with
 * every problem by cell and nothing stored; and a unit's result with a native radar chart.
 *
 * <p>The worksheet sheet of the test model: header in row 5, the dimensions feedback, ownership
 * and metrics in rows 6 to 8 (today in D, in five years in E), the ambition in C14, the critical
 * changes in rows 17 to 19 (description C, owner D, due date E).
 */
@SkillboardTest
class MaturitySheetsTest {

    static final String MODEL = "maturity";
    static final Locale EN = Locale.ENGLISH;
    static final LocalDate TODAY = TestClock.TODAY;
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    static final Texts TEXTS = Texts.of(ENGLISH::getString, Locale.ENGLISH);
    static final String WORKSHEET = "Worksheet";

    static String a;
    static String b;
    static MaturityUnit alpha;
    static MaturityUnit beta;
    static MaturityUnit alphaOfB;

    @Autowired
    MaturitySheets sheets;
    @Autowired
    MaturityService maturity;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired UserDetailsService users,
            @Autowired PeopleService people) {
        a = tenants.newMaturityTenant("mxl-a").slug();
        b = tenants.newMaturityTenant("mxl-b").slug();
        SignIn.as(users, TestTenants.login("admin", a));
        Map<String, Long> teams = new HashMap<>();
        people.visibleTeams().forEach(team -> teams.put(team.key(), team.id()));
        alpha = MaturityUnit.team(teams.get("alpha"));
        beta = MaturityUnit.team(teams.get("beta"));
        SignIn.as(users, TestTenants.login("admin", b));
        alphaOfB = MaturityUnit.team(people.visibleTeams().stream().filter(team -> team.key().equals("alpha"))
                .findFirst().orElseThrow().id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String who, String slug) {
        SignIn.as(users, TestTenants.login(who, slug));
    }

    @Test
    void a_lead_fills_in_her_teams_worksheet_offline_and_completes_it_from_the_sheet() throws IOException {
        signIn("lead", a);
        maturity.saveDraft(MODEL, alpha, new WorksheetAnswers(TODAY, Map.of("feedback",
                new WorksheetAnswers.Choice("2", "4")), "Started on paper", List.of()));
        byte[] template = template(alpha);

        try (XSSFWorkbook workbook = open(template)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(text(workbook.getSheet("Instructions"))).contains("Fill in the sheet “Worksheet”")
                    .as("the model's own steps, in its words").contains("1. Read the levels.");
            XSSFSheet sheet = workbook.getSheet(WORKSHEET);
            assertThat(List.of(cell(sheet, "A6"), cell(sheet, "A7"), cell(sheet, "A8")))
                    .containsExactly("feedback", "ownership", "metrics");
            assertThat(cell(sheet, "B7")).isEqualTo("Ownership");
            assertThat(cell(sheet, "C7")).isEqualTo("Who owns customer experience.");
            assertThat(cell(sheet, "D5")).isEqualTo("Today");
            assertThat(cell(sheet, "H6")).as("the levels named beside the answers").isEqualTo("Ignoring (way 1)");
            assertThat(cell(sheet, "D6")).as("the saved draft, filled in").isEqualTo("2");
            assertThat(cell(sheet, "E6")).isEqualTo("4");
            assertThat(cell(sheet, "C14")).isEqualTo("Started on paper");
            DataValidation levels = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType()
                            == DataValidationConstraint.ValidationType.LIST).findFirst().orElseThrow();
            assertThat(levels.getValidationConstraint().getExplicitListValues())
                    .containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(levels.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D6:E8");
            assertThat(levels.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(sheet.getProtect()).as("header rows locked").isTrue();
            assertThat(style(sheet, "D5").getLocked()).isTrue();
            assertThat(style(sheet, "A6").getLocked()).isTrue();
            assertThat(style(sheet, "D6").getLocked()).as("answer cells open").isFalse();
            assertThat(style(sheet, "C14").getLocked()).isFalse();
            assertThat(style(sheet, "E17").getLocked()).isFalse();
            assertThat(text(workbook.getSheet("Levels"))).contains("Managing customer experience the way of level 6.")
                    .contains("Practice 6");
            int keys = workbook.getSheetIndex(MaturityTemplate.KEY_SHEET);
            assertThat(workbook.isSheetHidden(keys)).isTrue();
            assertThat(cell(workbook.getSheetAt(keys), "B1")).isEqualTo("skillboard-maturity-worksheet");
        }

        LocalDate due = TODAY.plusMonths(6);
        byte[] filled = fill(template, sheet -> {
            set(sheet, "D6", 3);
            set(sheet, "D7", 1);
            set(sheet, "E7", 3);
            set(sheet, "D8", "3");
            set(sheet, "E8", 5);
            set(sheet, "C14", "We decide with the customer in the room.");
            set(sheet, "C17", "Appoint a CX owner");
            set(sheet, "D17", "Director");
            sheet.getRow(16).getCell(4).setCellValue(due);
            set(sheet, "C18", "=Map the complaint journey");
            set(sheet, "D18", "Quality lead");
            set(sheet, "E18", due.toString());
        }, "Mai 2026");

        WorksheetUpload read = sheets.read(MODEL, alpha, filled, TEXTS, EN);
        assertThat(read.problems()).isEmpty();
        assertThat(read.clean()).isTrue();
        assertThat(read.answers().assessedOn()).isEqualTo(TODAY);
        assertThat(read.answers().choices()).isEqualTo(Map.of("feedback", new WorksheetAnswers.Choice("3", "4"),
                "ownership", new WorksheetAnswers.Choice("1", "3"), "metrics", new WorksheetAnswers.Choice("3", "5")));
        assertThat(read.answers().ambition()).isEqualTo("We decide with the customer in the room.");
        assertThat(read.answers().changes()).containsExactly(
                new WorksheetAnswers.Change("Appoint a CX owner", "Director", due),
                new WorksheetAnswers.Change("=Map the complaint journey", "Quality lead", due));
        assertThat(maturity.result(MODEL, alpha, null, EN).assessed()).as("reading stores nothing").isFalse();

        maturity.complete(MODEL, alpha, read.answers());
        UnitResult result = maturity.result(MODEL, alpha, null, EN);
        assertThat(result.dimensions()).extracting(d -> d.today().median(), d -> d.target().median())
                .containsExactly(tuple(3.0, 4.0), tuple(1.0, 3.0), tuple(3.0, 5.0));
        assertThat(result.answers()).singleElement().satisfies(mine -> assertThat(mine.answers().changes())
                .extracting(WorksheetAnswers.Change::description)
                .containsExactly("Appoint a CX owner", "=Map the complaint journey"));
    }

    @Test
    void every_problem_of_a_filled_sheet_is_named_by_cell_and_nothing_is_stored() throws IOException {
        signIn("member", a);
        byte[] filled = fill(template(alpha), sheet -> {
            set(sheet, "D6", 9);
            set(sheet, "D7", 4);
            set(sheet, "E7", 2);
            set(sheet, "C17", "Ask every customer");
            set(sheet, "E17", "next spring");
            set(sheet, "C3", "15.13.2026");
        }, null);

        WorksheetUpload read = sheets.read(MODEL, alpha, filled, TEXTS, EN);
        assertThat(read.clean()).isFalse();
        assertThat(read.problems()).extracting(SheetProblem::sheet, SheetProblem::cell, SheetProblem::messageKey)
                .containsExactly(
                        tuple(WORKSHEET, "C3", "sheets.error.not-a-date"),
                        tuple(WORKSHEET, "D6", "maturity.error.unknown-level"),
                        tuple(WORKSHEET, "E7", "maturity.error.target-below-today"),
                        tuple(WORKSHEET, "E17", "sheets.error.not-a-date"));
        assertThat(read.problems().get(1).arguments()).containsExactly("9");
        assertThat(read.problems().get(3).arguments()).containsExactly("next spring");
        assertThat(maturity.worksheet(MODEL, alpha, EN).draft()).as("nothing stored").isFalse();
    }

    @Test
    void another_organisations_sheet_is_refused() throws IOException {
        signIn("lead", a);
        byte[] ofA = template(alpha);

        signIn("lead", b);
        WorksheetUpload read = sheets.read(MODEL, alphaOfB, ofA, TEXTS, EN);
        assertThat(read.answers()).isNull();
        assertThat(read.problems()).extracting(SheetProblem::sheet, SheetProblem::cell, SheetProblem::messageKey)
                .containsExactly(tuple(MaturityTemplate.KEY_SHEET, "B3", "sheets.error.other-organisation"));
        assertThat(maturity.worksheet(MODEL, alphaOfB, EN).draft()).isFalse();
    }

    @Test
    void a_sheet_for_a_unit_the_user_may_not_assess_or_for_another_unit_is_refused() throws IOException {
        signIn("lead", a);
        byte[] ofAlpha = template(alpha);

        signIn("lead2", a);
        WorksheetUpload notHers = sheets.read(MODEL, beta, ofAlpha, TEXTS, EN);
        assertThat(notHers.problems()).extracting(SheetProblem::sheet, SheetProblem::cell, SheetProblem::messageKey)
                .containsExactly(tuple(MaturityTemplate.KEY_SHEET, "B5", "maturity.sheet.error.not-your-unit"));
        assertThatThrownBy(() -> sheets.read(MODEL, alpha, ofAlpha, TEXTS, EN))
                .as("nor on the worksheet of a unit she may not assess").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sheets.template(MODEL, alpha, TEXTS, EN, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        signIn("other", a);
        WorksheetUpload otherUnit = sheets.read(MODEL, beta, ofAlpha, TEXTS, EN);
        assertThat(otherUnit.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("maturity.sheet.error.other-unit");
            assertThat(problem.arguments()).containsExactly("Alpha " + a, "Beta " + a);
        });
        assertThat(maturity.worksheet(MODEL, beta, EN).draft()).isFalse();
    }

    @Test
    void a_file_that_is_not_a_maturity_worksheet_is_refused() {
        signIn("lead", a);
        byte[] other = TestWorkbooks.sheet("Sheet1", new Object[] {"feedback", 3, 4});
        WorksheetUpload read = sheets.read(MODEL, alpha, other, TEXTS, EN);
        assertThat(read.problems()).extracting(SheetProblem::messageKey)
                .containsExactly("maturity.sheet.error.not-a-template");
    }

    @Test
    void a_units_result_goes_out_with_its_medians_and_a_native_radar_chart() throws IOException {
        signIn("lead2", a);
        maturity.complete(MODEL, beta, answers("4>6", "3>5", "2>4"));
        signIn("other", a);
        maturity.complete(MODEL, beta, answers("2>4", "3>4", "2>2"));

        signIn("lead2", a);
        try (XSSFWorkbook workbook = open(result(beta))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(cell(sheet, "A1")).isEqualTo("CX maturity: Beta " + a);
            assertThat(cell(sheet, "A4")).isEqualTo("Dimension");
            assertThat(cell(sheet, "B4")).isEqualTo("Today (median)");
            assertThat(List.of(cell(sheet, "A5"), cell(sheet, "A6"), cell(sheet, "A7")))
                    .containsExactly("Feedback", "Ownership", "Metrics");
            assertThat(numbers(sheet, "B5", "C5", "D5")).containsExactly(3.0, 5.0, 2.0);
            assertThat(numbers(sheet, "B6", "C6", "D6")).containsExactly(3.0, 4.5, 1.5);
            assertThat(numbers(sheet, "B7", "C7", "D7")).containsExactly(2.0, 3.0, 1.0);
            assertThat(cell(sheet, "E5")).isEqualTo("2–4");

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            String xml = charts.getFirst().getCTChartSpace().xmlText();
            assertThat(xml).contains("radarChart");
            assertThat(charts.getFirst().getCTChart().getPlotArea().getRadarChartArray()).singleElement()
                    .satisfies(radar -> assertThat(radar.getSerArray()).as("today and in five years").hasSize(2));
            assertThat(xml).contains("Today (median)").contains("In five years (median)");
            assertThat(charts.getFirst().getCTChart().getPlotArea().getValAxArray(0).getScaling().getMax()
                    .getVal()).isEqualTo(6.0);
        }

        signIn("member", a);
        assertThatThrownBy(() -> result(beta)).as("a member of alpha may not see beta")
                .isInstanceOf(AccessDeniedException.class);
        signIn("admin", b);
        assertThatThrownBy(() -> result(beta)).as("nor another organisation")
                .isInstanceOf(AccessDeniedException.class);
        try (XSSFWorkbook workbook = open(result(alphaOfB))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(cell(sheet, "A2")).as("b's alpha knows nothing of a's worksheets")
                    .contains("nobody has completed the worksheet");
            assertThat(sheet.getRow(4).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
        }
    }

    static WorksheetAnswers answers(String feedback, String ownership, String metrics) {
        return new WorksheetAnswers(TODAY, Map.of("feedback", choice(feedback), "ownership", choice(ownership),
                "metrics", choice(metrics)), "Customers shape what we build.", List.of(
                new WorksheetAnswers.Change("Name an owner", "Board", TODAY.plusMonths(6)),
                new WorksheetAnswers.Change("Measure NPS", "Quality team", TODAY.plusYears(1))));
    }

    static WorksheetAnswers.Choice choice(String text) {
        String[] levels = text.split(">");
        return new WorksheetAnswers.Choice(levels[0], levels[1]);
    }

    byte[] template(MaturityUnit unit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.template(MODEL, unit, TEXTS, EN, out);
        return out.toByteArray();
    }

    byte[] result(MaturityUnit unit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.result(MODEL, unit, null, TEXTS, EN, out);
        return out.toByteArray();
    }

    /** The template as a user fills it in a spreadsheet program, the worksheet renamed if {@code renamed} is set. */
    static byte[] fill(byte[] template, Consumer<XSSFSheet> edits, String renamed) {
        try (XSSFWorkbook workbook = open(template); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheet(WORKSHEET);
            edits.accept(sheet);
            if (renamed != null) {
                workbook.setSheetName(workbook.getSheetIndex(sheet), renamed);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static void set(XSSFSheet sheet, String reference, Object value) {
        CellReference at = new CellReference(reference);
        var row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        var cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** A cell as the user reads it: numbers without ".0", empty for no cell. */
    static String cell(XSSFSheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        var row = sheet.getRow(at.getRow());
        var cell = row == null ? null : row.getCell(at.getCol());
        return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }

    static org.apache.poi.ss.usermodel.CellStyle style(XSSFSheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        return sheet.getRow(at.getRow()).getCell(at.getCol()).getCellStyle();
    }

    static List<Double> numbers(XSSFSheet sheet, String... references) {
        return java.util.Arrays.stream(references).map(CellReference::new)
                .map(at -> sheet.getRow(at.getRow()).getCell(at.getCol()).getNumericCellValue()).toList();
    }

    static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
        return text.toString();
    }
}
