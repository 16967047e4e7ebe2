package org.skillboard.framework;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FrameworkChangesRepository extends Repository<FrameworkChanges, Long> {

    FrameworkChanges save(FrameworkChanges changes);

    Optional<FrameworkChanges> findFirstBy();

    /** The tenant's count, without loading the row as an entity; empty before its first change. */
    @Query("select c.changes from FrameworkChanges c")
    Optional<Long> changes();
}
