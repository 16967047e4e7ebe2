package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;

/**
 * The team lead's main screen: her people against every skill and criterion of the
 * tenant's frameworks, coloured by level or by gap to each person's target. A member
 * sees only her own row. It loads and draws the heatmap and keeps the address in step;
 * the filters, the Excel links and the opening of cells are parts of their own.
 */
@Route("heatmap")
@Menu(title = "menu.heatmap", order = 5, icon = "GRID_BIG")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class HeatmapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAM = "team";

    private final HeatmapService heatmaps;
    private final HeatmapFilters filters;
    private final HeatmapExports exports;
    private final CellOpener cells;
    private final Span summary = new Span();
    /** Says that the heatmap shows a past day, and which. */
    private final Span past = new Span();
    private final RouterLink trends = new RouterLink();
    private final HeatmapElement heatmap = new HeatmapElement();

    private HeatmapData data;
    private boolean ready;

    HeatmapView(HeatmapService heatmaps, AssessmentRecording assessments, PeopleService people,
            JobProfileService jobProfiles, Clock clock) {
        this.heatmaps = heatmaps;
        SkillboardUser me = CurrentUser.require();
        boolean overseer = me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD);
        List<TeamOverview> teams = overseer ? people.myTeams() : List.of();
        filters = new HeatmapFilters(overseer, teams, heatmaps.catalogue(), jobProfiles, people, clock);
        filters.whenChanged(this::reload);
        filters.whenColourChanged(() -> {
            render();
            if (ready) {
                writeAddress();
            }
        });
        exports = new HeatmapExports(heatmaps, clock, me.hasRole(Roles.TENANT_ADMIN));
        cells = new CellOpener(heatmaps, assessments, people, clock, this::reload, this::writeAddress);
        addClassName("sb-heatmap-page");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        H2 title = new H2(getTranslation(overseer ? "heatmap.title" : "heatmap.title.mine"));
        title.addClassName("sb-heatmap-title");
        add(title, filters);
        summary.addClassName("sb-muted");
        past.addClassNames("sb-badge", "invited", "sb-past-note");
        past.setVisible(false);
        HorizontalLayout info = new HorizontalLayout(past, summary, trends);
        info.setAlignItems(FlexComponent.Alignment.BASELINE);
        trends.setText(getTranslation("heatmap.trends"));
        trends.setRoute(TrendView.class);
        trends.setVisible(overseer);
        info.add(exports);
        info.setWrap(true);
        add(info);

        heatmap.setWidthFull();
        heatmap.addClassName("sb-heatmap");
        heatmap.addCellListener(this::openCell);
        heatmap.addColumnListener(column -> {
            filters.sortBy(column);
            reload();
        });
        add(heatmap);
        setFlexGrow(1, heatmap);
    }

    /** The name of an Excel file, as {@link HeatmapExports#fileName} gives it (the view's tests read it here). */
    static String fileName(String what, String teamKey, LocalDate day) {
        return HeatmapExports.fileName(what, teamKey, day);
    }

    /** Opens the view the address describes: a reload, a bookmark or a shared link shows the same heatmap. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HeatmapAddress wanted = HeatmapAddress.of(event.getLocation().getQueryParameters());
        ready = false;
        cells.forget();
        TeamOverview chosen = filters.show(wanted);
        ready = true;
        reload();
        // a cell is opened only in the team the link names: not in the one shown instead of another's
        if (wanted.cell() != null && (wanted.teamId() == null || chosen != null && chosen.id() == wanted.teamId())) {
            cells.openLinked(data, wanted.cell(), getLocale());
        }
    }

    /** What the heatmap shows now, as an address. */
    HeatmapAddress address() {
        return filters.address(cells.opened());
    }

    HeatmapData data() {
        return data;
    }

    void reload() {
        if (!ready) {
            return;
        }
        data = heatmaps.heatmap(filters.query());
        exports.showing(data.query(), filters.team() == null ? null : filters.team().key());
        trends.setQueryParameters(data.query().teamId() == null ? QueryParameters.empty()
                : QueryParameters.of(TEAM, String.valueOf(data.query().teamId())));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String text = getTranslation("heatmap.summary", data.rows().size(), data.columns().size(),
                dates.format(data.staleBefore()));
        int sortColumn = filters.sortColumn();
        if (data.query().sort() == HeatmapQuery.Sort.SKILL && sortColumn < data.columns().size()) {
            text += " · " + getTranslation("heatmap.sort.skill.named", data.columns().get(sortColumn).shortLabel());
        }
        summary.setText(text);
        writeAddress();
        LocalDate day = filters.pastDay();
        past.setVisible(day != null);
        past.setText(day == null ? "" : getTranslation("heatmap.as-of.note", dates.format(day)));
        render();
    }

    private void render() {
        if (data == null) {
            return;
        }
        HeatmapPayload.Mode colour = filters.colour();
        exports.colouredBy(colour);
        String caption = data.teamName() == null ? getTranslation("heatmap.title.mine")
                : getTranslation("heatmap.caption", data.teamName());
        heatmap.setData(HeatmapPayload.json(data, colour, caption, Texts.of(this::getTranslation, getLocale())));
    }

    /** Writes what the screen shows into the address, without a new entry in the browser's history. */
    private void writeAddress() {
        String query = address().parameters().getQueryString();
        String shownAddress = "heatmap" + (query.isEmpty() ? "" : "?" + query);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, shownAddress));
    }

    void openCell(long personId, int column) {
        cells.open(data, personId, column, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("heatmap.title") + " · " + getTranslation("app.name");
    }
}
