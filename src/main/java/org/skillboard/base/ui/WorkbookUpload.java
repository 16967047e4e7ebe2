package org.skillboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An upload of one Excel workbook whose size the server enforces: it reads at most one byte
 * more than the limit, whatever the browser says, and refuses a larger file with a message;
 * a file within the limit is handed to the page, in its UI, as name and bytes.
 */
public final class WorkbookUpload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private WorkbookUpload() {
    }

    public static Upload of(Component page, long limit, BiConsumer<String, byte[]> received) {
        UI ui = UI.getCurrent();
        UploadHandler bounded = event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            String name = event.getFileName();
            ui.access(() -> {
                if (bytes.length > limit) {
                    refuse(page, limit);
                } else {
                    received.accept(name, bytes);
                }
            });
        };
        Upload upload = new Upload(bounded);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setAcceptedFileTypes(".xlsx", CONTENT_TYPE);
        upload.addFileRejectedListener(event -> refuse(page, limit));
        upload.setI18n(texts(page));
        return upload;
    }

    /** The upload's own words (its button, drop zone, file row and errors) in the user's language. */
    private static UploadI18N texts(Component page) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("upload.widget.drop"))
                .setMany(page.getTranslation("upload.widget.drop")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("upload.widget.add"))
                .setMany(page.getTranslation("upload.widget.add")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(page.getTranslation("upload.widget.one-file"))
                .setFileIsTooBig(page.getTranslation("upload.widget.too-big"))
                .setIncorrectFileType(page.getTranslation("upload.widget.not-xlsx")));
        texts.setFile(new UploadI18N.File().setRemove(page.getTranslation("upload.widget.remove"))
                .setRetry(page.getTranslation("upload.widget.retry")).setStart(page.getTranslation("upload.widget.start")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(page.getTranslation("upload.widget.connecting"))
                        .setProcessing(page.getTranslation("upload.widget.processing"))
                        .setStalled(page.getTranslation("upload.widget.stalled"))
                        .setHeld(page.getTranslation("upload.widget.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(page.getTranslation("upload.widget.server-unavailable"))
                        .setUnexpectedServerError(page.getTranslation("upload.widget.server-error"))
                        .setForbidden(page.getTranslation("upload.widget.forbidden"))
                        .setFileTooLarge(page.getTranslation("upload.widget.too-big"))));
        return texts;
    }

    private static void refuse(Component page, long limit) {
        Notifications.error(page.getTranslation("upload.rejected", limit / (1024 * 1024)));
    }
}
