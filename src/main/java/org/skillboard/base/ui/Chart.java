package org.skillboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * An ECharts chart ({@code <sb-chart>}, frontend/sb-chart.js) drawn in the browser from an
 * option document built on the server. ECharts comes from its WebJar; nothing is bundled.
 */
@Tag("sb-chart")
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://frontend-static/sb-chart.js")
public class Chart extends Component implements HasSize {

    /** Sets the whole ECharts option, as JSON. */
    public void setOption(String json) {
        getElement().setProperty("option", json);
    }

    /** Lets the browser save the chart as a PNG file; the image never passes through the server. */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("download", fileName);
    }
}
