package org.skillboard.assessment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AssessmentSettingsRepository extends Repository<AssessmentSettings, Long> {

    AssessmentSettings save(AssessmentSettings settings);

    /** The tenant's one row, if it has one (the tenant filter leaves at most one). */
    Optional<AssessmentSettings> findFirstBy();

    /** The tenant's row, locked until the transaction ends: imports of one tenant take turns on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from AssessmentSettings s")
    Optional<AssessmentSettings> lockForImport();

    /** The tenant's rules, the defaults until an admin or a tenant file sets them. */
    default AssessmentRules rules() {
        return findFirstBy().map(AssessmentSettings::rules).orElse(AssessmentRules.DEFAULT);
    }
}
