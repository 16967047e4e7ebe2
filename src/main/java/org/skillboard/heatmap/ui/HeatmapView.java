package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.assessment.AssessmentService;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;

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
    private final AssessmentService assessments;
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
    private final RouterLink trends = new RouterLink();
    private final HeatmapElement heatmap = new HeatmapElement();

    private HeatmapData data;
    private int sortColumn;
    private boolean ready;

    HeatmapView(HeatmapService heatmaps, AssessmentService assessments, PeopleService people,
            JobProfileService jobProfiles) {
        this.heatmaps = heatmaps;
        this.assessments = assessments;
        SkillboardUser me = CurrentUser.require();
        overseer = me.hasRole(Roles.TENANT_ADMIN) || me.hasRole(Roles.TEAM_LEAD);
        teams = overseer ? people.myTeams() : List.of();
        catalogue = heatmaps.catalogue();
        addClassName("sb-heatmap-page");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        H2 title = new H2(getTranslation(overseer ? "heatmap.title" : "heatmap.title.mine"));
        title.addClassName("sb-heatmap-title");
        add(title, toolbar(jobProfiles));
        summary.addClassName("sb-muted");
        HorizontalLayout info = new HorizontalLayout(summary, trends);
        info.setAlignItems(FlexComponent.Alignment.BASELINE);
        trends.setText(getTranslation("heatmap.trends"));
        trends.setRoute(TrendView.class);
        trends.setVisible(overseer);
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

    private HorizontalLayout toolbar(JobProfileService jobProfiles) {
        team.setLabel(getTranslation("heatmap.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamOverview::name);
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
        asOf.setMax(LocalDate.now());
        asOf.setClearButtonVisible(true);
        asOf.setPlaceholder(getTranslation("heatmap.as-of.today"));

        sort.setLabel(getTranslation("heatmap.sort"));
        sort.setItems(HeatmapQuery.Sort.values());
        sort.setItemLabelGenerator(value -> getTranslation("heatmap.sort." + value.name().toLowerCase()));
        sort.setValue(HeatmapQuery.Sort.PERSON);
        sort.setVisible(overseer);

        team.addValueChangeListener(event -> {
            reload();
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "heatmap?" + TEAM + "=" + event.getValue().id()));
            }
        });
        framework.addValueChangeListener(event -> {
            categories();
            reload();
        });
        category.addValueChangeListener(event -> reload());
        jobProfile.addValueChangeListener(event -> reload());
        source.addValueChangeListener(event -> reload());
        mode.addValueChangeListener(event -> render());
        onlyGaps.addValueChangeListener(event -> reload());
        asOf.addValueChangeListener(event -> reload());
        sort.addValueChangeListener(event -> reload());

        HorizontalLayout toolbar = new HorizontalLayout(team, framework, category, jobProfile, source, mode, onlyGaps,
                asOf, sort);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("sb-toolbar");
        return toolbar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Long wanted = query.getSingleParameter(TEAM).map(HeatmapView::number).orElse(null);
        TeamOverview chosen = teams.stream().filter(candidate -> Objects.equals(candidate.id(), wanted)).findFirst()
                .orElse(teams.isEmpty() ? null : teams.getFirst());
        ready = true;
        if (chosen != null && !chosen.equals(team.getValue())) {
            team.setValue(chosen);
        } else {
            reload();
        }
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
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
                profile == null ? null : profile.id(), onlyGaps.getValue(), asOf.getValue(), source.getValue(),
                sort.getValue(), sortColumn);
    }

    HeatmapData data() {
        return data;
    }

    void reload() {
        if (!ready) {
            return;
        }
        data = heatmaps.heatmap(query());
        trends.setQueryParameters(data.query().teamId() == null ? QueryParameters.empty()
                : QueryParameters.of(TEAM, String.valueOf(data.query().teamId())));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String text = getTranslation("heatmap.summary", data.rows().size(), data.columns().size(),
                dates.format(data.staleBefore()));
        if (data.query().sort() == HeatmapQuery.Sort.SKILL && sortColumn < data.columns().size()) {
            text += " · " + getTranslation("heatmap.sort.skill.named", data.columns().get(sortColumn).itemCode());
        }
        summary.setText(text);
        render();
    }

    private void render() {
        if (data == null) {
            return;
        }
        String caption = data.teamName() == null ? getTranslation("heatmap.title.mine")
                : getTranslation("heatmap.caption", data.teamName());
        heatmap.setData(HeatmapPayload.json(data, mode.getValue(), caption, this::getTranslation));
    }

    void openCell(long personId, int column) {
        if (data == null || column < 0 || column >= data.columns().size()) {
            return;
        }
        CatalogueItem item = data.columns().get(column);
        new CellDialog(heatmaps.cell(personId, new ItemRef(item.family(), item.itemCode()), getLocale()),
                assessments, this::reload).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("heatmap.title") + " · " + getTranslation("app.name");
    }
}
