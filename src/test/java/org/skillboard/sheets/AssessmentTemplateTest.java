package org.skillboard.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
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
import org.skillboard.assessment.AssessmentService;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.SkillsTenant;
import org.skillboard.testsupport.TestPeople;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A team lead downloads her team's template, fills it in offline and uploads it again. */
@SkillboardTest
class AssessmentTemplateTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    static final Texts TEXTS = (key, arguments) -> new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH)
            .format(arguments);
    static String a;
    static String b;
    static long alpha;
    static long member;

    @Autowired
    AssessmentUploads uploads;
    @Autowired
    AssessmentService assessments;
    @Autowired
    UserDetailsService users;

    /** In team alpha the lead has assessed the member at CEXP 3. */
    @BeforeAll
    static void tenants(@Autowired TenantFileLoader loader, @Autowired PeopleService people,
            @Autowired UserDetailsService users, @Autowired AssessmentService assessments) {
        a = SkillsTenant.load(loader, "tpl-a");
        b = SkillsTenant.load(loader, "tpl-b");
        member = TestPeople.id(people, users, "member", a);
        SignIn.as(users, TestTenants.login("lead", a));
        alpha = people.myTeams().stream().filter(team -> team.key().equals("alpha")).findFirst().orElseThrow().id();
        assessments.record(NewAssessment.today(member, CEXP, AssessmentKind.MANAGER, "3", null));
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
        assertThat(assessments.history(member, CEXP)).extracting(entry -> entry.levelCode()).containsExactly("4", "3");
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
