package org.skillboard.assessment.sheets.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.skillboard.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Runs large uploads off the browser's request, so the screen stays responsive: the work
 * runs as the signed-in user (her tenant and roles go with it), the page polls for progress
 * while any runs, and the result is handed back to the page's UI, which may by then show
 * another view (the user is told all the same). Two at a time; imports of one tenant take
 * turns on the database anyway.
 */
@Component
class UploadWorkers implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(UploadWorkers.class);
    private static final int POLL_MILLIS = 400;

    private final ExecutorService threads = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("upload-", 1).daemon().factory());

    /**
     * Runs {@code work} in the background as the current user; then, in the UI, {@code done} with its result,
     * or {@code refused} with the reason a user may read. Anything else is logged and reported as a failure
     * with no details (no stack trace reaches the user).
     */
    <T> void run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<UserFacingException> refused) {
        ui.setPollInterval(POLL_MILLIS);
        // captures the signed-in user now, for the worker thread
        new DelegatingSecurityContextExecutorService(threads).execute(() -> {
            Runnable outcome;
            try {
                T result = work.get();
                outcome = () -> done.accept(result);
            } catch (UserFacingException refusal) {
                outcome = () -> refused.accept(refusal);
            } catch (RuntimeException | Error e) {
                LOG.error("An upload failed", e);
                outcome = () -> refused.accept(new UserFacingException("upload.failed"));
            }
            Runnable finish = outcome;
            ui.access(() -> {
                ui.setPollInterval(-1);
                finish.run();
            });
        });
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
