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

    List<AssessmentPeriod> findAllByOrderByStartsOnDesc();

    /** The period a day falls in, if any (the latest to start, should periods overlap). */
    default Optional<AssessmentPeriod> containing(LocalDate day) {
        return findAllByOrderByStartsOnDesc().stream().filter(period -> period.contains(day)).findFirst();
    }

    default Map<Long, String> namesById() {
        Map<Long, String> names = new HashMap<>();
        findAllByOrderByStartsOnDesc().forEach(period -> names.put(period.getId(), period.getName()));
        return names;
    }
}
