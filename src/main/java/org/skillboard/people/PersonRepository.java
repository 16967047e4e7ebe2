package org.skillboard.people;

import org.skillboard.base.Keys;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.skillboard.base.BulkReads;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    /**
     * The people list's filter (see {@link PeopleFilter}); {@code text} is a lower-case LIKE pattern with
     * {@code !} as escape. Team places count only teams in use.
     */
    String FILTER = "(:text is null or lower(p.name) like :text escape '!' or lower(p.key) like :text escape '!'"
            + " or lower(p.email) like :text escape '!' or lower(p.jobTitle) like :text escape '!')"
            + " and (:active is null or p.active = :active)"
            + " and (:teamId is null or exists (select m.id from TeamMembership m"
            + "     where m.person = p and m.team.id = :teamId))"
            + " and (:role is null or exists (select m.id from TeamMembership m"
            + "     where m.person = p and m.role = :role and m.team.archivedAt is null))"
            + " and (:noTeam = false or not exists (select m.id from TeamMembership m"
            + "     where m.person = p and m.team.archivedAt is null))";

    Person save(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByKey(String key);

    List<Person> findAllById(Iterable<Long> ids);

    List<Person> findByKeyIn(java.util.Collection<String> keys);

    <S extends Person> List<S> saveAll(Iterable<S> people);

    List<Person> findAllByOrderByNameAsc();

    List<Person> findByActiveTrueOrderByNameAsc();

    long count();

    long countByActive(boolean active);

    @Query(value = "select p from Person p where " + FILTER + " order by p.name, p.id",
            countQuery = "select count(p) from Person p where " + FILTER)
    Page<Person> findFiltered(String text, Boolean active, Long teamId, TeamRole role, boolean noTeam,
            Pageable page);

    @Query("select count(p) from Person p where " + FILTER)
    long countFiltered(String text, Boolean active, Long teamId, TeamRole role, boolean noTeam);

    /** Keys that are the base or the base with a suffix, for {@link Keys#unique}. */
    @Query("select p.key from Person p where p.key = :base or p.key like :prefix")
    List<String> keysLike(String base, String prefix);

    /** Whether she is still here; empty when there is no such person in the tenant. */
    @Query("select p.active from Person p where p.id = :personId")
    Optional<Boolean> activeById(long personId);

    /** People by id; a large selection is read as the tenant's people and picked in memory (see BulkReads). */
    default List<Person> findByIds(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        if (!BulkReads.large(personIds)) {
            return findAllById(personIds);
        }
        java.util.Set<Long> wanted = new HashSet<>(personIds);
        return findAllByOrderByNameAsc().stream().filter(person -> wanted.contains(person.getId())).toList();
    }
}
