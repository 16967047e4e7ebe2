package org.skillboard.maturity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.skillboard.base.ui.RadarChart;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.UnitResult;
import org.skillboard.security.Roles;

/**
 * The tenant's CX maturity at a glance: every unit the user may see side by side, each in
 * the latest round it was assessed in, as small radar charts (today against the five-year
 * target) and as a table of the same medians with the gap to target.
 */
@Route("maturity")
@Menu(title = "menu.maturity", order = 6, icon = "CHART")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class MaturityView extends VerticalLayout implements HasDynamicTitle {

    static final String MODEL = "model";

    private final MaturityService maturity;
    private final List<MaturityModel> models;
    private final Select<MaturityModel> model = new Select<>();
    private final Paragraph scale = new Paragraph();
    private final Div cards = new Div();
    private final Grid<UnitResult> table = new Grid<>();
    private List<UnitResult> results = List.of();

    MaturityView(MaturityService maturity) {
        this.maturity = maturity;
        this.models = maturity.models(getLocale());
        addClassName("sb-page");
        setWidthFull();
        add(new H2(getTranslation("maturity.title")));
        if (models.isEmpty()) {
            add(new Paragraph(getTranslation("maturity.no-model")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("maturity.intro"));
        intro.addClassName("sb-muted");
        add(intro);
        model.setLabel(getTranslation("maturity.model"));
        model.setItems(models);
        model.setItemLabelGenerator(m -> m == null ? "" : m.name());
        model.setVisible(models.size() > 1);
        model.addValueChangeListener(event -> reload());
        cards.addClassName("sb-maturity-cards");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.addClassName("sb-maturity-table");
        scale.addClassName("sb-maturity-scale");
        add(model, scale, cards, new H3(getTranslation("maturity.overview.table")), table);
        model.setValue(models.getFirst());
    }

    List<UnitResult> results() {
        return results;
    }

    private void reload() {
        MaturityModel chosen = model.getValue();
        if (chosen == null) {
            return;
        }
        results = maturity.overview(chosen.family(), getLocale());
        // what the rings of the small radars stand for
        scale.setText(MaturityRadars.scale(chosen, this::getTranslation) + ": " + chosen.levels().stream()
                .map(level -> level.rank() + " " + (level.name() == null || level.name().isBlank()
                        ? java.util.Objects.toString(level.summary(), level.code()) : level.name()))
                .collect(java.util.stream.Collectors.joining(" · ")));
        cards.removeAll();
        for (UnitResult result : results) {
            cards.add(card(chosen, result));
        }
        fillTable(chosen);
    }

    private Div card(MaturityModel chosen, UnitResult result) {
        Div card = new Div();
        card.addClassName("sb-maturity-card");
        String name = MaturityRadars.unitName(result.teamName(), this::getTranslation);
        RouterLink title = new RouterLink(name, MaturityUnitView.class);
        title.setQueryParameters(MaturityUnitView.parameters(chosen.family(), result.unit()));
        title.addClassName("sb-maturity-card-title");
        card.add(title);
        if (!result.assessed()) {
            Span none = new Span(getTranslation("maturity.not-assessed"));
            none.addClassName("sb-muted");
            card.add(none);
            return card;
        }
        Span meta = new Span(getTranslation("maturity.card.meta", result.round().name(), result.assessors(),
                MaturityRadars.number(result.averageGap(), getLocale())));
        meta.addClassName("sb-muted");
        RadarChart.Data data = MaturityRadars.radar(chosen, List.of(
                new MaturityRadars.Layer(getTranslation("maturity.series.today"), result, MaturityRadars.Side.TODAY,
                        RadarChart.Style.AREA),
                new MaturityRadars.Layer(getTranslation("maturity.series.target"), result,
                        MaturityRadars.Side.TARGET, RadarChart.Style.DASHED)), getLocale());
        card.add(meta, RadarChart.small(data));
        return card;
    }

    private void fillTable(MaturityModel chosen) {
        table.removeAllColumns();
        table.addColumn(result -> MaturityRadars.unitName(result.teamName(), this::getTranslation))
                .setHeader(getTranslation("maturity.column.unit")).setWidth("10em").setFlexGrow(1).setFrozen(true);
        // a round's name may be long (two languages): it wraps, leaving the dimensions their width
        table.addColumn(result -> result.assessed() ? result.round().name() : getTranslation("maturity.not-assessed"))
                .setHeader(getTranslation("maturity.column.round")).setWidth("12em").setFlexGrow(1);
        table.addColumn(UnitResult::assessors).setHeader(getTranslation("maturity.column.assessors"))
                .setAutoWidth(true);
        for (MaturityModel.Dimension dimension : chosen.dimensions()) {
            table.addColumn(result -> todayToTarget(result, dimension.code())).setHeader(dimension.name())
                    .setWidth("9.5em").setFlexGrow(1).setTooltipGenerator(result -> dimension.overview());
        }
        table.addColumn(result -> MaturityRadars.number(result.averageGap(), getLocale()))
                .setHeader(getTranslation("maturity.column.gap")).setAutoWidth(true);
        table.setItems(results);
    }

    /** "2 → 4": the median today and in five years. */
    private String todayToTarget(UnitResult result, String dimension) {
        UnitResult.Spread today = MaturityRadars.spread(result, dimension, MaturityRadars.Side.TODAY);
        UnitResult.Spread target = MaturityRadars.spread(result, dimension, MaturityRadars.Side.TARGET);
        if (today == null || today.median() == null) {
            return "–";
        }
        return MaturityRadars.number(today.median(), getLocale()) + " → "
                + MaturityRadars.number(target.median(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maturity.title") + " · " + getTranslation("app.name");
    }
}
