package org.skillboard.maturity.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.skillboard.base.ui.RadarChart;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.UnitResult;

/** Turns maturity results into radar charts: one axis per dimension, the model's levels as the scale. */
final class MaturityRadars {

    /** Which side of the worksheet a line shows. */
    enum Side {
        TODAY,
        TARGET
    }

    /** One line: a unit's result, today or in five years, under a name and in a style. */
    record Layer(String name, UnitResult result, Side side, RadarChart.Style style) {
    }

    private MaturityRadars() {
    }

    static RadarChart.Data radar(MaturityModel model, List<Layer> layers, Locale locale) {
        List<RadarChart.Axis> axes = model.dimensions().stream()
                .map(dimension -> new RadarChart.Axis(dimension.name(), dimension.overview())).toList();
        List<RadarChart.Level> levels = model.levels().stream()
                .map(level -> level.name() != null && !level.name().isBlank()
                        ? new RadarChart.Level(level.rank(), level.name(), level.summary())
                        : new RadarChart.Level(level.rank(), Objects.toString(level.summary(), level.code()), null))
                .toList();
        List<RadarChart.Series> series = new ArrayList<>();
        for (Layer layer : layers) {
            List<Double> values = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (MaturityModel.Dimension dimension : model.dimensions()) {
                UnitResult.Spread spread = spread(layer.result(), dimension.code(), layer.side());
                values.add(spread == null ? null : spread.median());
                notes.add(spread == null || spread.count() < 2 ? "" : range(spread, locale));
            }
            series.add(new RadarChart.Series(layer.name(), values, notes, layer.style()));
        }
        return new RadarChart.Data(axes, model.scaleSize(), levels, series);
    }

    static UnitResult.Spread spread(UnitResult result, String dimension, Side side) {
        return result.dimensions().stream().filter(d -> d.code().equals(dimension)).findFirst()
                .map(d -> side == Side.TODAY ? d.today() : d.target()).orElse(null);
    }

    /** "2–4" for a spread; empty when everyone agreed. */
    static String range(UnitResult.Spread spread, Locale locale) {
        if (spread.min() == null || spread.min().equals(spread.max())) {
            return "";
        }
        return spread.min() + "–" + spread.max();
    }

    static String number(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The scale the radar's rings stand for: "Kliendikogemuse küpsustasemed, levels 1–6". */
    static String scale(MaturityModel model, BiFunction<String, Object[], String> translate) {
        return model.scaleName() == null || model.scaleName().isBlank()
                ? translate.apply("maturity.radar.scale.unnamed", new Object[] {model.scaleSize()})
                : translate.apply("maturity.radar.scale", new Object[] {model.scaleName(), model.scaleSize()});
    }

    /** The unit's name: the team's, or "the whole organisation" in the user's language. */
    static String unitName(String teamName, Function<String, String> translate) {
        return teamName == null ? translate.apply("maturity.unit.organisation") : teamName;
    }
}
