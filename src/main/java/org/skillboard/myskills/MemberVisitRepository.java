package org.skillboard.myskills;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface MemberVisitRepository extends Repository<MemberVisit, Long> {

    MemberVisit save(MemberVisit visit);

    @Query("select v.seenAt from MemberVisit v where v.accountId = :account")
    Optional<Instant> seenAt(@Param("account") long accountId);

    /**
     * Moves the visit forward in one statement, so that two tabs opened together do not trip over each
     * other's version; never backwards.
     *
     * @return how many visits moved: 0 when the account has none yet
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MemberVisit v set v.seenAt = :now, v.version = v.version + 1 where v.accountId = :account"
            + " and v.seenAt < :now")
    int moveTo(@Param("account") long accountId, @Param("now") Instant now);
}
