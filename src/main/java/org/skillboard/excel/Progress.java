package org.skillboard.excel;

/**
 * How far reading, checking or storing a workbook has got, for a progress bar: the step it is in, and how
 * much of it is done. Called on the thread that does the work, often; keep it quick.
 */
@FunctionalInterface
public interface Progress {

    Progress NONE = (step, done, total) -> {
    };

    /** What an upload does, in order; a preview stops after checking. */
    enum Step {
        READING, CHECKING, STORING
    }

    void update(Step step, long done, long total);
}
