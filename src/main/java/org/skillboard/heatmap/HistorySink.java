package org.skillboard.heatmap;

import java.time.LocalDate;

/** Receives the history export as it is read: once the heading, then every line, oldest first. */
public interface HistorySink {

    /**
     * @param teamName the team exported, or {@code null} for everybody the user may see (the whole tenant for
     *     a tenant admin, her own assessments for a member)
     */
    void start(String teamName, LocalDate madeOn);

    void line(HistoryLine line);
}
