package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;

/**
 * The heatmap's filters: team, framework and colouring in sight, the rest under "More filters". Says what
 * is chosen, as a query and as an address, and tells the heatmap when it must load again or only colour
 * again.
 */
class HeatmapFilters extends HorizontalLayout {

    private final boolean overseer;
    private final List<TeamOverview> teams;
    private final List<CatalogueItem> catalogue;
    private final PeopleService people;
    private final Clock clock;

    private final Select<TeamOverview> team = new Select<>();
    private final Select<String> framework = new Select<>();
    private final Select<String> category = new Select<>();
    private final Select<JobProfileSummary> jobProfile = new Select<>();
    private final Select<HeatmapQuery.Source> source = new Select<>();
    private final RadioButtonGroup<HeatmapPayload.Mode> mode = new RadioButtonGroup<>();
    private final Checkbox onlyGaps = new Checkbox();
    private final DatePicker asOf = new DatePicker();
    private final Select<HeatmapQuery.Sort> sort = new Select<>();
    private final Details moreFilters = new Details();

    /** The column sorted by when the sort is by a skill. */
    private int sortColumn;
    /** Set while the team choices change with the day, so that the heatmap loads once. */
    private boolean offeringTeams;
    private Runnable whenChanged = () -> { };
    private Runnable whenColourChanged = () -> { };

    HeatmapFilters(boolean overseer, List<TeamOverview> teams, List<CatalogueItem> catalogue,
            JobProfileService jobProfiles, PeopleService people, Clock clock) {
        this.overseer = overseer;
        this.teams = teams;
        this.catalogue = catalogue;
        this.people = people;
        this.clock = clock;

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
            whenChanged.run();
        });
        framework.addValueChangeListener(event -> {
            categories();
            whenChanged.run();
        });
        category.addValueChangeListener(event -> whenChanged.run());
        jobProfile.addValueChangeListener(event -> whenChanged.run());
        source.addValueChangeListener(event -> whenChanged.run());
        mode.addValueChangeListener(event -> whenColourChanged.run());
        onlyGaps.addValueChangeListener(event -> whenChanged.run());
        asOf.addValueChangeListener(event -> {
            boolean future = event.getValue() != null && event.getValue().isAfter(LocalDate.now(clock));
            asOf.setInvalid(future);
            asOf.setErrorMessage(future ? getTranslation("heatmap.as-of.future") : null);
            offerTeams();
            whenChanged.run();
        });
        sort.addValueChangeListener(event -> whenChanged.run());

        // what a lead changes every day stays in sight; the rest folds away, so that more rows fit the screen
        HorizontalLayout more = new HorizontalLayout(category, jobProfile, source, onlyGaps, asOf, sort);
        more.setWrap(true);
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        moreFilters.setSummaryText(getTranslation("heatmap.more-filters"));
        moreFilters.add(more);
        moreFilters.addClassName("sb-more-filters");
        add(team, framework, mode, moreFilters);
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("sb-toolbar");
    }

    /** Called when what the heatmap shows changes, so that it loads again. */
    void whenChanged(Runnable reload) {
        whenChanged = reload;
    }

    /** Called when only the colouring changes: the same cells, coloured again. */
    void whenColourChanged(Runnable recolour) {
        whenColourChanged = recolour;
    }

    /**
     * Sets the filters as an address says, including those folded away, which open if the address sets one.
     * Returns the team chosen: the one the address names if she may see it, else her first.
     */
    TeamOverview show(HeatmapAddress wanted) {
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
        // a link that sets one of the folded filters opens them, so that nothing shown is hidden
        moreFilters.setOpened(wanted.category() != null || wanted.profileId() != null || wanted.onlyGaps()
                || wanted.asOf() != null || wanted.source() != HeatmapQuery.Source.MANAGER_ELSE_SELF
                || wanted.sort() != HeatmapQuery.Sort.PERSON);
        return chosen;
    }

    /** Sorts the people by one skill's column, as when its heading is clicked. */
    void sortBy(int column) {
        sortColumn = column;
        sort.setValue(HeatmapQuery.Sort.SKILL);
    }

    int sortColumn() {
        return sortColumn;
    }

    TeamOverview team() {
        return team.getValue();
    }

    HeatmapPayload.Mode colour() {
        return mode.getValue();
    }

    /** The day chosen, if it is in the past; today and the future show today. */
    LocalDate pastDay() {
        LocalDate day = asOf.getValue();
        return day != null && day.isBefore(LocalDate.now(clock)) ? day : null;
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

    /** What the filters choose, and the cell open if any, as an address. */
    HeatmapAddress address(HeatmapAddress.Cell openedCell) {
        JobProfileSummary profile = jobProfile.getValue();
        return new HeatmapAddress(team.getValue() == null ? null : team.getValue().id(),
                framework.getValue() == null || framework.getValue().isEmpty() ? null : framework.getValue(),
                category.getValue() == null || category.getValue().isEmpty() ? null : category.getValue(),
                profile == null ? null : profile.id(), mode.getValue(), source.getValue(),
                Boolean.TRUE.equals(onlyGaps.getValue()), pastDay(), sort.getValue(),
                sort.getValue() == HeatmapQuery.Sort.SKILL ? Integer.valueOf(sortColumn) : null, openedCell);
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
}
