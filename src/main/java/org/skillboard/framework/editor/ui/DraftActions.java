package org.skillboard.framework.editor.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkFileWriter;
import org.skillboard.framework.sheets.FrameworkWorkbook;

/**
 * What is done with the draft as a whole: publish it (not while the loader would refuse it, and the reason is
 * shown), download it as a file or a workbook, translate it side by side, or throw it away.
 */
final class DraftActions extends Div {

    private final DraftSession session;
    private final Button publish;
    private final Span blocked = new Span();
    private final Anchor yaml;
    private final Anchor workbook;

    DraftActions(DraftSession session) {
        this.session = session;
        addClassName("sb-editor-actions");
        publish = new Button(getTranslation("framework-editor.publish"), VaadinIcon.UPLOAD_ALT.create(),
                click -> new PublishDialog(session).open());
        publish.setId("editor-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        blocked.setId("editor-publish-blocked");
        blocked.addClassName("sb-muted");
        yaml = download("editor-download-yaml", VaadinIcon.DOWNLOAD_ALT, "framework-editor.download-yaml",
                DownloadHandler.fromInputStream(event -> file()));
        workbook = download("editor-download-workbook", VaadinIcon.TABLE, "framework-editor.download-workbook",
                DownloadHandler.fromInputStream(event -> sheet()));
        Button discard = new Button(getTranslation("framework-editor.discard"), VaadinIcon.TRASH.create(),
                click -> confirmDiscard());
        discard.setId("editor-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(publish, yaml, workbook);
        if (!session.drafts().otherLanguages(session.id()).isEmpty()) {
            Button languages = new Button(getTranslation("framework-editor.side-by-side"),
                    VaadinIcon.GLOBE.create(), click -> UI.getCurrent()
                            .navigate(FrameworkEditorView.PATH + session.id() + "/languages"));
            languages.setId("editor-languages");
            languages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(languages);
        }
        add(discard, blocked);
        session.onChange(this::refresh);
        refresh();
    }

    private void refresh() {
        int problems = session.problems().size();
        publish.setEnabled(problems == 0);
        yaml.setEnabled(problems == 0);
        workbook.setEnabled(problems == 0);
        blocked.setText(problems == 0 ? "" : getTranslation("framework-editor.publish.blocked", problems));
        blocked.setVisible(problems > 0);
    }

    private void confirmDiscard() {
        Confirmations.ask(new Confirmations.Texts(
                getTranslation("framework-editor.discard.title", Edits.field(session.definition().name())),
                getTranslation("framework-editor.discard.text"), getTranslation("framework-editor.discard"),
                getTranslation("action.cancel")), () -> {
                    if (Notifications.attempt(this, () -> session.drafts().discard(session.id()),
                            getTranslation("framework-editor.discarded"))) {
                        UI.getCurrent().navigate("admin/frameworks");
                    }
                });
    }

    private Anchor download(String id, VaadinIcon icon, String key, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(icon.create(), new Span(getTranslation(key)));
        anchor.setId(id);
        anchor.addClassName("sb-action");
        return anchor;
    }

    /** The draft as it is kept now, not as this page last showed it. */
    private FrameworkDefinition kept() {
        return session.drafts().open(session.id()).definition();
    }

    private DownloadResponse file() {
        try {
            FrameworkDefinition definition = kept();
            byte[] file = FrameworkFileWriter.write(definition).getBytes(UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), definition.key() + ".yaml",
                    "application/yaml; charset=UTF-8", file.length);
        } catch (UserFacingException gone) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
    }

    private DownloadResponse sheet() {
        try {
            FrameworkDefinition definition = kept();
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            FrameworkWorkbook.write(definition, file);
            return new DownloadResponse(new ByteArrayInputStream(file.toByteArray()), definition.key() + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.size());
        } catch (UserFacingException gone) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
