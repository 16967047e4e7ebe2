package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.excel.Texts;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.sheets.HeatmapWorkbook;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team lead's main screen: her people against every skill and criterion of the
 * tenant's frameworks, coloured by level or by gap to each person's target. A member
 * sees only her own row.
 */
@Route("heatmap")
@Menu(title = "menu.heatmap", order = 5, icon = "GRID_BIG")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class HeatmapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAM = "team";

    private final HeatmapService heatmaps;
    private final AssessmentRecording assessments;
    private final boolean overseer;
    private final List<TeamOverview> teams;
    private final List<CatalogueItem> catalogue;

    private final Select<TeamOverview> team = new Select<>();
    private final Select<String> framework = new Select<>();
    private final Select<String> category = new Select<>();
    private final Select<JobProfileSummary> jobProfile = new Select<>();
    private final Select<HeatmapQuery.Source> source = new Select<>();
    private final RadioButtonGroup<HeatmapPayload.Mode> mode = new RadioButtonGroup<>();
    private final Checkbox onlyGaps = new Checkbox();
    private final DatePicker asOf = new DatePicker();
    private final Select<HeatmapQuery.Sort> sort = new Select<>();
    private final Span summary = new Span();
    private final com.vaadin.flow.component.details.Details moreFilters = new com.vaadin.flow.component.details.Details();
    /** Says that the heatmap shows a past day, and which. */
    private final Span past = new Span();
    private final RouterLink trends = new RouterLink();
    private final HeatmapElement heatmap = new HeatmapElement();

    private HeatmapData data;
    /** The cell whose dialog is open, kept in the address while it is. */
    private HeatmapAddress.Cell openedCell;
    private int sortColumn;
    private boolean ready;

    // what the screen shows, for the Excel downloads, which run outside the UI's lock
    private final Locale locale;
    private volatile HeatmapQuery shownQuery;
    private volatile HeatmapPayload.Mode shownMode = HeatmapPayload.Mode.LEVEL;
    private volatile String shownTeamKey;
    private final Clock clock;
    private final PeopleService people;
    /** Set while the team choices change with the day, so that the heatmap loads once. */
    private boolean offeringTeams;

    HeatmapView(HeatmapService heatmaps, AssessmentRecording assessments, PeopleService people,
            JobProfileService jobProfiles, Clock clock) {
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        this.clock = clock;
        this.people = people;
        SkillboardUser me = CurrentUser.require();
        overseer = me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD);
        teams = overseer ? people.myTeams() : List.of();
        locale = getLocale();
        catalogue = heatmaps.catalogue();
        addClassName("sb-heatmap-page");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        H2 title = new H2(getTranslation(overseer ? "heatmap.title" : "heatmap.title.mine"));
        title.addClassName("sb-heatmap-title");
        add(title, toolbar(jobProfiles));
        summary.addClassName("sb-muted");
        past.addClassNames("sb-badge", "invited", "sb-past-note");
        past.setVisible(false);
        HorizontalLayout info = new HorizontalLayout(past, summary, trends);
        info.setAlignItems(FlexComponent.Alignment.BASELINE);
        trends.setText(getTranslation("heatmap.trends"));
        trends.setRoute(TrendView.class);
        trends.setVisible(overseer);
        info.add(exports(me.hasRole(Roles.TENANT_ADMIN)));
        info.setWrap(true);
        add(info);

        heatmap.setWidthFull();
        heatmap.addClassName("sb-heatmap");
        heatmap.addCellListener(this::openCell);
        heatmap.addColumnListener(column -> {
            sortColumn = column;
            sort.setValue(HeatmapQuery.Sort.SKILL);
            reload();
        });
        add(heatmap);
        setFlexGrow(1, heatmap);
    }

    /**
     * Today a lead picks among the teams in use; "as it was on" a past day she may also pick a team
     * archived since, whose history stays readable.
     */
    private void offerTeams() {
        if (!overseer) {
            return;
        }
        TeamOverview chosen = team.getValue();
        List<TeamOverview> offered = asOf.getValue() == null ? teams : people.myTeamsWithLeavers();
        offeringTeams = true;
        try {
            team.setItems(offered);
            team.setValue(offered.stream().filter(option -> chosen != null && option.id() == chosen.id())
                    .findFirst().orElse(offered.isEmpty() ? null : offered.getFirst()));
        } finally {
            offeringTeams = false;
        }
    }

    private HorizontalLayout toolbar(JobProfileService jobProfiles) {
        team.setLabel(getTranslation("heatmap.team"));
        team.setId("heatmap-team");
        team.setItems(teams);
        team.setItemLabelGenerator(option -> option.archived()
                ? getTranslation("teams-admin.archived-name", option.name()) : option.name());
        team.setVisible(overseer);
        team.setEmptySelectionAllowed(false);
        team.setWidth("20rem");

        Map<String, String> frameworks = new LinkedHashMap<>();
        catalogue.forEach(item -> frameworks.putIfAbsent(item.family(), item.frameworkName()));
        framework.setLabel(getTranslation("heatmap.framework"));
        List<String> families = new ArrayList<>();
        families.add("");
        families.addAll(frameworks.keySet());
        framework.setItems(families);
        framework.setItemLabelGenerator(family -> family.isEmpty() ? getTranslation("heatmap.all")
                : frameworks.get(family));
        framework.setValue("");
        category.setLabel(getTranslation("heatmap.category"));
        categories();

        jobProfile.setLabel(getTranslation("heatmap.job-profile"));
        jobProfile.setVisible(overseer);
        if (overseer) {
            jobProfile.setItems(jobProfiles.profiles());
        }
        jobProfile.setItemLabelGenerator(profile -> profile == null ? "" : profile.name());
        jobProfile.setEmptySelectionAllowed(true);
        jobProfile.setEmptySelectionCaption(getTranslation("heatmap.all"));
        jobProfile.setPlaceholder(getTranslation("heatmap.all"));

        source.setLabel(getTranslation("heatmap.source"));
        source.setItems(HeatmapQuery.Source.values());
        source.setItemLabelGenerator(value -> getTranslation("heatmap.source." + value.name().toLowerCase()));
        source.setValue(HeatmapQuery.Source.MANAGER_ELSE_SELF);

        mode.setLabel(getTranslation("heatmap.colour"));
        mode.setItems(HeatmapPayload.Mode.values());
        mode.setItemLabelGenerator(value -> getTranslation("heatmap.colour." + value.name().toLowerCase()));
        mode.setValue(HeatmapPayload.Mode.LEVEL);

        onlyGaps.setLabel(getTranslation("heatmap.only-gaps"));
        onlyGaps.setVisible(overseer);
        asOf.setLabel(getTranslation("heatmap.as-of"));
        asOf.setMax(LocalDate.now(clock));
        asOf.setClearButtonVisible(true);
        asOf.setPlaceholder(getTranslation("heatmap.as-of.today"));

        sort.setLabel(getTranslation("heatmap.sort"));
        sort.setItems(HeatmapQuery.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("heatmap.sort." + value.name().toLowerCase()));
        sort.setValue(HeatmapQuery.Sort.PERSON);
        sort.setVisible(overseer);

        team.addValueChangeListener(event -> {
            if (offeringTeams) {
                return;
            }
            reload();
        });
        framework.addValueChangeListener(event -> {
            categories();
            reload();
        });
        category.addValueChangeListener(event -> reload());
        jobProfile.addValueChangeListener(event -> reload());
        source.addValueChangeListener(event -> reload());
        mode.addValueChangeListener(event -> {
            render();
            if (ready) {
                writeAddress();
            }
        });
        onlyGaps.addValueChangeListener(event -> reload());
        asOf.addValueChangeListener(event -> {
            boolean future = event.getValue() != null && event.getValue().isAfter(LocalDate.now(clock));
            asOf.setInvalid(future);
            asOf.setErrorMessage(future ? getTranslation("heatmap.as-of.future") : null);
            offerTeams();
            reload();
        });
        sort.addValueChangeListener(event -> reload());

        // what a lead changes every day stays in sight; the rest folds away, so that more rows fit the screen
        HorizontalLayout more = new HorizontalLayout(category, jobProfile, source, onlyGaps, asOf, sort);
        more.setWrap(true);
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        moreFilters.setSummaryText(getTranslation("heatmap.more-filters"));
        moreFilters.add(more);
        moreFilters.addClassName("sb-more-filters");
        HorizontalLayout toolbar = new HorizontalLayout(team, framework, mode, moreFilters);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("sb-toolbar");
        return toolbar;
    }

    /** "Export to Excel": the heatmap as shown, the assessment history, and the whole tenant's for its admins. */
    private HorizontalLayout exports(boolean tenantAdmin) {
        Span label = new Span(getTranslation("heatmap.export"));
        label.addClassName("sb-muted");
        HorizontalLayout links = new HorizontalLayout(label,
                download(this::heatmapFile, VaadinIcon.TABLE, getTranslation("heatmap.export.heatmap")),
                download(event -> historyFile(event, false), VaadinIcon.TIME_BACKWARD,
                        getTranslation("heatmap.export.history")));
        if (tenantAdmin) {
            links.add(download(event -> historyFile(event, true), VaadinIcon.TIME_BACKWARD,
                    getTranslation("heatmap.export.history-all")));
        }
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        links.setSpacing(true);
        links.addClassName("sb-exports");
        return links;
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

    /** {@code heatmap-lisboa-suporte-2026-11-22.xlsx}: the kind of export, the team's key, the day. */
    static String fileName(String what, String teamKey, LocalDate day) {
        String team = teamKey == null ? "" : Normalizer.normalize(teamKey, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return what + (team.isEmpty() ? "" : "-" + team) + "-" + day + ".xlsx";
    }

    private String translation(String key) {
        return getTranslation(key, locale);
    }

    /** Opens the view the address describes: a reload, a bookmark or a shared link shows the same heatmap. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HeatmapAddress wanted = HeatmapAddress.of(event.getLocation().getQueryParameters());
        ready = false;
        openedCell = null;
        mode.setValue(wanted.mode());
        source.setValue(wanted.source());
        onlyGaps.setValue(wanted.onlyGaps());
        asOf.setValue(wanted.asOf() != null && wanted.asOf().isBefore(LocalDate.now(clock)) ? wanted.asOf() : null);
        TeamOverview chosen = team.getListDataView().getItems()
                .filter(candidate -> Objects.equals(candidate.id(), wanted.teamId())).findFirst()
                .orElse(teams.isEmpty() ? null : teams.getFirst());
        team.setValue(chosen);
        if (wanted.family() != null && framework.getListDataView().contains(wanted.family())) {
            framework.setValue(wanted.family());
        }
        if (wanted.category() != null && category.getListDataView().contains(wanted.category())) {
            category.setValue(wanted.category());
        }
        if (overseer && wanted.profileId() != null) {
            jobProfile.getListDataView().getItems().filter(profile -> profile != null
                    && profile.id() == wanted.profileId()).findFirst().ifPresent(jobProfile::setValue);
        }
        sort.setValue(wanted.sort());
        sortColumn = wanted.column() == null ? 0 : Math.max(0, wanted.column());
        ready = true;
        // a link that sets one of the folded filters opens them, so that nothing shown is hidden
        moreFilters.setOpened(wanted.category() != null || wanted.profileId() != null || wanted.onlyGaps()
                || wanted.asOf() != null || wanted.source() != HeatmapQuery.Source.MANAGER_ELSE_SELF
                || wanted.sort() != HeatmapQuery.Sort.PERSON);
        reload();
        // a cell is opened only in the team the link names: not in the one shown instead of another's
        if (wanted.cell() != null && (wanted.teamId() == null || chosen != null && chosen.id() == wanted.teamId())) {
            openLinkedCell(wanted.cell());
        }
    }

    /** What the heatmap shows now, as an address. */
    HeatmapAddress address() {
        JobProfileSummary profile = jobProfile.getValue();
        return new HeatmapAddress(team.getValue() == null ? null : team.getValue().id(),
                framework.getValue() == null || framework.getValue().isEmpty() ? null : framework.getValue(),
                category.getValue() == null || category.getValue().isEmpty() ? null : category.getValue(),
                profile == null ? null : profile.id(), mode.getValue(), source.getValue(),
                Boolean.TRUE.equals(onlyGaps.getValue()), pastDay(), sort.getValue(),
                sort.getValue() == HeatmapQuery.Sort.SKILL ? Integer.valueOf(sortColumn) : null, openedCell);
    }

    private void categories() {
        String family = framework.getValue();
        List<String> names = new ArrayList<>();
        names.add("");
        catalogue.stream().filter(item -> family == null || family.isEmpty() || item.family().equals(family))
                .map(CatalogueItem::categoryName).filter(Objects::nonNull).distinct().forEach(names::add);
        category.setItems(names);
        category.setItemLabelGenerator(name -> name.isEmpty() ? getTranslation("heatmap.all") : name);
        category.setValue("");
        category.setEnabled(names.size() > 1);
    }

    HeatmapQuery query() {
        TeamOverview chosen = team.getValue();
        String family = framework.getValue() == null || framework.getValue().isEmpty() ? null : framework.getValue();
        String categoryName = category.getValue() == null || category.getValue().isEmpty() ? null
                : category.getValue();
        JobProfileSummary profile = jobProfile.getValue();
        return new HeatmapQuery(chosen == null ? null : chosen.id(), family, categoryName,
                profile == null ? null : profile.id(), onlyGaps.getValue(), pastDay(), source.getValue(),
                sort.getValue(), sortColumn);
    }

    HeatmapData data() {
        return data;
    }

    /** The day chosen, if it is in the past; today and the future show today. */
    private LocalDate pastDay() {
        LocalDate day = asOf.getValue();
        return day != null && day.isBefore(LocalDate.now(clock)) ? day : null;
    }

    void reload() {
        if (!ready) {
            return;
        }
        data = heatmaps.heatmap(query());
        shownQuery = data.query();
        shownTeamKey = team.getValue() == null ? null : team.getValue().key();
        trends.setQueryParameters(data.query().teamId() == null ? QueryParameters.empty()
                : QueryParameters.of(TEAM, String.valueOf(data.query().teamId())));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String text = getTranslation("heatmap.summary", data.rows().size(), data.columns().size(),
                dates.format(data.staleBefore()));
        if (data.query().sort() == HeatmapQuery.Sort.SKILL && sortColumn < data.columns().size()) {
            text += " · " + getTranslation("heatmap.sort.skill.named", data.columns().get(sortColumn).shortLabel());
        }
        summary.setText(text);
        writeAddress();
        LocalDate day = pastDay();
        past.setVisible(day != null);
        past.setText(day == null ? "" : getTranslation("heatmap.as-of.note", dates.format(day)));
        render();
    }

    private void render() {
        if (data == null) {
            return;
        }
        shownMode = mode.getValue();
        String caption = data.teamName() == null ? getTranslation("heatmap.title.mine")
                : getTranslation("heatmap.caption", data.teamName());
        heatmap.setData(HeatmapPayload.json(data, mode.getValue(), caption, Texts.of(this::getTranslation, getLocale())));
    }

    /** Writes what the screen shows into the address, without a new entry in the browser's history. */
    private void writeAddress() {
        String query = address().parameters().getQueryString();
        String shownAddress = "heatmap" + (query.isEmpty() ? "" : "?" + query);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, shownAddress));
    }

    void openCell(long personId, int column) {
        if (data == null || column < 0 || column >= data.columns().size()) {
            return;
        }
        openCell(personId, column, people.keysOf(List.of(personId)).get(personId));
    }

    /**
     * Opens the cell a link names if this heatmap shows that person and item, by the keys of the people shown;
     * otherwise nothing, and says nothing: a link to someone else's person learns nothing about her.
     */
    private void openLinkedCell(HeatmapAddress.Cell wanted) {
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
                .ifPresent(personId -> openCell(personId, found, wanted.personKey()));
    }

    private void openCell(long personId, int column, String personKey) {
        CatalogueItem item = data.columns().get(column);
        CellDialog dialog = new CellDialog(heatmaps.cell(personId, new ItemRef(item.family(), item.itemCode()),
                getLocale()), assessments, LocalDate.now(clock), this::reload);
        dialog.addOpenedChangeListener(event -> {
            openedCell = event.isOpened() && personKey != null ? new HeatmapAddress.Cell(personKey,
                    item.itemCode()) : null;
            writeAddress();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("heatmap.title") + " · " + getTranslation("app.name");
    }
}
