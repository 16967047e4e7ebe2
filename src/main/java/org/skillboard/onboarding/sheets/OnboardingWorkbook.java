package org.skillboard.onboarding.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetCell;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SheetRow;
import org.skillboard.excel.read.SheetValues;
import org.skillboard.excel.read.XlsxReader;

/**
 * Reads an onboarding workbook through the safe reader ({@link XlsxReader}): the visible sheets named Teams
 * and People in any of the app's languages, each with its header as the first filled row (columns in any
 * order, unknown columns ignored). A cell with a formula is not taken: onboarding wants typed values, and a
 * formula's stored result may not be what the user sees.
 */
public final class OnboardingWorkbook implements RowHandler {

    private final List<OnboardingLine> teams = new ArrayList<>();
    private final List<OnboardingLine> people = new ArrayList<>();
    private final List<SheetProblem> problems = new ArrayList<>();
    private boolean anySheet;
    private OnboardingSheet current;
    private Map<Integer, OnboardingColumn> header;

    private OnboardingWorkbook() {
    }

    /**
     * The workbook's rows and its own problems.
     *
     * @throws org.skillboard.excel.read.SpreadsheetRefusal if the file is not a safe .xlsx within the limits
     */
    public static OnboardingRows read(byte[] content, XlsxReader.Limits limits) {
        OnboardingWorkbook workbook = new OnboardingWorkbook();
        try {
            XlsxReader.read(new ByteArrayInputStream(content), limits, workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!workbook.anySheet) {
            workbook.problems.add(new SheetProblem("", "", 0, "onboarding.error.no-sheets", List.of()));
        } else if (workbook.teams.isEmpty() && workbook.people.isEmpty() && workbook.problems.isEmpty()) {
            workbook.problems.add(new SheetProblem("", "", 0, "onboarding.error.empty", List.of()));
        }
        return new OnboardingRows(workbook.teams, workbook.people, workbook.problems);
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        current = sheet.hidden() ? null : OnboardingSheet.named(sheet.name());
        anySheet |= current != null;
        header = null;
    }

    @Override
    public void row(SheetInfo sheet, SheetRow row) {
        if (current == null) {
            return;
        }
        if (header == null) {
            header = header(sheet, row);
            return;
        }
        Map<OnboardingColumn, String> values = new EnumMap<>(OnboardingColumn.class);
        Map<OnboardingColumn, String> cells = new EnumMap<>(OnboardingColumn.class);
        header.forEach((column, named) -> cells.put(named, row.reference(column)));
        for (SheetCell cell : row.cells()) {
            OnboardingColumn column = header.get(cell.column());
            if (column == null) {
                continue;
            }
            if (cell.formula()) {
                problems.add(new SheetProblem(sheet.name(), row.reference(cell.column()), row.number(),
                        "onboarding.error.formula", List.of()));
                continue;
            }
            String text = SheetValues.unmarked(cell.text().strip());
            if (!text.isEmpty()) {
                values.put(column, text);
            }
        }
        if (!values.isEmpty()) {
            (current == OnboardingSheet.TEAMS ? teams : people)
                    .add(new OnboardingLine(current, sheet.name(), row.number(), values, cells));
        }
    }

    /** The columns of a header row by position; a header without key and name is a problem, and the sheet is skipped. */
    private Map<Integer, OnboardingColumn> header(SheetInfo sheet, SheetRow row) {
        Map<Integer, OnboardingColumn> found = new java.util.HashMap<>();
        for (SheetCell cell : row.cells()) {
            for (OnboardingColumn column : current.columns()) {
                if (!found.containsValue(column) && Words.means(cell.text(), column.key(), column.headerKey())) {
                    found.put(cell.column(), column);
                }
            }
        }
        OnboardingColumn key = current == OnboardingSheet.TEAMS ? OnboardingColumn.TEAM_KEY : OnboardingColumn.PERSON_KEY;
        OnboardingColumn name = current == OnboardingSheet.TEAMS ? OnboardingColumn.TEAM_NAME
                : OnboardingColumn.PERSON_NAME;
        if (!found.containsValue(key) || !found.containsValue(name)) {
            problems.add(new SheetProblem(sheet.name(), "A" + row.number(), row.number(), "onboarding.error.header",
                    List.of()));
            current = null;
        }
        return found;
    }
}
