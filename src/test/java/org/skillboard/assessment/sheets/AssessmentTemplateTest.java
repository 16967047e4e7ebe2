package org.skillboard.assessment.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A team lead downloads her team's template, fills it in offline and uploads it again. */
@SkillboardTest
class AssessmentTemplateTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    static final Texts TEXTS = Texts.of(ENGLISH::getString, Locale.ENGLISH);
    static String a;
    static String b;
    static long alpha;
    static long member;

    @Autowired
    AssessmentUploads uploads;
    @Autowired
    AssessmentReads reads;
    @Autowired
    UserDetailsService users;

    /** In team alpha the lead has assessed the member at CEXP 3. */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired PeopleService people,
            @Autowired UserDetailsService users, @Autowired AssessmentRecording recording) {
        a = tenants.newSkillsTenant("tpl-a").slug();
        b = tenants.newSkillsTenant("tpl-b").slug();
        member = tenants.personId(a, "member");
        SignIn.as(users, TestTenants.login("lead", a));
        alpha = people.myTeams().stream().filter(team -> team.key().equals("alpha")).findFirst().orElseThrow().id();
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.MANAGER, "3", null));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_template_offers_only_each_skills_levels_and_keeps_its_keys_hidden() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(alpha)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            XSSFSheet skills = workbook.getSheet("Skills test framework");
            assertThat(skills.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Person key");
            assertThat(skills.getRow(0).getCell(2).getStringCellValue()).isEqualTo("CEXP");
            assertThat(skills.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Customer experience");
            assertThat(rowOf(skills, "member").getCell(2).getStringCellValue()).as("the current level")
                    .isEqualTo("3");
            assertThat(rowOf(skills, "lead") == null).as("a lead does not assess herself").isTrue();

            List<String> cexpLevels = skills.getDataValidations().stream()
                    .filter(validation -> validation.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .map(DataValidation::getValidationConstraint)
                    .flatMap(constraint -> List.of(constraint.getExplicitListValues()).stream()).toList();
            assertThat(cexpLevels).containsExactly("2", "3", "4", "5", "6");
            assertThat(skills.getProtect()).as("header rows locked").isTrue();
            assertThat(skills.getRow(0).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(rowOf(skills, "member").getCell(2).getCellStyle().getLocked()).as("level cells open")
                    .isFalse();
            assertThat(skills.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);

            int keys = workbook.getSheetIndex(AssessmentTemplate.KEY_SHEET);
            assertThat(workbook.isSheetHidden(keys)).isTrue();
        }
    }

    @Test
    void a_filled_template_uploads_what_changed_even_with_the_sheet_renamed() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(alpha)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet skills = workbook.getSheet("Skills test framework");
            rowOf(skills, "member").getCell(2).setCellValue(4);
            rowOf(skills, "nologin").getCell(3).setCellValue(" 2 ");
            workbook.setSheetName(workbook.getSheetIndex(skills), "Março");
            workbook.write(out);
            filled = out.toByteArray();
        }

        ImportPreview preview = uploads.preview("alpha.xlsx", filled);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.changed()).as("CEXP 3 → 4 in %s", preview).isEqualTo(1);
        assertThat(preview.added()).as("nologin's first CSMG").isEqualTo(1);
        assertThat(preview.changes()).extracting(ImportPreview.Change::sheet).containsOnly("Março");
        uploads.confirm("alpha.xlsx", filled);
        assertThat(reads.history(member, CEXP)).extracting(entry -> entry.levelCode()).containsExactly("4", "3");
    }

    @Test
    void another_organisations_template_is_refused() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] ofA = template(alpha);
        SignIn.as(users, TestTenants.login("lead", b));
        ImportPreview preview = uploads.preview("alpha.xlsx", ofA);
        assertThat(preview.problems()).extracting(SheetProblem::messageKey)
                .containsExactly("sheets.error.other-organisation");
        assertThat(preview.canConfirm()).isFalse();
    }

    @Test
    void the_blank_sheet_one_row_per_assessment_lists_what_to_write_and_uploads_as_written() throws IOException {
        SignIn.as(users, TestTenants.login("lead", a));
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(longTemplate()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            XSSFSheet rows = workbook.getSheet("Assessments");
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(c -> rows.getRow(0).getCell(c).getStringCellValue()))
                    .containsExactly("Person key", "Framework", "Skill or criterion", "Level", "Kind", "Date",
                            "Evidence");
            List<String> kinds = rows.getDataValidations().stream()
                    .filter(validation -> validation.getRegions().getCellRangeAddress(0).getFirstColumn() == 4)
                    .flatMap(validation -> List.of(validation.getValidationConstraint().getExplicitListValues())
                            .stream()).toList();
            assertThat(kinds).containsExactly("Self-assessment", "Manager", "Peer");
            XSSFSheet skills = workbook.getSheet("Skills and criteria");
            assertThat(rowOf(skills, "skills", 2, "CEXP").getCell(4).getStringCellValue()).isEqualTo("2, 3, 4, 5, 6");
            XSSFSheet people = workbook.getSheet("People");
            List<String> keys = new java.util.ArrayList<>();
            for (int r = 1; r <= people.getLastRowNum(); r++) {
                keys.add(people.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(keys).as("her team's people, herself among them, and nobody of the other team")
                    .containsExactlyInAnyOrder("lead", "member", "nologin");

            var row = rows.createRow(1);
            Object[] values = {"member", "skills", "CSMG", "5", "Manager", "2026-01-15", "Ran the pilot"};
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c].toString());
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        ImportPreview preview = uploads.preview("history.xlsx", filled);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).isEqualTo(1);
        uploads.confirm("history.xlsx", filled);
        assertThat(reads.history(member, new ItemRef("skills", "CSMG")))
                .extracting(entry -> entry.levelCode(), entry -> entry.assessedOn())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", java.time.LocalDate.of(2026, 1, 15)));
    }

    @Test
    void a_members_blank_sheet_lists_only_herself() throws IOException {
        SignIn.as(users, TestTenants.login("member", a));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(longTemplate()))) {
            XSSFSheet people = workbook.getSheet("People");
            assertThat(people.getLastRowNum()).isEqualTo(1);
            assertThat(people.getRow(1).getCell(0).getStringCellValue()).isEqualTo("member");
        }
    }

    private byte[] longTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.longTemplate(TEXTS, out);
        return out.toByteArray();
    }

    private static org.apache.poi.xssf.usermodel.XSSFRow rowOf(XSSFSheet sheet, String first, int column,
            String value) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && first.equals(row.getCell(0).getStringCellValue())
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private byte[] template(Long teamId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        uploads.template(teamId, TEXTS, out);
        return out.toByteArray();
    }

    private static org.apache.poi.xssf.usermodel.XSSFRow rowOf(XSSFSheet sheet, String personKey) {
        for (int r = AssessmentTemplate.FIRST_PERSON_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && personKey.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        return null;
    }
}
