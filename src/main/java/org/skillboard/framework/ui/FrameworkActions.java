package org.skillboard.framework.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileWriter;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.ui.EditorLinks;
import org.skillboard.framework.editor.ui.NewFrameworkDialog;
import org.skillboard.framework.sheets.FrameworkWorkbook;

/**
 * What the tenant administrator can do with one framework of the list: open it in the editor,
 * copy it, download its file or workbook, name its levels, edit its texts, archive or restore it.
 */
class FrameworkActions extends Div {

    private static final int HELPER_LENGTH = 140;

    private final FrameworkService frameworks;
    private final FrameworkDrafts drafts;
    private final FrameworkSummary framework;
    private final Runnable changed;

    /** {@code changed} runs after the framework was changed, so the page can show it anew. */
    FrameworkActions(FrameworkService frameworks, FrameworkDrafts drafts, FrameworkSummary framework,
            Runnable changed) {
        this.frameworks = frameworks;
        this.drafts = drafts;
        this.framework = framework;
        this.changed = changed;
        Anchor download = new Anchor(file(), AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("framework-admin.download")));
        download.addClassName("sb-action");
        Anchor sheet = new Anchor(workbook(), AttachmentType.DOWNLOAD, "");
        sheet.add(VaadinIcon.TABLE.create(), new Span(getTranslation("framework-admin.download-sheet")));
        sheet.addClassName("sb-action");
        Button texts = new Button(getTranslation("framework-admin.edit-items"), VaadinIcon.PENCIL.create(),
                click -> new ItemsDialog(frameworks, framework, changed).open());
        texts.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        texts.addClassName("sb-action");
        Button names = new Button(getTranslation("framework-admin.name-levels"), VaadinIcon.EDIT.create(),
                click -> openLevelNames());
        names.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        names.addClassName("sb-action");
        Button archive = framework.archived()
                ? new Button(getTranslation("framework-admin.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                        click -> change(() -> frameworks.restore(framework.id()),
                                getTranslation("framework-admin.restored", framework.name())))
                : new Button(getTranslation("framework-admin.archive"), VaadinIcon.ARCHIVE.create(),
                        click -> confirmArchive());
        archive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        archive.addClassName("sb-action");
        Button edit = new Button(getTranslation("framework-editor.edit"), VaadinIcon.EDIT.create(),
                click -> editInEditor());
        edit.setId("framework-edit-" + framework.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.addClassName("sb-action");
        Button copy = new Button(getTranslation("framework-editor.copy"), VaadinIcon.COPY.create(),
                click -> new NewFrameworkDialog(drafts, frameworks.all(true), framework).open());
        copy.setId("framework-copy-" + framework.key());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.addClassName("sb-action");
        add(edit, copy, download, sheet, names, texts, archive);
        addClassName("sb-actions");
    }

    /** Archiving asks first: the framework leaves the library, templates and today's heatmap. */
    private void confirmArchive() {
        Confirmations.ask(new Confirmations.Texts(
                getTranslation("framework-admin.archive-dialog.title", framework.name()),
                getTranslation("framework-admin.archive-dialog.text"), getTranslation("framework-admin.archive"),
                getTranslation("action.cancel")), () -> change(() -> frameworks.archive(framework.id()),
                        getTranslation("framework-admin.archived", framework.name())));
    }

    private void change(Runnable change, String done) {
        Notifications.attempt(this, change, done);
        changed.run();
    }

    /** Opens the framework's draft of changes, started from its current version if there is none. */
    private void editInEditor() {
        try {
            EditorLinks.open(drafts.edit(framework.id()));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** The framework's file as it is now, written when the link is followed. */
    private DownloadHandler file() {
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
    private DownloadHandler workbook() {
        return DownloadHandler.fromInputStream(event -> {
            try {
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                FrameworkWorkbook.write(frameworks.definitionForAdmin(framework.id()), file);
                return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), framework.key() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.size());
            } catch (UserFacingException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void openLevelNames() {
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
                changed.run();
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
}
