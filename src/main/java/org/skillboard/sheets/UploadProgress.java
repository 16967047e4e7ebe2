package org.skillboard.sheets;

/**
 * How far an upload has got, for a progress bar: the step it is in, and how much of it is
 * done. Called on the thread that does the work, often; keep it quick.
 */
@FunctionalInterface
public interface UploadProgress {

    UploadProgress NONE = (step, done, total) -> {
    };

    /** What an upload does, in order; a preview stops after checking. */
    enum Step {
        READING, CHECKING, STORING
    }

    void update(Step step, long done, long total);
}
