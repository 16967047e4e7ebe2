package org.skillboard.maturity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MaturityAssessmentRepository extends Repository<MaturityAssessment, Long> {

    MaturityAssessment save(MaturityAssessment assessment);

    void delete(MaturityAssessment assessment);

    /** Every completed worksheet of one model, with its ratings: a tenant has units × assessors × rounds of them. */
    @Query("select distinct a from MaturityAssessment a left join fetch a.ratings"
            + " where a.family = :family and a.status = org.skillboard.maturity.MaturityStatus.COMPLETED")
    List<MaturityAssessment> findCompleted(String family);

    @Query("select a from MaturityAssessment a where a.family = :family and a.assessorId = :assessorId"
            + " and ((:teamId is null and a.teamId is null) or a.teamId = :teamId)")
    List<MaturityAssessment> findOfAssessor(String family, Long teamId, long assessorId);
}
