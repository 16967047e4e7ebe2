package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.WorkbookUpload;
import org.skillboard.maturity.Worksheet;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.maturity.sheets.MaturitySheets;
import org.skillboard.maturity.sheets.WorksheetUpload;
import org.skillboard.excel.SheetProblem;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Download as sheet" and "Fill from a sheet": the worksheet as an Excel sheet to fill in offline, and a
 * filled sheet taken back into the form; a sheet with problems fills nothing and shows them by cell.
 */
final class WorksheetSheetActions extends Composite<Details> {

    private final MaturitySheets sheets;
    private final Worksheet worksheet;
    private final Consumer<WorksheetAnswers> fill;
    private final Paragraph uploadProblemsTitle = new Paragraph();
    private final Grid<SheetProblem> uploadProblems = new Grid<>();

    /** @param fill puts a clean sheet's answers into the form */
    WorksheetSheetActions(MaturitySheets sheets, Worksheet worksheet, Consumer<WorksheetAnswers> fill) {
        this.sheets = sheets;
        this.worksheet = worksheet;
        this.fill = fill;
    }

    @Override
    protected Details initContent() {
        String family = worksheet.model().family();
        Locale locale = getLocale();
        String fileName = MaturityUnitView.fileName("cx-maturity-worksheet",
                MaturityRadars.unitName(worksheet.unit().teamName(), this::getTranslation), "xlsx");
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(MaturitySheets.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                sheets.template(family, worksheet.unit().unit(),
                        (key, arguments) -> getTranslation(locale, key, arguments), locale, out);
            } catch (AccessDeniedException refused) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
            }
        }, AttachmentType.DOWNLOAD, getTranslation("maturity.download-template"));
        download.addClassName("sb-action");

        Upload upload = WorkbookUpload.of(this, sheets.maxBytes(), this::received);
        upload.setUploadButton(new Button(getTranslation("maturity.upload")));
        Paragraph help = new Paragraph(getTranslation("maturity.upload.help"));
        help.addClassName("sb-muted");

        uploadProblemsTitle.addClassName("sb-note");
        uploadProblems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        uploadProblems.setAllRowsVisible(true);
        uploadProblems.addColumn(SheetProblem::sheet).setHeader(getTranslation("upload.column.sheet"))
                .setAutoWidth(true);
        uploadProblems.addColumn(SheetProblem::cell).setHeader(getTranslation("upload.column.cell"))
                .setAutoWidth(true);
        uploadProblems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("upload.column.problem")).setFlexGrow(3);
        showUploadProblems(null, List.of());
        Details offline = new Details(getTranslation("maturity.upload"));
        offline.setWidthFull();
        offline.add(help, download, upload, uploadProblemsTitle, uploadProblems);
        return offline;
    }

    /** Takes an uploaded sheet: fills the form with its answers if it has no problem, else shows them. */
    void received(String name, byte[] bytes) {
        WorksheetUpload read;
        try {
            read = sheets.read(worksheet.model().family(), worksheet.unit().unit(), bytes, this::getTranslation,
                    getLocale());
        } catch (UserFacingException refusal) {
            showUploadProblems(null, List.of());
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        if (!read.clean()) {
            showUploadProblems(name, read.problems());
            return;
        }
        showUploadProblems(null, List.of());
        fill.accept(read.answers());
        Notifications.success(getTranslation("maturity.upload.filled", name));
    }

    private void showUploadProblems(String fileName, List<SheetProblem> problems) {
        uploadProblemsTitle.setText(fileName == null ? "" : getTranslation("maturity.upload.problems", fileName,
                problems.size()));
        uploadProblemsTitle.setVisible(!problems.isEmpty());
        uploadProblems.setItems(problems);
        uploadProblems.setVisible(!problems.isEmpty());
    }

    /** The problems of the last uploaded sheet that could not fill the form; empty otherwise. */
    List<SheetProblem> uploadProblems() {
        return uploadProblems.getGenericDataView().getItems().toList();
    }
}
