package org.skillboard.framework.editor;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FrameworkDraftRepository extends Repository<FrameworkDraft, Long> {

    FrameworkDraft save(FrameworkDraft draft);

    Optional<FrameworkDraft> findById(Long id);

    @Query("select d from FrameworkDraft d where d.key = :key")
    Optional<FrameworkDraft> findByKey(String key);

    @Query("select d from FrameworkDraft d order by d.updatedAt desc")
    List<FrameworkDraft> findAllNewestFirst();

    void delete(FrameworkDraft draft);
}
