package org.skillboard.heatmap.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Exporting to Excel: the heatmap as the user sees it, and the assessment history, as each role may. */
@SkillboardTest
class HeatmapExportTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final LocalDate TODAY = TestClock.TODAY;
    static String a;
    static String b;
    static long alpha;
    static long beta;
    static long member;
    static long nologin;

    @Autowired
    HeatmapService heatmaps;
    @Autowired
    UserDetailsService users;
    @Autowired
    I18NProvider i18n;

    /**
     * Tenant a, team alpha: the member's own target is CSMG 5 (her job profile "agent" needs 3, as does
     * nologin's). The lead assessed the member at CSMG 2 a year ago and 4 last month (with evidence that
     * looks like a formula), nologin at CEXP 3 three years ago (stale) and CSMG 5 today; the member rates
     * herself 5 in CEXP. Tenant b has one assessment of its own.
     */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired PeopleService people,
            @Autowired UserDetailsService users, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        a = tenants.newSkillsTenant("hx-a").slug();
        b = tenants.newSkillsTenant("hx-b").slug();
        member = tenants.personId(a, "member");
        nologin = tenants.personId(a, "nologin");
        long otherInB = tenants.personId(b, "other");
        SignIn.as(users, TestTenants.login("admin", a));
        Map<String, Long> teams = new HashMap<>();
        people.myTeams().forEach(team -> teams.put(team.key(), team.id()));
        alpha = teams.get("alpha");
        beta = teams.get("beta");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(nologin, agent.id());
        jobProfiles.setTarget(member, CSMG, "5");
        SignIn.as(users, TestTenants.login("lead", a));
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "2", null, TODAY.minusYears(1),
                null));
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "4",
                "=HYPERLINK(\"http://evil.example\",\"open\")", TODAY.minusMonths(1), null));
        recording.record(new NewAssessment(nologin, CEXP, AssessmentKind.MANAGER, "3", "@SUM(A1)",
                TODAY.minusYears(3), null));
        recording.record(NewAssessment.today(nologin, CSMG, AssessmentKind.MANAGER, "5", "-1 for now"));
        SignIn.as(users, TestTenants.login("member", a));
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "5", "+ shadowed a senior"));
        SignIn.as(users, TestTenants.login("lead2", b));
        recording.record(NewAssessment.today(otherInB, CSMG, AssessmentKind.MANAGER, "3", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void team_lead_exports_her_teams_heatmap_with_the_screens_colours_frozen_panes_and_legend() throws Exception {
        SignIn.as(users, TestTenants.login("lead", a));

        try (XSSFWorkbook workbook = heatmap(HeatmapQuery.team(alpha), HeatmapPayload.Mode.LEVEL)) {
            assertThat(names(workbook)).containsExactly("Alpha " + a, "Legend");
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("Skills heatmap: Alpha " + a);
            assertThat(text(sheet, 1, 0)).contains("Framework: All", "Colour by: Level", "Exported on");
            int codes = 4;
            int csmg = column(sheet, codes, "CSMG");
            int cexp = column(sheet, codes, "CEXP");
            assertThat(text(sheet, 2, Math.min(csmg, cexp))).as("one merged cell per framework")
                    .isEqualTo("Skills test framework");
            assertThat(sheet.getMergedRegions()).isNotEmpty();
            assertThat(sheet.getCellComment(new CellAddress(codes, csmg)).getString().getString())
                    .contains("CSMG · Customer service support");
            assertThat(text(sheet, codes + 1, 0)).isEqualTo("Average");
            assertThat(text(sheet, codes + 4, 0)).isEqualTo("At needed level");
            assertThat(fill(sheet.getRow(codes + 4).getCell(csmg))).as("only one person is at CSMG 5")
                    .isEqualTo(HeatmapColours.FLAG);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).as("name columns frozen")
                    .isEqualTo((short) 2);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("header and summary rows frozen")
                    .isEqualTo((short) (codes + 5));

            Row memberRow = row(sheet, "Member " + a);
            Cell memberCsmg = memberRow.getCell(csmg);
            assertThat(memberCsmg.getNumericCellValue()).isEqualTo(4);
            assertThat(fill(memberCsmg)).as("level 4 of the 7-level scale, as the screen colours it")
                    .isEqualTo(HeatmapColours.level(0.5)).isEqualTo("#2498c1");
            Cell memberCexp = memberRow.getCell(cexp);
            assertThat(fill(memberCexp)).isEqualTo(HeatmapColours.level(4 / 6.0));
            assertThat(workbook.getFontAt(memberCexp.getCellStyle().getFontIndex()).getItalic())
                    .as("self-assessment only").isTrue();
            Row nologinRow = row(sheet, "No login " + a);
            assertThat(nologinRow.getCell(cexp).getCellStyle().getBorderTop()).as("stale").isEqualTo(
                    BorderStyle.DASHED);
            Cell leadCsmg = row(sheet, "Lead " + a).getCell(csmg);
            assertThat(leadCsmg.getStringCellValue()).isEqualTo("–");
            assertThat(leadCsmg.getCellStyle().getFillPattern()).as("empty cells are striped")
                    .isEqualTo(FillPatternType.THIN_FORWARD_DIAG);
            assertThat(text(sheet, memberRow.getRowNum(), 1)).isEqualTo("Agent");

            Sheet legend = workbook.getSheet("Legend");
            Map<String, Row> meanings = meanings(legend);
            assertThat(meanings).containsKeys("Enable", "Not assessed", "Stale", "Self-assessment only",
                    "Customer service support");
            assertThat(fill(meanings.get("Enable").getCell(0))).isEqualTo(HeatmapColours.level(0.5));
            assertThat(meanings.get("Enable").getCell(0).getNumericCellValue()).isEqualTo(4);
            assertThat(meanings.get("Not assessed").getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.THIN_FORWARD_DIAG);
        }
    }

    @Test
    void gap_colouring_in_the_export_follows_the_screen() throws Exception {
        SignIn.as(users, TestTenants.login("lead", a));

        try (XSSFWorkbook workbook = heatmap(HeatmapQuery.team(alpha), HeatmapPayload.Mode.GAP)) {
            Sheet sheet = workbook.getSheetAt(0);
            int csmg = column(sheet, 4, "CSMG");
            int cexp = column(sheet, 4, "CEXP");
            Cell below = row(sheet, "Member " + a).getCell(csmg);
            assertThat(below.getStringCellValue()).as("level 4, her own target 5").isEqualTo("4 −1");
            assertThat(fill(below)).isEqualTo(HeatmapColours.BELOW_1).isEqualTo("#f8d49a");
            Cell above = row(sheet, "No login " + a).getCell(csmg);
            assertThat(above.getStringCellValue()).as("level 5, the profile's target 3").isEqualTo("5 +2");
            assertThat(fill(above)).isEqualTo(HeatmapColours.ABOVE_2);
            assertThat(workbook.getFontAt(above.getCellStyle().getFontIndex()).getXSSFColor().getARGBHex())
                    .as("white text on dark blue").isEqualTo("FFFFFFFF");
            Cell noTarget = row(sheet, "Member " + a).getCell(cexp);
            assertThat(noTarget.getNumericCellValue()).isEqualTo(5);
            assertThat(fill(noTarget)).isEqualTo(HeatmapColours.NO_TARGET);

            Map<String, Row> meanings = meanings(workbook.getSheet("Legend"));
            assertThat(meanings).containsKeys("Below target", "At target", "Above target", "No target");
            assertThat(fill(meanings.get("At target").getCell(0))).isEqualTo(HeatmapColours.AT);
        }
        try (XSSFWorkbook onlyGaps = heatmap(HeatmapQuery.team(alpha).withFilters(null, null, null, true),
                HeatmapPayload.Mode.GAP)) {
            Sheet sheet = onlyGaps.getSheetAt(0);
            assertThat(people(sheet)).as("filters apply as on screen").containsExactly("Member " + a);
            assertThat(text(sheet, 1, 0)).contains("Only people with gaps");
        }
    }

    @Test
    void a_members_export_has_only_her_own_row() throws Exception {
        SignIn.as(users, TestTenants.login("member", a));

        try (XSSFWorkbook workbook = heatmap(HeatmapQuery.team(alpha), HeatmapPayload.Mode.LEVEL)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("My skills");
            assertThat(people(sheet)).containsExactly("Member " + a);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("no summary for a single row")
                    .isEqualTo((short) 5);
        }
        List<HistoryLine> lines = history(alpha);
        assertThat(lines).extracting(HistoryLine::personKey).containsOnly("member").hasSize(3);
    }

    @Test
    void a_lead_cannot_export_another_team_and_a_tenant_never_sees_another_tenants_rows() {
        SignIn.as(users, TestTenants.login("lead", a));
        assertThatThrownBy(() -> heatmaps.heatmapExport(HeatmapQuery.team(beta)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history(beta)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", b));
        assertThatThrownBy(() -> history(alpha)).isInstanceOf(AccessDeniedException.class);
        List<HistoryLine> wholeB = history(null);
        assertThat(wholeB).singleElement().satisfies(line -> {
            assertThat(line.personName()).isEqualTo("Other member " + b);
            assertThat(line.assessorName()).isEqualTo("Second lead " + b);
        });

        SignIn.as(users, TestTenants.login("admin", a));
        assertThat(history(null)).as("the whole tenant for its admin").hasSize(5)
                .allSatisfy(line -> assertThat(line.personName()).endsWith(a));
    }

    @Test
    void team_lead_exports_her_teams_assessment_history_oldest_first() throws Exception {
        SignIn.as(users, TestTenants.login("lead", a));

        List<HistoryLine> lines = history(alpha);

        assertThat(lines).extracting(HistoryLine::assessedOn).isSorted().first().isEqualTo(TODAY.minusYears(3));
        assertThat(lines).hasSize(5);
        HistoryLine four = lines.stream().filter(line -> "4".equals(line.levelCode())).findFirst().orElseThrow();
        assertThat(four).satisfies(line -> {
            assertThat(line.personKey()).isEqualTo("member");
            assertThat(line.personName()).isEqualTo("Member " + a);
            assertThat(line.family()).isEqualTo("skills");
            assertThat(line.itemCode()).isEqualTo("CSMG");
            assertThat(line.itemName()).isEqualTo("Customer service support");
            assertThat(line.kind()).isEqualTo(AssessmentKind.MANAGER);
            assertThat(line.assessorName()).isEqualTo("Lead " + a);
        });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = HeatmapWorkbook.writeHistory(sink -> heatmaps.assessmentHistory(alpha, sink), texts(),
                Locale.ENGLISH, out);
        assertThat(written).isEqualTo(5);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            HeatmapWorkbookTest.assertNoFormulas(workbook);
            Sheet sheet = workbook.getSheet("History");
            assertThat(text(sheet, 0, 0)).startsWith("Assessment history: Alpha " + a);
            assertThat(text(sheet, 1, 0)).isEqualTo("Person key");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            List<String> evidence = new ArrayList<>();
            for (int r = 2; r <= 6; r++) {
                Cell cell = sheet.getRow(r).getCell(10);
                if (cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    evidence.add(cell.getStringCellValue());
                }
            }
            assertThat(evidence).as("text that looks like a formula is neutralised").contains(
                    "'=HYPERLINK(\"http://evil.example\",\"open\")", "'@SUM(A1)", "'-1 for now",
                    "'+ shadowed a senior");
            assertThat(sheet.getRow(2).getCell(7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(TODAY.minusYears(3));
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Manager");
        }
    }

    private XSSFWorkbook heatmap(HeatmapQuery query, HeatmapPayload.Mode mode) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHeatmap(heatmaps.heatmapExport(query), mode, texts(), Locale.ENGLISH, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private List<HistoryLine> history(Long teamId) {
        List<HistoryLine> lines = new ArrayList<>();
        heatmaps.assessmentHistory(teamId, new HistorySink() {
            @Override
            public void start(String teamName, LocalDate madeOn) {
            }

            @Override
            public void line(HistoryLine line) {
                lines.add(line);
            }
        });
        return lines;
    }

    private Texts texts() {
        return Texts.of(key -> i18n.getTranslation(key, Locale.ENGLISH));
    }

    private static List<String> names(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static int column(Sheet sheet, int row, String code) {
        for (Cell cell : sheet.getRow(row)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(code)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(code);
    }

    private static Row row(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name);
    }

    /** The names in the person rows, below the frozen header. */
    private static List<String> people(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (int r = sheet.getPaneInformation().getHorizontalSplitTopRow(); r <= sheet.getLastRowNum(); r++) {
            names.add(text(sheet, r, 0));
        }
        return names;
    }

    /** The legend's rows by the text that explains them. */
    private static Map<String, Row> meanings(Sheet legend) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : legend) {
            Cell meaning = row.getCell(1);
            if (meaning != null && meaning.getCellType() == CellType.STRING) {
                rows.putIfAbsent(meaning.getStringCellValue(), row);
            }
        }
        return rows;
    }

    private static String fill(Cell cell) {
        XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        byte[] rgb = colour.getRGB();
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
    }
}
