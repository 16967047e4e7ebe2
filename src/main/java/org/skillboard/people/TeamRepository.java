package org.skillboard.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface TeamRepository extends Repository<Team, Long> {

    Team save(Team team);

    Optional<Team> findById(Long id);

    Optional<Team> findByKey(String key);

    List<Team> findAllByOrderByNameAsc();

    long count();

    void delete(Team team);
}
