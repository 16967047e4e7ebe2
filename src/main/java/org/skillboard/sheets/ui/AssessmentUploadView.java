package org.skillboard.sheets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.SkillboardUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.sheets.AssessmentUploads;
import org.skillboard.sheets.ImportPreview;
import org.skillboard.sheets.ImportSummary;
import org.skillboard.sheets.SheetProblem;

/**
 * Upload an assessment sheet (one row per assessment): see what it would change and every
 * problem next to its cell, then confirm; all of it is stored, or nothing.
 */
@Route("assessments/upload")
@Menu(title = "menu.upload", order = 7, icon = "UPLOAD")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class AssessmentUploadView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentUploads uploads;
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

    AssessmentUploadView(AssessmentUploads uploads, PeopleService people) {
        this.uploads = uploads;
        this.people = people;
        addClassName("sb-page");
        setWidthFull();
        add(new H2(getTranslation("upload.title")));
        Paragraph intro = new Paragraph(getTranslation("upload.intro"));
        intro.addClassName("sb-muted");
        add(intro);

        UI ui = UI.getCurrent();
        long limit = uploads.maxBytes();
        // read at most one byte more than the limit: the size is enforced here, whatever the browser says
        UploadHandler bounded = event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            String name = event.getFileName();
            ui.access(() -> {
                if (bytes.length > limit) {
                    Notifications.error(getTranslation("upload.rejected", limit / (1024 * 1024)));
                } else {
                    received(name, bytes);
                }
            });
        };
        Upload upload = new Upload(bounded);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(event -> Notifications.error(getTranslation("upload.rejected",
                uploads.maxBytes() / (1024 * 1024))));
        add(templates(), upload);

        summary.addClassName("sb-note");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        problems.addColumn(SheetProblem::sheet).setHeader(getTranslation("upload.column.sheet")).setAutoWidth(true);
        problems.addColumn(SheetProblem::cell).setHeader(getTranslation("upload.column.cell")).setAutoWidth(true);
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("upload.column.problem")).setFlexGrow(3);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        changes.addColumn(change -> change.sheet() + " " + change.row())
                .setHeader(getTranslation("upload.column.row")).setAutoWidth(true);
        changes.addColumn(ImportPreview.Change::personName).setHeader(getTranslation("upload.column.person"))
                .setAutoWidth(true);
        changes.addColumn(change -> change.itemCode() + " " + change.itemName())
                .setHeader(getTranslation("upload.column.item")).setFlexGrow(2);
        changes.addColumn(change -> getTranslation("assessment.kind." + change.kind().name().toLowerCase()))
                .setHeader(getTranslation("upload.column.kind")).setAutoWidth(true);
        changes.addColumn(change -> (change.previousLevel() == null ? "–" : change.previousLevel()) + " → "
                + change.level()).setHeader(getTranslation("upload.column.level")).setAutoWidth(true);
        changes.addColumn(change -> change.day().toString()).setHeader(getTranslation("upload.column.date"))
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
        return links;
    }

    private Anchor link(String text, Long teamId, String fileName) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try {
                uploads.template(teamId, this::getTranslation, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), fileName,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.size());
        }), AttachmentType.DOWNLOAD, text);
        anchor.addClassName("sb-template-link");
        return anchor;
    }

    ImportPreview preview() {
        return preview;
    }

    /** Takes an uploaded file: previews it, or says why it cannot be read. */
    void received(String name, byte[] bytes) {
        try {
            ImportPreview read = uploads.preview(name, bytes);
            fileName = name;
            content = bytes;
            showPreview(read);
        } catch (UserFacingException refusal) {
            showPreview(null);
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    void confirm() {
        if (preview == null || !preview.canConfirm()) {
            return;
        }
        try {
            ImportSummary done = uploads.confirm(fileName, content);
            Notifications.success(getTranslation("upload.done", done.added(), done.changed(), done.unchanged()));
            showPreview(null);
            if (CurrentUser.require().hasRole(Roles.TENANT_ADMIN)) {
                history.setItems(uploads.recentImports());
            }
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
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
        problemsTitle.setText(getTranslation("upload.problems", read.problems().size()));
        problemsTitle.setVisible(!read.problems().isEmpty());
        problems.setItems(read.problems());
        problems.setVisible(!read.problems().isEmpty());
        changesTitle.setText(getTranslation("upload.changes"));
        changesTitle.setVisible(!read.changes().isEmpty());
        changes.setItems(read.changes());
        changes.setVisible(!read.changes().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title") + " · " + getTranslation("app.name");
    }
}
