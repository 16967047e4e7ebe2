package org.skillboard.assessment.sheets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.WorkbookUpload;
import org.skillboard.excel.Progress;
import org.skillboard.excel.SheetProblem;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.skillboard.assessment.sheets.AssessmentUploads;
import org.skillboard.assessment.sheets.ImportPreview;
import org.skillboard.assessment.sheets.ImportSummary;

/**
 * Upload an assessment sheet (one row per assessment): see what it would change and every
 * problem next to its cell, then confirm; all of it is stored, or nothing.
 */
@Route("assessments/upload")
@Menu(title = "menu.upload", order = 7, icon = "UPLOAD")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class AssessmentUploadView extends VerticalLayout implements HasDynamicTitle {

    /** Files larger than this are read, checked and stored in the background, with a progress bar. */
    static final int BACKGROUND_BYTES = 256 * 1024;
    /** The longest list of changes or problems shown; the counts above it are always complete. */
    static final int SHOWN_ROWS = 1_000;
    /** Lists up to this long are shown whole, without a scroll bar of their own. */
    private static final int WHOLE_ROWS = 50;
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final AssessmentUploads uploads;
    private final UploadWorkers workers;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private Upload upload;
    private final PeopleService people;
    private final Paragraph summary = new Paragraph();
    private final Grid<SheetProblem> problems = new Grid<>();
    private final Grid<ImportPreview.Change> changes = new Grid<>();
    private final Button confirm = new Button();
    private final H3 problemsTitle = new H3();
    private final H3 changesTitle = new H3();
    private final Grid<ImportSummary> history = new Grid<>();
    private String fileName;
    private byte[] content;
    private ImportPreview preview;

    AssessmentUploadView(AssessmentUploads uploads, PeopleService people, UploadWorkers workers) {
        this.uploads = uploads;
        this.workers = workers;
        this.people = people;
        addClassName("sb-page");
        setWidthFull();
        add(new H2(getTranslation("upload.title")));
        Paragraph intro = new Paragraph(getTranslation("upload.intro"));
        intro.addClassName("sb-muted");
        add(intro);

        upload = WorkbookUpload.of(this, uploads.maxBytes(), this::received);
        add(templates(), upload);
        progressText.addClassName("sb-muted");
        Div working = new Div(progressText, progress);
        working.addClassName("sb-progress");
        working.setWidthFull();
        add(working);
        showProgress(null, 0, 0);

        summary.addClassName("sb-note");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(SheetProblem::sheet).setHeader(getTranslation("upload.column.sheet")).setAutoWidth(true);
        problems.addColumn(SheetProblem::cell).setHeader(getTranslation("upload.column.cell")).setAutoWidth(true);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("upload.column.problem")).setFlexGrow(3);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(change -> change.sheet() + " " + change.row())
                .setHeader(getTranslation("upload.column.row")).setAutoWidth(true);
        changes.addColumn(ImportPreview.Change::personName).setHeader(getTranslation("upload.column.person"))
                .setAutoWidth(true);
        changes.addColumn(change -> org.skillboard.framework.CatalogueItem.named(change.itemCode(), change.itemName()))
                .setHeader(getTranslation("upload.column.item")).setFlexGrow(2);
        changes.addColumn(change -> getTranslation("assessment.kind." + change.kind().name().toLowerCase()))
                .setHeader(getTranslation("upload.column.kind")).setAutoWidth(true);
        changes.addColumn(change -> (change.previousLevel() == null ? "–" : change.previousLevel()) + " → "
                + change.level()).setHeader(getTranslation("upload.column.level")).setAutoWidth(true);
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        changes.addColumn(change -> days.format(change.day())).setHeader(getTranslation("upload.column.date"))
                .setAutoWidth(true);
        confirm.setText(getTranslation("upload.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> confirm());
        add(summary, confirm, problemsTitle, problems, changesTitle, changes);
        showPreview(null);

        if (CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
            DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault());
            history.addThemeVariants(GridVariant.LUMO_COMPACT);
            history.setAllRowsVisible(true);
            history.addColumn(record -> times.format(record.importedAt()))
                    .setHeader(getTranslation("upload.column.when")).setAutoWidth(true);
            history.addColumn(ImportSummary::importedBy).setHeader(getTranslation("upload.column.who"))
                    .setAutoWidth(true);
            history.addColumn(ImportSummary::fileName).setHeader(getTranslation("upload.column.file")).setFlexGrow(2);
            history.addColumn(record -> getTranslation("upload.counts", record.added(), record.changed(),
                    record.unchanged())).setHeader(getTranslation("upload.column.counts")).setFlexGrow(2);
            history.addColumn(record -> record.checksum().substring(0, 12))
                    .setHeader(getTranslation("upload.column.checksum")).setAutoWidth(true);
            add(new H3(getTranslation("upload.history")), history);
            history.setItems(uploads.recentImports());
        }
    }

    /** Templates to fill in offline: one per team the user leads (all teams for an admin), and her own. */
    private Div templates() {
        Div links = new Div();
        links.addClassName("sb-templates");
        links.add(new H3(getTranslation("upload.templates")));
        SkillboardUser me = CurrentUser.require();
        if (me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD)) {
            for (TeamOverview team : people.myTeams()) {
                links.add(link(getTranslation("upload.template.team", team.name()), team.id(),
                        "template-" + team.key() + ".xlsx"));
            }
        }
        if (me.personId() != null) {
            links.add(link(getTranslation("upload.template.mine"), null, "template-self-assessment.xlsx"));
        }
        links.add(link(getTranslation("upload.template.long"), "assessments-one-per-row.xlsx",
                longTemplate(readerTexts())));
        return links;
    }

    private Anchor link(String text, Long teamId, String fileName) {
        org.skillboard.excel.Texts texts = readerTexts();
        return link(text, fileName, out -> uploads.template(teamId, texts, out));
    }

    private Workbook longTemplate(org.skillboard.excel.Texts texts) {
        return out -> uploads.longTemplate(texts, out);
    }

    /**
     * The reader's texts, fixed in her language now: a download is served in a request of its own, where
     * the view's own translation would fall back to English.
     */
    private org.skillboard.excel.Texts readerTexts() {
        java.util.Locale locale = getLocale();
        return (key, arguments) -> getTranslation(locale, key, arguments);
    }

    /** A download of a workbook the service writes when the link is followed. */
    private Anchor link(String text, String fileName, Workbook workbook) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try {
                workbook.writeTo(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), fileName,
                    WorkbookUpload.CONTENT_TYPE, file.size());
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("sb-template-link");
        return anchor;
    }

    @FunctionalInterface
    private interface Workbook {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    ImportPreview preview() {
        return preview;
    }

    /** Takes an uploaded file: previews it, or says why it cannot be read; a large file in the background. */
    void received(String name, byte[] bytes) {
        if (bytes.length <= BACKGROUND_BYTES) {
            try {
                previewed(name, bytes, uploads.preview(name, bytes));
            } catch (UserFacingException refusal) {
                refused(refusal);
            }
            return;
        }
        UI ui = UI.getCurrent();
        working(true);
        Notifications.info(getTranslation("upload.background"));
        workers.run(ui, () -> uploads.preview(name, bytes, progressIn(ui)), read -> previewed(name, bytes, read),
                this::refused);
    }

    void confirm() {
        if (preview == null || !preview.canConfirm()) {
            return;
        }
        if (content.length <= BACKGROUND_BYTES) {
            try {
                confirmed(uploads.confirm(fileName, content));
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
            return;
        }
        UI ui = UI.getCurrent();
        String name = fileName;
        byte[] bytes = content;
        working(true);
        workers.run(ui, () -> uploads.confirm(name, bytes, progressIn(ui)), this::confirmed, refusal -> {
            working(false);
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        });
    }

    private void previewed(String name, byte[] bytes, ImportPreview read) {
        working(false);
        fileName = name;
        content = bytes;
        showPreview(read);
    }

    private void refused(UserFacingException refusal) {
        working(false);
        showPreview(null);
        Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
    }

    private void confirmed(ImportSummary done) {
        working(false);
        // said wherever the user is by now: she may have moved on while a large file was stored
        Notifications.success(getTranslation("upload.done", done.added(), done.changed(), done.unchanged()));
        showPreview(null);
        // ready for the next file
        upload.clearFileList();
        if (CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
            history.setItems(uploads.recentImports());
        }
    }

    /** While a file is read or stored: the progress bar shows, and nothing else can be started. */
    private void working(boolean busy) {
        upload.setEnabled(!busy);
        confirm.setEnabled(!busy && preview != null && preview.canConfirm());
        if (busy) {
            showProgress(Progress.Step.READING, 0, 0);
        } else {
            showProgress(null, 0, 0);
        }
    }

    /** Progress reported by the worker, passed to the page a few times a second at most. */
    private Progress progressIn(UI ui) {
        long[] shown = {0};
        return (step, done, total) -> {
            long now = System.nanoTime();
            if (now - shown[0] < PROGRESS_NANOS && done < total) {
                return;
            }
            shown[0] = now;
            ui.access(() -> showProgress(step, done, total));
        };
    }

    private void showProgress(Progress.Step step, long done, long total) {
        progress.setVisible(step != null);
        progressText.setVisible(step != null);
        if (step == null) {
            return;
        }
        progress.setIndeterminate(total <= 0);
        progress.setValue(total <= 0 ? 0 : Math.min(1, done / (double) total));
        progressText.setText(getTranslation("upload.progress." + step.name().toLowerCase(java.util.Locale.ROOT),
                done, total));
    }

    private void showPreview(ImportPreview read) {
        preview = read;
        if (read == null) {
            content = null;
            summary.setVisible(false);
            confirm.setVisible(false);
            problemsTitle.setVisible(false);
            problems.setVisible(false);
            changesTitle.setVisible(false);
            changes.setVisible(false);
            return;
        }
        summary.setText(getTranslation("upload.summary", read.fileName(), read.added(), read.changed(),
                read.unchanged(), read.problems().size()));
        summary.setVisible(true);
        confirm.setVisible(true);
        confirm.setEnabled(read.canConfirm());
        problemsTitle.setText(read.problems().size() > SHOWN_ROWS
                ? getTranslation("upload.problems.first", SHOWN_ROWS, read.problems().size())
                : getTranslation("upload.problems", read.problems().size()));
        problemsTitle.setVisible(!read.problems().isEmpty());
        fill(problems, read.problems());
        problems.setVisible(!read.problems().isEmpty());
        changesTitle.setText(read.changes().size() > SHOWN_ROWS
                ? getTranslation("upload.changes.first", SHOWN_ROWS, read.changes().size())
                : getTranslation("upload.changes"));
        changesTitle.setVisible(!read.changes().isEmpty());
        fill(changes, read.changes());
        changes.setVisible(!read.changes().isEmpty());
    }

    /** A short list shown whole; a long one (at most SHOWN_ROWS) scrolls inside a grid of fixed height. */
    private static <T> void fill(Grid<T> grid, List<T> items) {
        List<T> shown = items.stream().limit(SHOWN_ROWS).toList();
        boolean whole = shown.size() <= WHOLE_ROWS;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "32rem");
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title") + " · " + getTranslation("app.name");
    }
}
