package org.skillboard.heatmap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;

/**
 * What a heatmap shows, as the address says it, so that a reload, a bookmark or a link opens the same
 * view: team, framework, category, job profile, colouring, the assessment shown, only gaps, the day, the
 * sort and the cell opened. Only what differs from the defaults is written; what a link gets wrong is ignored.
 */
record HeatmapAddress(Long teamId, String family, String category, Long profileId, HeatmapPayload.Mode mode,
        HeatmapQuery.Source source, boolean onlyGaps, LocalDate asOf, HeatmapQuery.Sort sort, Integer column,
        Cell cell) {

    /**
     * A cell named as people read it: {@code cell=ana-ferreira~CEXP}, the person's key and the item's code.
     * The view opens it only where the heatmap shows that person and item.
     */
    record Cell(String personKey, String itemCode) {

        private static final char SEPARATOR = '~';

        static Optional<Cell> parse(String value) {
            int at = value.indexOf(SEPARATOR);
            if (at <= 0 || at == value.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Cell(value.substring(0, at), value.substring(at + 1)));
        }

        @Override
        public String toString() {
            return personKey + SEPARATOR + itemCode;
        }
    }

    static final String TEAM = "team";
    private static final String FRAMEWORK = "framework";
    private static final String CATEGORY = "category";
    private static final String PROFILE = "profile";
    private static final String COLOUR = "colour";
    private static final String SHOWN = "shown";
    private static final String GAPS = "gaps";
    private static final String DAY = "day";
    private static final String SORT = "sort";
    private static final String COLUMN = "column";
    private static final String CELL = "cell";

    QueryParameters parameters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, TEAM, teamId);
        put(values, FRAMEWORK, family);
        put(values, CATEGORY, category);
        put(values, PROFILE, profileId);
        put(values, COLOUR, mode == HeatmapPayload.Mode.LEVEL ? null : name(mode));
        put(values, SHOWN, source == HeatmapQuery.Source.MANAGER_ELSE_SELF ? null : name(source));
        put(values, GAPS, onlyGaps ? "yes" : null);
        put(values, DAY, asOf);
        put(values, SORT, sort == HeatmapQuery.Sort.PERSON ? null : name(sort));
        put(values, COLUMN, sort == HeatmapQuery.Sort.SKILL ? column : null);
        put(values, CELL, cell);
        return new QueryParameters(values);
    }

    static HeatmapAddress of(QueryParameters parameters) {
        return new HeatmapAddress(
                number(parameters, TEAM),
                text(parameters, FRAMEWORK).orElse(null),
                text(parameters, CATEGORY).orElse(null),
                number(parameters, PROFILE),
                text(parameters, COLOUR).flatMap(value -> known(HeatmapPayload.Mode.class, value))
                        .orElse(HeatmapPayload.Mode.LEVEL),
                text(parameters, SHOWN).flatMap(value -> known(HeatmapQuery.Source.class, value))
                        .orElse(HeatmapQuery.Source.MANAGER_ELSE_SELF),
                text(parameters, GAPS).filter("yes"::equals).isPresent(),
                text(parameters, DAY).flatMap(HeatmapAddress::day).orElse(null),
                text(parameters, SORT).flatMap(value -> known(HeatmapQuery.Sort.class, value))
                        .orElse(HeatmapQuery.Sort.PERSON),
                Optional.ofNullable(number(parameters, COLUMN)).map(Long::intValue).orElse(null),
                text(parameters, CELL).flatMap(Cell::parse).orElse(null));
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            values.put(name, List.of(String.valueOf(value)));
        }
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<String> text(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Long number(QueryParameters parameters, String name) {
        return text(parameters, name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> kind, String value) {
        for (E constant : kind.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
