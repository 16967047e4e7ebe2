package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.base.Message;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileWriter;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.FrameworkUploads;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.ui.DraftsSection;
import org.skillboard.framework.editor.ui.EditorLinks;
import org.skillboard.framework.editor.ui.NewFrameworkDialog;
import org.skillboard.framework.sheets.FrameworkWorkbook;
import org.skillboard.security.Roles;

/**
 * The tenant administrator's frameworks: which ones are in use and which archived, the file
 * of each to download and edit, names for levels the source leaves unnamed, and
 * the upload that adds or updates a framework.
 */
@Route("admin/frameworks")
@Menu(title = "menu.framework-admin", order = 80, icon = "COG")
@RolesAllowed(Roles.TENANT_ADMIN)
class FrameworkAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int HELPER_LENGTH = 140;

    private final FrameworkService frameworks;
    private final FrameworkUploads uploads;
    private final FrameworkDrafts drafts;
    private final DraftsSection draftList;
    private final Grid<FrameworkSummary> grid = new Grid<>();
    private final Div uploadResult = new Div();
    private final Upload upload = new Upload();
    private final Checkbox showArchived = new Checkbox();

    FrameworkAdminView(FrameworkService frameworks, FrameworkUploads uploads, FrameworkDrafts drafts) {
        this.frameworks = frameworks;
        this.uploads = uploads;
        this.drafts = drafts;
        this.draftList = new DraftsSection(drafts);
        addClassName("sb-page");
        setWidthFull();

        Paragraph intro = new Paragraph(getTranslation("framework-admin.intro"));
        intro.addClassName("sb-muted");

        grid.addColumn(FrameworkSummary::name).setHeader(getTranslation("framework-admin.column.name"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(FrameworkSummary::key).setHeader(getTranslation("framework-admin.column.key"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(framework -> FrameworkComponents.kind(this, framework.kind()))
                .setHeader(getTranslation("framework-admin.column.kind")).setFlexGrow(2);
        grid.addColumn(framework -> FrameworkComponents.languageName(framework.language(), getLocale()))
                .setHeader(getTranslation("framework-admin.column.language")).setFlexGrow(1);
        grid.addColumn(FrameworkSummary::version).setHeader(getTranslation("framework-admin.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(framework -> framework.archived() ? getTranslation("framework-admin.status.archived")
                : getTranslation("framework-admin.status.in-use")).setKey("status")
                .setHeader(getTranslation("framework-admin.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("framework-admin.column.actions")).setWidth("14rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        showArchived.setLabel(getTranslation("framework-admin.show-archived"));
        showArchived.addValueChangeListener(event -> refresh());

        Button create = new Button(getTranslation("framework-editor.new"), VaadinIcon.PLUS.create(),
                click -> new NewFrameworkDialog(drafts, frameworks.all(true), null).open());
        create.setId("framework-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("framework-admin.title")), intro, create, draftList, showArchived, grid,
                uploadSection());
        refresh();
    }

    /** Archiving asks first: the framework leaves the library, templates and today's heatmap. */
    private void confirmArchive(FrameworkSummary framework) {
        Confirmations.ask(new Confirmations.Texts(
                getTranslation("framework-admin.archive-dialog.title", framework.name()),
                getTranslation("framework-admin.archive-dialog.text"), getTranslation("framework-admin.archive"),
                getTranslation("action.cancel")), () -> change(() -> frameworks.archive(framework.id()),
                        getTranslation("framework-admin.archived", framework.name())));
    }

    private void change(Runnable change, String done) {
        Notifications.attempt(this, change, done);
        refresh();
    }

    private Component actions(FrameworkSummary framework) {
        Anchor download = new Anchor(fileOf(framework), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("framework-admin.download")));
        download.addClassName("sb-action");
        Anchor sheet = new Anchor(workbookOf(framework), AttachmentType.DOWNLOAD, "");
        sheet.add(VaadinIcon.TABLE.create(), new Span(getTranslation("framework-admin.download-sheet")));
        sheet.addClassName("sb-action");
        Button texts = new Button(getTranslation("framework-admin.edit-items"), VaadinIcon.PENCIL.create(),
                click -> new ItemsDialog(frameworks, framework, this::refresh).open());
        texts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        texts.addClassName("sb-action");
        Button names = new Button(getTranslation("framework-admin.name-levels"), VaadinIcon.EDIT.create(),
                click -> openLevelNames(framework));
        names.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        names.addClassName("sb-action");
        Button archive = framework.archived()
                ? new Button(getTranslation("framework-admin.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                        click -> change(() -> frameworks.restore(framework.id()),
                                getTranslation("framework-admin.restored", framework.name())))
                : new Button(getTranslation("framework-admin.archive"), VaadinIcon.ARCHIVE.create(),
                        click -> confirmArchive(framework));
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        archive.addClassName("sb-action");
        Button edit = new Button(getTranslation("framework-editor.edit"), VaadinIcon.EDIT.create(),
                click -> editInEditor(framework));
        edit.setId("framework-edit-" + framework.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.addClassName("sb-action");
        Button copy = new Button(getTranslation("framework-editor.copy"), VaadinIcon.COPY.create(),
                click -> new NewFrameworkDialog(drafts, frameworks.all(true), framework).open());
        copy.setId("framework-copy-" + framework.key());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.addClassName("sb-action");
        Div actions = new Div(edit, copy, download, sheet, names, texts, archive);
        actions.addClassName("sb-actions");
        return actions;
    }

    /** Opens the framework's draft of changes, started from its current version if there is none. */
    private void editInEditor(FrameworkSummary framework) {
        try {
            EditorLinks.open(drafts.edit(framework.id()));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** The framework's file as it is now, written when the link is followed. */
    private DownloadHandler fileOf(FrameworkSummary framework) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                byte[] file = FrameworkFileWriter.write(frameworks.definitionForAdmin(framework.id()))
                        .getBytes(UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(file), framework.key() + ".yaml",
                        "application/yaml; charset=UTF-8", file.length);
            } catch (UserFacingException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
    }

    /** The framework as a spreadsheet (docs/framework-workbook.md), written when the link is followed. */
    private DownloadHandler workbookOf(FrameworkSummary framework) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
                FrameworkWorkbook.write(frameworks.definitionForAdmin(framework.id()), file);
                return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), framework.key() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.size());
            } catch (UserFacingException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void openLevelNames(FrameworkSummary framework) {
        List<FrameworkDefinition.Level> levels = frameworks.definitionForAdmin(framework.id()).levels();
        Dialog dialog = new Dialog(getTranslation("framework-admin.levels.title", framework.name()));
        dialog.setWidth("min(40rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("framework-admin.levels.help"));
        help.addClassName("sb-muted");
        VerticalLayout fields = new VerticalLayout(help);
        fields.setPadding(false);
        Map<String, TextField> names = new LinkedHashMap<>();
        for (FrameworkDefinition.Level level : levels) {
            TextField name = new TextField(getTranslation("framework-admin.levels.field", level.code()));
            name.setValue(level.name() == null ? "" : level.name());
            if (level.summary() != null) {
                name.setHelperText(shortened(level.summary()));
            }
            name.setWidthFull();
            names.put(level.code(), name);
            fields.add(name);
        }
        dialog.add(fields);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                for (FrameworkDefinition.Level level : levels) {
                    String wanted = names.get(level.code()).getValue().strip();
                    if (!Objects.equals(wanted.isEmpty() ? null : wanted, level.name())) {
                        frameworks.nameLevel(framework.id(), level.code(), wanted);
                    }
                }
                Notifications.success(getTranslation("framework-admin.levels.saved", framework.name()));
                dialog.close();
                refresh();
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private static String shortened(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= HELPER_LENGTH ? line : line.substring(0, HELPER_LENGTH).strip() + "…";
    }

    private Component uploadSection() {
        Paragraph help = new Paragraph(getTranslation("framework-admin.upload.help"));
        help.addClassName("sb-muted");
        upload.setUploadHandler(bounded());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) uploads.maxBytes());
        upload.setAcceptedFileTypes(".yaml", ".yml", ".xlsx");
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("framework-admin.upload.button")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("framework-admin.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("framework-admin.upload.too-big"))
                .setIncorrectFileType(getTranslation("framework-admin.upload.wrong-type")));
        upload.setI18n(texts);
        // a file the browser refuses (too big, wrong type) is a result too: it replaces the previous file's
        upload.addFileRejectedListener(event -> {
            newResult();
            refused(event.getFileName(), new Paragraph(event.getErrorMessage()));
        });
        uploadResult.addClassName("sb-upload-result");
        uploadResult.setVisible(false);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("framework-admin.upload.title")), help,
                upload, uploadResult);
        section.setPadding(false);
        return section;
    }

    /**
     * Reads the upload on the server, whatever the browser was told: at most the limit and one byte
     * more, which the service refuses; the page hears of it in its UI.
     */
    private UploadHandler bounded() {
        UI ui = UI.getCurrent();
        long limit = uploads.maxBytes();
        return event -> {
            String name = event.getFileName();
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes((int) (limit + 1));
            }
            ui.access(() -> importFile(name, content));
        };
    }

    /**
     * Checks and installs an uploaded file; says what happened, or lists every
     * problem found, in which case nothing was stored.
     */
    void importFile(String fileName, byte[] content) {
        newResult();
        try {
            FrameworkInstaller.ImportResult result = uploads.importUpload(fileName, new ByteArrayInputStream(content));
            if (result.succeeded()) {
                String done = outcome(result);
                uploadResult.addClassName("sb-success");
                uploadResult.add(new Paragraph(done));
                Notifications.success(done);
                refresh();
            } else {
                UnorderedList problems = new UnorderedList();
                for (YamlProblem problem : result.problems()) {
                    problems.add(new ListItem(problem.in(this::getTranslation)));
                }
                refused(fileName, new Paragraph(getTranslation("framework-admin.upload.problems",
                        result.problems().size())), problems);
            }
        } catch (UserFacingException refusal) {
            // a refusal may carry messages of its own (why a framework cannot be updated in place)
            refused(fileName, new Paragraph(getTranslation(refusal.messageKey(),
                    Message.translated(refusal.arguments(), this::getTranslation))));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Forgets what was said about the file before: each file chosen gets its own result. */
    private void newResult() {
        uploadResult.removeAll();
        uploadResult.setVisible(true);
        uploadResult.removeClassNames("sb-problems", "sb-success");
        upload.clearFileList();
    }

    private String outcome(FrameworkInstaller.ImportResult result) {
        return switch (result.outcome()) {
            case CREATED -> getTranslation("framework-admin.outcome.created", result.frameworkKey());
            case UPDATED -> getTranslation("framework-admin.outcome.updated", result.frameworkKey());
            case UNCHANGED -> getTranslation("framework-admin.outcome.unchanged", result.frameworkKey());
            case NEW_VERSION -> getTranslation("framework-admin.outcome.new-version", result.frameworkKey());
        };
    }

    private void refused(String fileName, Component... explanation) {
        uploadResult.addClassName("sb-problems");
        uploadResult.add(new H4(getTranslation("framework-admin.upload.rejected", fileName)));
        uploadResult.add(explanation);
    }

    private void refresh() {
        grid.setItems(frameworks.all(showArchived.getValue()));
        draftList.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework-admin.title") + " · " + getTranslation("app.name");
    }
}
