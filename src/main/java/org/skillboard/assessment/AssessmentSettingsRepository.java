package org.skillboard.assessment;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AssessmentSettingsRepository extends Repository<AssessmentSettings, Long> {

    AssessmentSettings save(AssessmentSettings settings);

    /** The tenant's one row, if it has one (the tenant filter leaves at most one). */
    Optional<AssessmentSettings> findFirstBy();
}
