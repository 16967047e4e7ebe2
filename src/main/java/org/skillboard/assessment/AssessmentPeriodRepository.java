package org.skillboard.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssessmentPeriodRepository extends Repository<AssessmentPeriod, Long> {

    AssessmentPeriod save(AssessmentPeriod period);

    Optional<AssessmentPeriod> findById(long id);

    Optional<AssessmentPeriod> findByKey(String key);

    /** Every period, archived ones too, newest first. */
    List<AssessmentPeriod> findAllByOrderByStartsOnDesc();

    /** The periods in use (not archived), newest first. */
    default List<AssessmentPeriod> inUse() {
        return findAllByOrderByStartsOnDesc().stream().filter(period -> !period.isArchived()).toList();
    }

    /** The period in use a day falls in, if any (periods in use do not overlap). */
    default Optional<AssessmentPeriod> containing(LocalDate day) {
        return inUse().stream().filter(period -> period.contains(day)).findFirst();
    }

    /** Every period's name, archived ones too: assessments made in a period keep its name. */
    default Map<Long, String> namesById() {
        Map<Long, String> names = new HashMap<>();
        findAllByOrderByStartsOnDesc().forEach(period -> names.put(period.getId(), period.getName()));
        return names;
    }
}
