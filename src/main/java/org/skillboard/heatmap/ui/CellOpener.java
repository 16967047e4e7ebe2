package org.skillboard.heatmap.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;

/**
 * Opens a heatmap cell, when it is clicked or when a link names it, and knows which cell is open, so that
 * the address names it while it is.
 */
class CellOpener {

    private final HeatmapService heatmaps;
    private final AssessmentRecording assessments;
    private final PeopleService people;
    private final Clock clock;
    private final Runnable whenAssessed;
    private final Runnable whenOpenedOrClosed;

    /** The cell whose dialog is open, kept in the address while it is. */
    private HeatmapAddress.Cell opened;

    CellOpener(HeatmapService heatmaps, AssessmentRecording assessments, PeopleService people, Clock clock,
            Runnable whenAssessed, Runnable whenOpenedOrClosed) {
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        this.people = people;
        this.clock = clock;
        this.whenAssessed = whenAssessed;
        this.whenOpenedOrClosed = whenOpenedOrClosed;
    }

    HeatmapAddress.Cell opened() {
        return opened;
    }

    /** Forgets the cell open, as when another address is opened. */
    void forget() {
        opened = null;
    }

    /** Opens a person's cell in a column of the heatmap shown. */
    void open(HeatmapData data, long personId, int column, Locale locale) {
        if (data == null || column < 0 || column >= data.columns().size()) {
            return;
        }
        open(data, personId, column, people.keysOf(List.of(personId)).get(personId), locale);
    }

    /**
     * Opens the cell a link names if this heatmap shows that person and item, by the keys of the people shown;
     * otherwise nothing, and says nothing: a link to someone else's person learns nothing about her.
     */
    void openLinked(HeatmapData data, HeatmapAddress.Cell wanted, Locale locale) {
        if (data == null || data.rows().isEmpty()) {
            return;
        }
        int column = -1;
        for (int c = 0; c < data.columns().size() && column < 0; c++) {
            if (data.columns().get(c).itemCode().equals(wanted.itemCode())) {
                column = c;
            }
        }
        if (column < 0) {
            return;
        }
        int found = column;
        people.keysOf(data.rows().stream().map(HeatmapData.Row::personId).toList()).entrySet().stream()
                .filter(entry -> wanted.personKey().equals(entry.getValue())).map(Map.Entry::getKey).findFirst()
                .ifPresent(personId -> open(data, personId, found, wanted.personKey(), locale));
    }

    private void open(HeatmapData data, long personId, int column, String personKey, Locale locale) {
        CatalogueItem item = data.columns().get(column);
        CellDialog dialog = new CellDialog(heatmaps.cell(personId, new ItemRef(item.family(), item.itemCode()),
                locale), assessments, LocalDate.now(clock), whenAssessed);
        dialog.addOpenedChangeListener(event -> {
            opened = event.isOpened() && personKey != null ? new HeatmapAddress.Cell(personKey,
                    item.itemCode()) : null;
            whenOpenedOrClosed.run();
        });
        dialog.open();
    }
}
