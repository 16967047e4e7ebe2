package org.skillboard.assessment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillboard.people.PersonLookup;
import org.springframework.stereotype.Component;

/** Assessments as people read them in a history: with the names of their assessors and periods. */
@Component
class HistoryEntries {

    private final PersonLookup lookup;
    private final AssessmentPeriodRepository periods;

    HistoryEntries(PersonLookup lookup, AssessmentPeriodRepository periods) {
        this.lookup = lookup;
        this.periods = periods;
    }

    /** The entries of assessments the user may read: their assessors are named whoever they are. */
    List<AssessmentEntry> of(List<Assessment> rows) {
        Set<Long> assessors = new HashSet<>();
        rows.forEach(row -> {
            if (row.getAssessorId() != null) {
                assessors.add(row.getAssessorId());
            }
        });
        Map<Long, String> names = lookup.names(assessors);
        Map<Long, String> periodNames = periods.namesById();
        return rows.stream().map(row -> new AssessmentEntry(row.getId(), row.getPersonId(), row.item(), row.getKind(),
                row.getLevelCode(), row.getAssessedOn(), names.get(row.getAssessorId()),
                periodNames.get(row.getPeriodId()), row.getEvidence(), row.isLatest(), row.getAcceptedFrom() != null))
                .toList();
    }
}
