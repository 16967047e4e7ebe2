package org.skillboard.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface FrameworkRepository extends Repository<Framework, Long> {

    Framework save(Framework framework);

    Optional<Framework> findById(Long id);

    @Query("select f from Framework f where f.key = :key and f.retired = false")
    Optional<Framework> findCurrent(String key);

    @Query("select f from Framework f where f.retired = false order by f.name")
    List<Framework> findAllCurrent();

    @Query("select f from Framework f where f.retired = false and f.enabled = true order by f.name")
    List<Framework> findEnabled();

    @Query("select count(f) from Framework f where f.retired = false and f.enabled = true")
    long countEnabled();

    @Query("select f from Framework f where f.family = :family and f.retired = false and f.enabled = true"
            + " order by f.language")
    List<Framework> findEnabledInFamily(String family);
}
