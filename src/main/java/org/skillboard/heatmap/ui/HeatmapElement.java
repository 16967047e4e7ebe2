package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;
import org.skillboard.heatmap.sheets.HeatmapColours;

/**
 * The browser side of the heatmap: our own {@code <sb-heatmap>} element (frontend/sb-heatmap.js)
 * draws every cell from one JSON document, so the server keeps no component per cell. It paints with
 * the colours the Excel export uses, given once ({@link HeatmapColours#browserPalette()}).
 */
@Tag("sb-heatmap")
@JavaScript("context://frontend-static/sb-heatmap.js")
class HeatmapElement extends Component implements HasSize {

    HeatmapElement() {
        getElement().setProperty("colours", HeatmapColours.browserPalette());
    }

    /** Someone opened a cell: the person's id and the column's index. */
    interface CellListener {
        void opened(long personId, int column);
    }

    void setData(String json) {
        getElement().setProperty("data", json);
    }

    Registration addCellListener(CellListener listener) {
        return getElement().addEventListener("cell-activate", event -> listener.opened(
                (long) event.getEventData().get("event.detail.person").asDouble(),
                (int) event.getEventData().get("event.detail.column").asDouble()))
                .addEventData("event.detail.person").addEventData("event.detail.column");
    }

    Registration addColumnListener(IntConsumer listener) {
        return getElement().addEventListener("column-activate", event -> listener.accept(
                (int) event.getEventData().get("event.detail.column").asDouble()))
                .addEventData("event.detail.column");
    }
}
