package org.skillboard.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.skillboard.base.BulkReads;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    Person save(Person person);

    Optional<Person> findById(Long id);

    Optional<Person> findByKey(String key);

    List<Person> findAllById(Iterable<Long> ids);

    List<Person> findByKeyIn(java.util.Collection<String> keys);

    <S extends Person> List<S> saveAll(Iterable<S> people);

    List<Person> findAllByOrderByNameAsc();

    long count();

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
