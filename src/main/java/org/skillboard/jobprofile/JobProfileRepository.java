package org.skillboard.jobprofile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface JobProfileRepository extends Repository<JobProfile, Long> {

    JobProfile save(JobProfile profile);

    Optional<JobProfile> findById(Long id);

    Optional<JobProfile> findByKey(String key);

    long count();

    @Query("select distinct p from JobProfile p left join fetch p.requirements order by p.name")
    List<JobProfile> findAllWithRequirements();

    /** Whether a person exists in the current tenant (the tenant filter applies to Person too). */
    @Query("select count(p) from Person p where p.id = :personId")
    long countPeopleWithId(long personId);

    @Query("select p.name from Person p where p.id = :personId")
    Optional<String> personName(long personId);

    @Query("select p.id from Person p where p.key = :key")
    Optional<Long> personIdByKey(String key);

    /** Every person of the tenant with the id of their job profile, if any. */
    @Query("select p.id, p.name, p.jobTitle, a.profile.id from Person p left join PersonJobProfile a"
            + " on a.personId = p.id order by p.name")
    List<Object[]> peopleWithProfiles();
}
