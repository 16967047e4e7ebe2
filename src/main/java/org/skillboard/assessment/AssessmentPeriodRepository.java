package org.skillboard.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssessmentPeriodRepository extends Repository<AssessmentPeriod, Long> {

    AssessmentPeriod save(AssessmentPeriod period);

    Optional<AssessmentPeriod> findById(long id);

    Optional<AssessmentPeriod> findByKey(String key);

    List<AssessmentPeriod> findAllByOrderByStartsOnDesc();
}
