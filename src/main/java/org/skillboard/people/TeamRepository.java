package org.skillboard.people;

import org.skillboard.base.Keys;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TeamRepository extends Repository<Team, Long> {

    /** The teams list's filter (see {@link TeamFilter}); {@code text} as in {@link PersonRepository#FILTER}. */
    String FILTER = "(:text is null or lower(t.name) like :text escape '!' or lower(t.key) like :text escape '!')"
            + " and (:withArchived = true or t.archivedAt is null)";

    Team save(Team team);

    Optional<Team> findById(Long id);

    Optional<Team> findByKey(String key);

    List<Team> findAllByOrderByNameAsc();

    List<Team> findByArchivedAtIsNullOrderByNameAsc();

    long countByArchivedAtIsNull();

    long countByArchivedAtIsNotNull();

    @Query(value = "select t from Team t where " + FILTER + " order by t.name, t.id",
            countQuery = "select count(t) from Team t where " + FILTER)
    Page<Team> findFiltered(String text, boolean withArchived, Pageable page);

    @Query("select count(t) from Team t where " + FILTER)
    long countFiltered(String text, boolean withArchived);

    /** Keys that are the base or the base with a suffix, for {@link Keys#unique}. */
    @Query("select t.key from Team t where t.key = :base or t.key like :prefix")
    List<String> keysLike(String base, String prefix);
}
