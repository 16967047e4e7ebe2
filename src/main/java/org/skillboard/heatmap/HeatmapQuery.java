package org.skillboard.heatmap;

import java.time.LocalDate;

/**
 * What a heatmap shows.
 *
 * @param teamId the team; ignored for members, who see only their own row
 * @param family only this framework family, or {@code null} for all
 * @param category only this category (by name), or {@code null} for all
 * @param jobProfileId only people with this job profile, or {@code null} for all
 * @param onlyGaps only people below target in at least one shown item
 * @param asOf as it was at the end of this day, or {@code null} for now
 * @param sortColumn the column to sort by when {@code sort} is {@link Sort#SKILL}
 */
public record HeatmapQuery(Long teamId, String family, String category, Long jobProfileId, boolean onlyGaps,
        LocalDate asOf, Source source, Sort sort, int sortColumn) {

    public HeatmapQuery {
        source = source == null ? Source.MANAGER_ELSE_SELF : source;
        sort = sort == null ? Sort.PERSON : sort;
    }

    /** Which assessment a cell shows. */
    public enum Source {
        SELF, MANAGER, MANAGER_ELSE_SELF
    }

    public enum Sort {
        PERSON, GAP, SKILL
    }

    public static HeatmapQuery team(Long teamId) {
        return new HeatmapQuery(teamId, null, null, null, false, null, Source.MANAGER_ELSE_SELF, Sort.PERSON, 0);
    }

    public HeatmapQuery withSource(Source newSource) {
        return new HeatmapQuery(teamId, family, category, jobProfileId, onlyGaps, asOf, newSource, sort, sortColumn);
    }

    public HeatmapQuery withAsOf(LocalDate day) {
        return new HeatmapQuery(teamId, family, category, jobProfileId, onlyGaps, day, source, sort, sortColumn);
    }

    public HeatmapQuery withFilters(String newFamily, String newCategory, Long newJobProfileId, boolean gapsOnly) {
        return new HeatmapQuery(teamId, newFamily, newCategory, newJobProfileId, gapsOnly, asOf, source, sort,
                sortColumn);
    }

    public HeatmapQuery sortedBy(Sort newSort, int column) {
        return new HeatmapQuery(teamId, family, category, jobProfileId, onlyGaps, asOf, source, newSort, column);
    }
}
