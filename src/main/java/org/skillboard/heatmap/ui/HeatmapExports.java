package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.sheets.HeatmapWorkbook;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Export to Excel": the heatmap as shown, the assessment history, and the whole tenant's for its admins.
 * The files are written when a link is followed, outside the UI's lock, from what the heatmap last showed.
 */
class HeatmapExports extends HorizontalLayout {

    private final HeatmapService heatmaps;
    private final Clock clock;
    private final Locale locale;

    // what the screen shows, for the downloads, which run outside the UI's lock
    private volatile HeatmapQuery shownQuery;
    private volatile HeatmapPayload.Mode shownMode = HeatmapPayload.Mode.LEVEL;
    private volatile String shownTeamKey;

    HeatmapExports(HeatmapService heatmaps, Clock clock, boolean tenantAdmin) {
        this.heatmaps = heatmaps;
        this.clock = clock;
        locale = getLocale();
        Span label = new Span(getTranslation("heatmap.export"));
        label.addClassName("sb-muted");
        add(label,
                download(this::heatmapFile, VaadinIcon.TABLE, getTranslation("heatmap.export.heatmap")),
                download(event -> historyFile(event, false), VaadinIcon.TIME_BACKWARD,
                        getTranslation("heatmap.export.history")));
        if (tenantAdmin) {
            add(download(event -> historyFile(event, true), VaadinIcon.TIME_BACKWARD,
                    getTranslation("heatmap.export.history-all")));
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        addClassName("sb-exports");
    }

    /** The heatmap now shows this query, of the team with this key (none for a member's own row). */
    void showing(HeatmapQuery query, String teamKey) {
        shownQuery = query;
        shownTeamKey = teamKey;
    }

    /** The heatmap is now coloured so; its file is coloured the same. */
    void colouredBy(HeatmapPayload.Mode mode) {
        shownMode = mode;
    }

    /** {@code heatmap-lisboa-suporte-2026-11-22.xlsx}: the kind of export, the team's key, the day. */
    static String fileName(String what, String teamKey, LocalDate day) {
        String team = teamKey == null ? "" : Normalizer.normalize(teamKey, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return what + (team.isEmpty() ? "" : "-" + team) + "-" + day + ".xlsx";
    }

    private static Anchor download(DownloadHandler handler, VaadinIcon icon, String text) {
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.add(icon.create(), new Span(text));
        link.addClassName("sb-action");
        return link;
    }

    /** The heatmap as the screen shows it (filters, source, colouring), written when the link is followed. */
    private void heatmapFile(DownloadEvent event) throws IOException {
        HeatmapQuery query = shownQuery;
        HeatmapPayload.Mode mode = shownMode;
        if (query == null) {
            event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        HeatmapExport export;
        try {
            export = heatmaps.heatmapExport(query);
        } catch (AccessDeniedException refused) {
            event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
            return;
        }
        event.setFileName(fileName("heatmap", query.teamId() == null ? null : shownTeamKey, export.madeOn()));
        event.setContentType(HeatmapWorkbook.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            HeatmapWorkbook.writeHeatmap(export, mode, Texts.of(this::translation, locale), locale, out);
        }
    }

    /** Every assessment of the team shown (or of the whole tenant), oldest first, streamed as it is read. */
    private void historyFile(DownloadEvent event, boolean wholeTenant) throws IOException {
        HeatmapQuery query = shownQuery;
        Long teamId = wholeTenant || query == null ? null : query.teamId();
        String name = wholeTenant ? "all" : teamId == null ? null : shownTeamKey;
        event.setFileName(fileName("assessments", name, LocalDate.now(clock)));
        event.setContentType(HeatmapWorkbook.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            HeatmapWorkbook.writeHistory(sink -> heatmaps.assessmentHistory(teamId, sink), Texts.of(this::translation, locale),
                    locale, out);
        } catch (AccessDeniedException refused) {
            // refused before anything was written: the workbook goes out only once complete
            event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }

    private String translation(String key) {
        return getTranslation(key, locale);
    }
}
