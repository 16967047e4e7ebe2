package org.skillboard.maturity.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.skillboard.base.CurrentTenant;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.excel.read.SheetValues;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.MaturityUnitSummary;
import org.skillboard.maturity.UnitResult;
import org.skillboard.maturity.Worksheet;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.maturity.WorksheetProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX maturity worksheet as Excel, both ways: a unit's worksheet to fill in offline, read
 * back into the worksheet's form, and a unit's result in a round with a native radar chart.
 * Who may do what is {@link MaturityService}'s to say, and everything here goes through it: a
 * template and a filled one only for a unit the user may assess, a result only for a unit she
 * may see, and the answers of a sheet are checked by the worksheet's own rules.
 */
@Service
@Transactional(readOnly = true)
public class MaturitySheets {

    public static final String CONTENT_TYPE = MaturityResultWorkbook.CONTENT_TYPE;

    private final MaturityService maturity;
    private final XlsxReader.Limits limits;

    MaturitySheets(MaturityService maturity, @Value("${skillboard.upload.max-bytes:10485760}") long maxBytes) {
        this.maturity = maturity;
        this.limits = XlsxReader.Limits.DEFAULTS.withMaxBytes(maxBytes);
    }

    /** The largest upload the server takes, in bytes (configurable: {@code skillboard.upload.max-bytes}). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public long maxBytes() {
        return limits.maxBytes();
    }

    /**
     * The signed-in user's worksheet for a unit as a workbook to fill in offline, with her saved
     * draft filled in. Refused for a unit she may not assess.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public void template(String family, MaturityUnit unit, Texts texts, Locale reader, OutputStream out)
            throws IOException {
        Worksheet worksheet = maturity.worksheet(family, unit, reader);
        MaturityTemplate.write(new MaturityTemplate.Data(CurrentTenant.require(),
                unitName(worksheet.unit(), texts), unit.parameter(), worksheet.model(), worksheet.answers(),
                worksheet.draft()), texts, out);
    }

    /**
     * Reads a filled-in template for the signed-in user's worksheet of a unit; stores nothing.
     * Every problem is named by sheet and cell: a file that is not a maturity template, one of
     * another organisation, model or unit, a unit she may not assess, a date that is not one,
     * and whatever the worksheet's rules refuse in a draft. A file that is not a safe Excel
     * workbook is refused with a {@link UserFacingException}; a unit she may not assess is refused.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public WorksheetUpload read(String family, MaturityUnit unit, byte[] content, Texts texts, Locale reader) {
        Worksheet worksheet = maturity.worksheet(family, unit, reader);
        MaturityTemplateSheet sheet = new MaturityTemplateSheet();
        try {
            XlsxReader.read(new ByteArrayInputStream(content), limits, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<SheetProblem> refusal = refusal(sheet, family, worksheet, texts);
        if (refusal.isPresent()) {
            return new WorksheetUpload(null, List.of(refusal.get()));
        }
        return new Reading(sheet, worksheet.model()).read(family, unit);
    }

    /**
     * A unit's result in a round ({@code roundKey}, or its latest round for {@code null}) as a
     * workbook with a native radar chart of today against the target. Refused for a unit the
     * user may not see.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public void result(String family, MaturityUnit unit, String roundKey, Texts texts, Locale reader,
            OutputStream out) throws IOException {
        UnitResult result = maturity.result(family, unit, roundKey, reader);
        MaturityModel model = maturity.models(reader).stream().filter(m -> m.family().equals(family)).findFirst()
                .orElseThrow(() -> new UserFacingException("maturity.error.no-model"));
        MaturityResultWorkbook.write(model, result, result.teamName() == null
                ? texts.format("maturity.unit.organisation") : result.teamName(), texts, out);
    }

    /** Why the file cannot fill this worksheet at all, if it cannot: what it is, whose, for what. */
    private Optional<SheetProblem> refusal(MaturityTemplateSheet sheet, String family, Worksheet worksheet,
            Texts texts) {
        if (!sheet.isTemplate()) {
            return Optional.of(new SheetProblem("", "", 0, "maturity.sheet.error.not-a-template", List.of()));
        }
        if (!String.valueOf(CurrentTenant.require()).equals(sheet.key("tenant"))) {
            return Optional.of(keyProblem(sheet, "tenant", "sheets.error.other-organisation"));
        }
        if (!family.equals(sheet.key("model"))) {
            return Optional.of(keyProblem(sheet, "model", "maturity.sheet.error.other-model",
                    worksheet.model().name()));
        }
        Optional<MaturityUnitSummary> made = MaturityUnit.parse(sheet.key("unit"))
                .flatMap(unit -> maturity.units().stream().filter(summary -> summary.unit().equals(unit))
                        .findFirst());
        if (made.isEmpty() || !made.get().mayAssess()) {
            return Optional.of(keyProblem(sheet, "unit", "maturity.sheet.error.not-your-unit"));
        }
        if (!made.get().unit().equals(worksheet.unit().unit())) {
            return Optional.of(keyProblem(sheet, "unit", "maturity.sheet.error.other-unit",
                    unitName(made.get(), texts), unitName(worksheet.unit(), texts)));
        }
        return Optional.empty();
    }

    private static SheetProblem keyProblem(MaturityTemplateSheet sheet, String key, String messageKey,
            Object... arguments) {
        String cell = sheet.keyCell(key);
        return new SheetProblem(MaturityTemplate.KEY_SHEET, cell, cell.isEmpty() ? 0 : row(cell), messageKey,
                List.of(arguments));
    }

    private static String unitName(MaturityUnitSummary unit, Texts texts) {
        return unit.teamName() == null ? texts.format("maturity.unit.organisation") : unit.teamName();
    }

    private static int row(String reference) {
        return new CellReference(reference).getRow() + 1;
    }

    /** The answers of one template's worksheet, with the cell each came from. */
    private final class Reading {

        private final MaturityTemplateSheet sheet;
        private final MaturityTemplateSheet.SheetCells cells;
        private final MaturityModel model;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final Map<String, String[]> dimensionCells = new HashMap<>();
        private final List<String[]> changeCells = new ArrayList<>();

        Reading(MaturityTemplateSheet sheet, MaturityModel model) {
            this.sheet = sheet;
            this.cells = sheet.worksheet();
            this.model = model;
        }

        WorksheetUpload read(String family, MaturityUnit unit) {
            String dateCell = sheet.key("date");
            LocalDate assessedOn = date(dateCell);
            Map<String, WorksheetAnswers.Choice> choices = new LinkedHashMap<>();
            for (String[] dimension : sheet.dimensions()) {
                if (dimension[0] == null || !model.hasDimension(dimension[0])) {
                    continue; // no longer in the model; the rules name what is missing on completion
                }
                dimensionCells.put(dimension[0], new String[] {dimension[1], dimension[2]});
                String today = level(dimension[1]);
                String target = level(dimension[2]);
                if (today != null || target != null) {
                    choices.put(dimension[0], new WorksheetAnswers.Choice(today, target));
                }
            }
            String ambitionCell = sheet.key("ambition");
            String ambition = text(ambitionCell);
            List<WorksheetAnswers.Change> changes = new ArrayList<>();
            for (String[] change : sheet.changes()) {
                String description = text(change[1]);
                String owner = text(change[2]);
                String dueText = text(change[3]);
                LocalDate due = date(change[3]);
                if (description != null || owner != null || dueText != null) {
                    changes.add(new WorksheetAnswers.Change(description, owner, due));
                    changeCells.add(change);
                }
            }
            WorksheetAnswers answers = new WorksheetAnswers(assessedOn, choices, ambition, changes);
            for (WorksheetProblem problem : maturity.draftProblems(family, unit, answers)) {
                String cell = switch (problem.answer()) {
                    case DATE -> dateCell;
                    case TODAY -> dimensionCell(problem.dimension(), 0);
                    case TARGET -> dimensionCell(problem.dimension(), 1);
                    case AMBITION -> ambitionCell;
                    case CHANGES -> changeCell(1, 1);
                    case CHANGE_DESCRIPTION -> changeCell(problem.change(), 1);
                    case CHANGE_OWNER -> changeCell(problem.change(), 2);
                    case CHANGE_DUE -> changeCell(problem.change(), 3);
                };
                problems.add(problem(cell, problem.messageKey(), problem.arguments().toArray()));
            }
            problems.sort(Comparator.comparingInt(SheetProblem::row)
                    .thenComparingInt(problem -> column(problem.cell())));
            return new WorksheetUpload(answers, problems);
        }

        /** The level a cell names, as the model writes it (sheets bring codes in any case); its text if none. */
        private String level(String reference) {
            String text = text(reference);
            if (text == null) {
                return null;
            }
            return model.levels().stream().map(MaturityModel.Level::code).filter(code -> code.equalsIgnoreCase(text))
                    .findFirst().orElse(text);
        }

        private String text(String reference) {
            String text = reference == null ? null : cells.text(reference);
            return text == null ? null : SheetValues.unmarked(text);
        }

        /** The date in a cell; {@code null}, with a problem, for what is not a date. */
        private LocalDate date(String reference) {
            String text = text(reference);
            if (text == null) {
                return null;
            }
            LocalDate day = SheetValues.date(text);
            if (day == null) {
                problems.add(problem(reference, "sheets.error.not-a-date", text));
            }
            return day;
        }

        private String dimensionCell(String dimension, int side) {
            String[] pair = dimensionCells.get(dimension);
            return pair == null ? "" : pair[side];
        }

        private String changeCell(int number, int part) {
            if (number < 1 || number > changeCells.size()) {
                return sheet.changes().isEmpty() ? "" : sheet.changes().getFirst()[part];
            }
            return changeCells.get(number - 1)[part];
        }

        private SheetProblem problem(String cell, String messageKey, Object... arguments) {
            String reference = cell == null ? "" : cell;
            return new SheetProblem(cells.info().name(), reference, reference.isEmpty() ? 0 : row(reference),
                    messageKey, List.of(arguments));
        }

        private static int column(String reference) {
            return reference.isEmpty() ? 0 : new CellReference(reference).getCol();
        }
    }
}
