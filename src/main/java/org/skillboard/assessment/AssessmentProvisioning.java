package org.skillboard.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.skillboard.people.PeopleProvisioning;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds the assessments of a tenant's files (and of generated demo teams), in bulk. */
@Service
@Transactional
@PreAuthorize("hasRole('SYSTEM')")
public class AssessmentProvisioning {

    private final AssessmentPeriodRepository periods;
    private final PeopleProvisioning people;
    private final AssessmentBulkAdd bulk;

    AssessmentProvisioning(AssessmentPeriodRepository periods, PeopleProvisioning people, AssessmentBulkAdd bulk) {
        this.periods = periods;
        this.people = people;
        this.bulk = bulk;
    }

    /**
     * Adds assessments from a file, in bulk. An assessment the tenant already has (same
     * person, item, kind, day and level) is not added again, so loading a file twice adds
     * nothing. Every person, period, item and level must exist; the caller checked them.
     *
     * @return how many assessments were added
     */
    public int provision(List<ProvisionedAssessment> incoming) {
        Set<String> personKeys = new HashSet<>();
        incoming.forEach(row -> {
            personKeys.add(row.personKey());
            if (row.assessorKey() != null) {
                personKeys.add(row.assessorKey());
            }
        });
        Map<String, Long> ids = people.idsByKey(personKeys);
        Map<String, Long> periodIds = new HashMap<>();
        periods.findAllByOrderByStartsOnDesc().forEach(period -> periodIds.put(period.getKey(), period.getId()));
        Set<Long> personIds = new HashSet<>();
        incoming.forEach(row -> personIds.add(Objects.requireNonNull(ids.get(row.personKey()), row.personKey())));

        List<Assessment> candidates = new ArrayList<>();
        for (ProvisionedAssessment row : incoming) {
            Long periodId = row.periodKey() == null ? null
                    : Objects.requireNonNull(periodIds.get(row.periodKey()), row.periodKey());
            candidates.add(new Assessment(ids.get(row.personKey()), row.item(), row.kind(), row.levelCode(),
                    row.assessedOn(), row.assessorKey() == null ? null : ids.get(row.assessorKey()), periodId, null,
                    Assessment.evidence(row.evidence())));
        }
        return bulk.add(personIds, candidates, true, count -> {
        });
    }
}
