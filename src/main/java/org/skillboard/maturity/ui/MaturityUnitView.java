package org.skillboard.maturity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.skillboard.base.ui.RadarChart;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.MaturityUnitSummary;
import org.skillboard.maturity.UnitResult;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.maturity.sheets.MaturitySheets;
import org.skillboard.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * One unit's CX maturity: the radar of today against the five-year target (medians of its
 * assessors, with the spread), optionally over other units, the whole organisation and the
 * unit's own past; the same numbers as a table; and, for the unit's leads, each assessor's
 * own answers with the ambition and the critical changes. The round shown downloads as an
 * Excel workbook with a native radar chart, and the worksheet as a sheet to fill in offline.
 */
@Route("maturity/unit")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class MaturityUnitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String UNIT = "unit";

    private final MaturityService maturity;
    private final MaturitySheets sheets;
    private final List<MaturityModel> models;
    private final List<MaturityUnitSummary> units;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Select<UnitResult> round = new Select<>();
    private final MultiSelectComboBox<MaturityUnitSummary> compare = new MultiSelectComboBox<>();
    private final Select<UnitResult> past = new Select<>();
    private final Button worksheet = new Button();
    private final Anchor export = new Anchor();
    private final Anchor template = new Anchor();
    private final RadarChart radar = new RadarChart();
    private final Div answers = new Div();
    private MaturityModel model;
    private MaturityUnitSummary unit;
    private List<UnitResult> history = List.of();
    private UnitResult shown;

    MaturityUnitView(MaturityService maturity, MaturitySheets sheets) {
        this.maturity = maturity;
        this.sheets = sheets;
        this.models = maturity.models(getLocale());
        this.units = maturity.units();
        addClassName("sb-page");
        setWidthFull();
        RouterLink back = new RouterLink(getTranslation("maturity.back"), MaturityView.class);
        back.addClassName("sb-back");
        subtitle.addClassName("sb-muted");

        round.setLabel(getTranslation("maturity.round"));
        round.setWidth("26em");
        round.setMaxWidth("100%");
        round.setItemLabelGenerator(result -> result == null ? "" : result.round().name());
        compare.setLabel(getTranslation("maturity.compare"));
        compare.setWidth("22em");
        compare.setMaxWidth("100%");
        compare.setPlaceholder(getTranslation("maturity.compare.placeholder"));
        compare.setItemLabelGenerator(summary -> MaturityRadars.unitName(summary.teamName(), this::getTranslation));
        past.setLabel(getTranslation("maturity.compare-past"));
        past.setWidth("20em");
        past.setMaxWidth("100%");
        past.setEmptySelectionAllowed(true);
        past.setEmptySelectionCaption(getTranslation("maturity.compare-past.none"));
        past.setItemLabelGenerator(result -> result == null ? getTranslation("maturity.compare-past.none")
                : result.round().name());
        worksheet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        worksheet.addClickListener(event -> UI.getCurrent().navigate(WorksheetView.class,
                parameters(model.family(), unit.unit())));
        HorizontalLayout toolbar = new HorizontalLayout(round, compare, past, worksheet);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        // the fields' widths are shares of the page's, so that none passes a phone's right edge
        toolbar.setWidthFull();
        Locale locale = getLocale();
        export.setHref((DownloadHandler) event -> resultFile(event, locale), AttachmentType.DOWNLOAD);
        export.setText(getTranslation("maturity.export"));
        export.addClassName("sb-action");
        template.setHref((DownloadHandler) event -> templateFile(event, locale), AttachmentType.DOWNLOAD);
        template.setText(getTranslation("maturity.download-template"));
        template.addClassName("sb-action");
        HorizontalLayout files = new HorizontalLayout(export, template);
        files.addClassName("sb-exports");
        answers.addClassName("sb-maturity-answers");
        add(back, title, subtitle, toolbar, files, radar, answers);

        round.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                show(event.getValue());
            }
        });
        compare.addValueChangeListener(event -> drawRadar());
        past.addValueChangeListener(event -> drawRadar());
    }

    /** The round shown as a workbook with a radar chart; refused (403) for a unit the user may not see. */
    private void resultFile(DownloadEvent event, Locale locale) throws IOException {
        MaturityModel shownModel = model;
        MaturityUnitSummary shownUnit = unit;
        UnitResult result = shown;
        if (shownModel == null || shownUnit == null) {
            event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        String name = MaturityRadars.unitName(shownUnit.teamName(), key -> getTranslation(locale, key));
        event.setFileName(fileName("cx-maturity", name, "xlsx"));
        event.setContentType(MaturitySheets.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            sheets.result(shownModel.family(), shownUnit.unit(), result == null || result.round() == null ? null
                    : result.round().key(), (key, arguments) -> getTranslation(locale, key, arguments), locale, out);
        } catch (AccessDeniedException refused) {
            event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }

    /** The worksheet to fill in offline; refused (403) for a unit the user may not assess. */
    private void templateFile(DownloadEvent event, Locale locale) throws IOException {
        MaturityModel shownModel = model;
        MaturityUnitSummary shownUnit = unit;
        if (shownModel == null || shownUnit == null) {
            event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        String name = MaturityRadars.unitName(shownUnit.teamName(), key -> getTranslation(locale, key));
        event.setFileName(fileName("cx-maturity-worksheet", name, "xlsx"));
        event.setContentType(MaturitySheets.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            sheets.template(shownModel.family(), shownUnit.unit(),
                    (key, arguments) -> getTranslation(locale, key, arguments), locale, out);
        } catch (AccessDeniedException refused) {
            event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }

    static QueryParameters parameters(String family, MaturityUnit unit) {
        return QueryParameters.simple(Map.of(MaturityView.MODEL, family, UNIT, unit.parameter()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<MaturityUnit> wanted = query.getSingleParameter(UNIT).flatMap(MaturityUnit::parse);
        String family = query.getSingleParameter(MaturityView.MODEL).orElse(null);
        model = models.stream().filter(m -> m.family().equals(family)).findFirst()
                .orElse(models.isEmpty() ? null : models.getFirst());
        unit = wanted.flatMap(u -> units.stream().filter(s -> s.unit().equals(u)).findFirst()).orElse(null);
        if (model == null || unit == null) {
            // another tenant's team, a team the user is not in, or no such thing: the same answer
            notAvailable();
            return;
        }
        load();
    }

    private void notAvailable() {
        removeAll();
        add(new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.message")),
                new RouterLink(getTranslation("maturity.back"), MaturityView.class));
    }

    UnitResult shown() {
        return shown;
    }

    RadarChart radar() {
        return radar;
    }

    private void load() {
        String name = MaturityRadars.unitName(unit.teamName(), this::getTranslation);
        title.setText(getTranslation("maturity.unit.title", name));
        history = maturity.history(model.family(), unit.unit(), getLocale());
        List<UnitResult> newestFirst = new ArrayList<>(history.reversed());
        round.setItems(newestFirst);
        round.setVisible(!newestFirst.isEmpty());
        compare.setItems(units.stream().filter(other -> !other.unit().equals(unit.unit())).toList());
        worksheet.setVisible(unit.mayAssess());
        worksheet.setText(getTranslation("maturity.fill-in"));
        radar.setFileName(fileName("cx-maturity", name, "png"));
        template.setVisible(unit.mayAssess());
        if (newestFirst.isEmpty()) {
            show(maturity.result(model.family(), unit.unit(), null, getLocale()));
        } else {
            round.setValue(newestFirst.getFirst());
            show(newestFirst.getFirst());
        }
    }

    private void show(UnitResult result) {
        shown = result;
        List<UnitResult> earlier = history.stream().filter(other -> shown.round() != null
                && other.round().from().isBefore(shown.round().from())).toList().reversed();
        UnitResult keptPast = past.getValue();
        past.setItems(earlier);
        past.setVisible(!earlier.isEmpty());
        if (keptPast != null) {
            earlier.stream().filter(r -> r.round().key().equals(keptPast.round().key())).findFirst()
                    .ifPresent(past::setValue);
        }
        subtitle.setText(result.assessed()
                ? getTranslation("maturity.unit.subtitle", model.name(), result.round().name(), result.assessors())
                : getTranslation("maturity.unit.not-assessed", model.name()));
        drawRadar();
        showAnswers(result);
    }

    private void drawRadar() {
        if (shown == null) {
            return;
        }
        List<MaturityRadars.Layer> layers = new ArrayList<>();
        layers.add(new MaturityRadars.Layer(getTranslation("maturity.series.today"), shown,
                MaturityRadars.Side.TODAY, RadarChart.Style.AREA));
        layers.add(new MaturityRadars.Layer(getTranslation("maturity.series.target"), shown,
                MaturityRadars.Side.TARGET, RadarChart.Style.DASHED));
        for (MaturityUnitSummary other : compare.getSelectedItems()) {
            UnitResult result = maturity.result(model.family(), other.unit(), null, getLocale());
            if (result.assessed()) {
                layers.add(new MaturityRadars.Layer(getTranslation("maturity.series.other-today",
                        MaturityRadars.unitName(other.teamName(), this::getTranslation)), result,
                        MaturityRadars.Side.TODAY, RadarChart.Style.LINE));
            }
        }
        if (past.getValue() != null) {
            layers.add(new MaturityRadars.Layer(getTranslation("maturity.series.past-today",
                    past.getValue().round().name()), past.getValue(), MaturityRadars.Side.TODAY,
                    RadarChart.Style.DOTTED));
        }
        // the chart says what it shows, so that its PNG does too: unit, round and scale
        String scale = MaturityRadars.scale(model, this::getTranslation);
        radar.setTitle(new RadarChart.Title(getTranslation("maturity.unit.title",
                MaturityRadars.unitName(unit.teamName(), this::getTranslation)),
                shown.round() == null ? scale : shown.round().name() + " · " + scale));
        radar.setData(MaturityRadars.radar(model, layers, getLocale()));
    }

    private void showAnswers(UnitResult result) {
        answers.removeAll();
        if (!result.assessed()) {
            return;
        }
        answers.add(new H3(getTranslation("maturity.answers")));
        if (result.answers().isEmpty()) {
            Paragraph hidden = new Paragraph(getTranslation("maturity.answers.hidden", result.assessors()));
            hidden.addClassName("sb-muted");
            answers.add(hidden);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (UnitResult.AssessorAnswers assessor : result.answers()) {
            Div block = new Div();
            block.addClassName("sb-maturity-assessor");
            block.add(new H4(getTranslation("maturity.answers.by", assessor.name(),
                    dates.format(assessor.answers().assessedOn()))));
            Grid<MaturityModel.Dimension> levels = new Grid<>();
            levels.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            levels.setAllRowsVisible(true);
            levels.addColumn(MaturityModel.Dimension::name).setHeader(getTranslation("chart.table.axis"))
                    .setFlexGrow(2);
            levels.addColumn(d -> levelLabel(assessor.answers().choice(d.code()).today()))
                    .setHeader(getTranslation("maturity.step.today")).setFlexGrow(1);
            levels.addColumn(d -> levelLabel(assessor.answers().choice(d.code()).target()))
                    .setHeader(getTranslation("maturity.step.target")).setFlexGrow(1);
            levels.setItems(model.dimensions());
            block.add(levels);
            if (assessor.answers().ambition() != null) {
                block.add(new H4(getTranslation("maturity.ambition")));
                Paragraph ambition = new Paragraph(assessor.answers().ambition());
                ambition.addClassName("sb-maturity-ambition");
                block.add(ambition);
            }
            if (!assessor.answers().changes().isEmpty()) {
                block.add(new H4(getTranslation("maturity.changes")));
                UnorderedList changes = new UnorderedList();
                for (WorksheetAnswers.Change change : assessor.answers().changes()) {
                    ListItem item = new ListItem(new Span(change.description()));
                    Span who = new Span(" " + getTranslation("maturity.change.owner-due",
                            Objects.toString(change.owner(), "–"),
                            change.dueOn() == null ? "–" : dates.format(change.dueOn())));
                    who.addClassName("sb-muted");
                    item.add(who);
                    changes.add(item);
                }
                block.add(changes);
            }
            answers.add(block);
        }
    }

    private String levelLabel(String code) {
        return code == null ? "–" : model.level(code).map(MaturityModel.Level::label).orElse(code);
    }

    /** {@code cx-maturity-tallinn.png}: what it is, the unit's name in plain letters, the extension. */
    static String fileName(String what, String unitName, String extension) {
        // letters with a stroke do not decompose into letter and accent
        String plain = unitName.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("đ", "d").replace("ß", "ss");
        String slug = java.text.Normalizer.normalize(plain, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase(java.util.Locale.ROOT);
        return what + "-" + (slug.isEmpty() ? "unit" : slug) + "." + extension;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maturity.title") + " · " + getTranslation("app.name");
    }
}
