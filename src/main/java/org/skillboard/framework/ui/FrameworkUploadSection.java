package org.skillboard.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.skillboard.base.Message;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkUploads;

/**
 * The upload that adds or updates a framework on the admin page, and what it says about the
 * last file chosen: what was installed, or every problem found, in which case nothing was stored.
 */
class FrameworkUploadSection extends VerticalLayout {

    private final FrameworkUploads uploads;
    private final Runnable installed;
    private final Div uploadResult = new Div();
    private final Upload upload = new Upload();

    /** {@code installed} runs after a file was installed, so the page can show the framework. */
    FrameworkUploadSection(FrameworkUploads uploads, Runnable installed) {
        this.uploads = uploads;
        this.installed = installed;
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
        add(new H3(getTranslation("framework-admin.upload.title")), help, upload, uploadResult);
        setPadding(false);
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
    private void importFile(String fileName, byte[] content) {
        newResult();
        try {
            FrameworkInstaller.ImportResult result = uploads.importUpload(fileName, new ByteArrayInputStream(content));
            if (result.succeeded()) {
                String done = outcome(result);
                uploadResult.addClassName("sb-success");
                uploadResult.add(new Paragraph(done));
                Notifications.success(done);
                installed.run();
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
}
