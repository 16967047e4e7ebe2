package org.skillboard.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;

/** A history export kept as its lines, for tests to read: {@code heatmaps.assessmentHistory(team, history)}. */
public final class CollectedHistory implements HistorySink {

    private final List<HistoryLine> lines = new ArrayList<>();

    @Override
    public void start(String teamName, LocalDate madeOn) {
        // a test reads the lines only
    }

    @Override
    public void line(HistoryLine line) {
        lines.add(line);
    }

    public List<HistoryLine> lines() {
        return List.copyOf(lines);
    }
}
