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

    /** The frameworks in use: current versions, not archived. */
    @Query("select f from Framework f where f.retired = false and f.archivedOn is null order by f.name")
    List<Framework> findInUse();

    @Query("select count(f) from Framework f where f.retired = false and f.archivedOn is null")
    long countEnabled();

    @Query("select f from Framework f where f.family = :family and f.retired = false and f.archivedOn is null"
            + " order by f.language")
    List<Framework> findInUseInFamily(String family);

    /** Whether any version was archived or retired after a day: then "as it was on" that day differs from today. */
    @Query("select count(f) > 0 from Framework f where f.archivedOn > :day or f.retiredOn > :day")
    boolean changedAfter(java.time.LocalDate day);

    /** The id of every framework, in any version, archived or not. */
    @Query("select distinct f.key from Framework f")
    List<String> findAllKeys();

    /** Every version of every framework, oldest version first. */
    @Query("select f from Framework f order by f.versionNumber, f.name")
    List<Framework> findAllVersions();

    /** Every version of a family, in every language: current ones first, then the newest retired ones. */
    @Query("select f from Framework f where f.family = :family order by f.retired, f.versionNumber desc, f.language")
    List<Framework> findEveryVersionInFamily(String family);

    /** Every version of one framework, newest first. */
    @Query("select f from Framework f where f.key = :key order by f.versionNumber desc")
    List<Framework> findVersions(String key);
}
