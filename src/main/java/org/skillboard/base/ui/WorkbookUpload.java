package org.skillboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
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
        return upload;
    }

    private static void refuse(Component page, long limit) {
        Notifications.error(page.getTranslation("upload.rejected", limit / (1024 * 1024)));
    }
}
