package org.skillboard.onboarding.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.skillboard.excel.Texts;
import org.skillboard.excel.write.SpreadsheetText;
import org.skillboard.excel.write.WorkbookStyles;
import org.skillboard.people.TeamOverview;

/**
 * The onboarding template in the user's language: an instructions sheet, a Teams sheet (key, name), a People
 * sheet (key, name, e-mail, job title, team, role, login, tenant admin) with drop-downs for role and tenant
 * admin, and, if the tenant has teams already, a sheet listing them to refer to. No example rows: whatever is
 * on Teams and People is imported, so the examples are in the instructions. Read back by {@link OnboardingWorkbook}.
 */
public final class OnboardingTemplate {

    /** Rows the drop-downs cover. */
    static final int ROWS = 5_000;
    private static final int INSTRUCTIONS = 8;

    private OnboardingTemplate() {
    }

    public static void write(List<TeamOverview> existingTeams, Texts texts, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Set<String> names = new HashSet<>();
            Sheet instructions = workbook.createSheet(name(texts.format("onboarding.sheet.instructions"), names));
            instructions.setColumnWidth(0, 110 * 256);
            Row title = instructions.createRow(0);
            title.createCell(0).setCellValue(texts.format("onboarding.template.title"));
            title.getCell(0).setCellStyle(styles.title);
            for (int i = 1; i <= INSTRUCTIONS; i++) {
                Row line = instructions.createRow(i + 1);
                line.createCell(0).setCellValue(texts.format("onboarding.template.instructions." + i));
                line.getCell(0).setCellStyle(styles.wrapped);
            }

            header(workbook.createSheet(name(texts.format(OnboardingSheet.TEAMS.nameKey()), names)),
                    OnboardingSheet.TEAMS, new int[] {18, 40}, styles, texts);
            Sheet people = workbook.createSheet(name(texts.format(OnboardingSheet.PEOPLE.nameKey()), names));
            List<OnboardingColumn> columns = OnboardingSheet.PEOPLE.columns();
            header(people, OnboardingSheet.PEOPLE, new int[] {18, 32, 32, 24, 18, 14, 32, 14}, styles, texts);
            DataValidationHelper helper = people.getDataValidationHelper();
            String[] roles = {texts.format("onboarding.role.lead"), texts.format("onboarding.role.member")};
            dropDown(people, helper, roles, columns.indexOf(OnboardingColumn.ROLE), texts);
            String[] yesNo = {texts.format("onboarding.yes"), texts.format("onboarding.no")};
            dropDown(people, helper, yesNo, columns.indexOf(OnboardingColumn.TENANT_ADMIN), texts);

            if (!existingTeams.isEmpty()) {
                Sheet existing = workbook.createSheet(name(texts.format("onboarding.sheet.existing-teams"), names));
                Row row = existing.createRow(0);
                row.createCell(0).setCellValue(texts.format("onboarding.column.key"));
                row.createCell(1).setCellValue(texts.format("onboarding.column.name"));
                row.getCell(0).setCellStyle(styles.header);
                row.getCell(1).setCellStyle(styles.header);
                existing.setColumnWidth(0, 18 * 256);
                existing.setColumnWidth(1, 40 * 256);
                int r = 1;
                for (TeamOverview team : existingTeams) {
                    Row line = existing.createRow(r++);
                    line.createCell(0).setCellValue(SpreadsheetText.exported(team.key()));
                    line.createCell(1).setCellValue(SpreadsheetText.exported(team.name()));
                }
            }
            workbook.setActiveSheet(1);
            workbook.setSelectedTab(1);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String name(String wanted, Set<String> taken) {
        String name = SpreadsheetText.sheetName(wanted, "Sheet", taken);
        taken.add(name);
        return name;
    }

    private static void header(Sheet sheet, OnboardingSheet kind, int[] widths, WorkbookStyles styles, Texts texts) {
        Row row = sheet.createRow(0);
        List<OnboardingColumn> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(texts.format(columns.get(c).headerKey()));
            row.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, String[] choices, int column,
            Texts texts) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(texts.format("onboarding.template.invalid"),
                texts.format("onboarding.template.choose", String.join(", ", choices)));
        sheet.addValidationData(validation);
    }
}
