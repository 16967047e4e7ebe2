package org.skillboard.jobprofile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonJobProfileRepository extends Repository<PersonJobProfile, Long> {

    PersonJobProfile save(PersonJobProfile assignment);

    void delete(PersonJobProfile assignment);

    Optional<PersonJobProfile> findByPersonId(long personId);

    @Query("select a from PersonJobProfile a join fetch a.profile p left join fetch p.requirements"
            + " where a.personId in :personIds")
    List<PersonJobProfile> findWithRequirements(Collection<Long> personIds);

    /** Who has which profile, as (person id, profile id) pairs, without loading the profiles. */
    @Query("select a.personId, a.profile.id from PersonJobProfile a where a.personId in :personIds")
    List<Object[]> findProfileIds(Collection<Long> personIds);

    @Query("select a.personId, a.profile.id from PersonJobProfile a")
    List<Object[]> findAllProfileIds();
}
