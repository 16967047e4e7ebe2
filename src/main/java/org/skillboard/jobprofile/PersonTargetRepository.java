package org.skillboard.jobprofile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface PersonTargetRepository extends Repository<PersonTarget, Long> {

    PersonTarget save(PersonTarget target);

    void delete(PersonTarget target);

    List<PersonTarget> findByPersonIdIn(Collection<Long> personIds);

    List<PersonTarget> findAll();
}
