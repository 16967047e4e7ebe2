package org.skillboard.people;

import java.util.List;
import java.util.Optional;
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
}
