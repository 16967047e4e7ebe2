package org.skillboard.tenant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface TenantRepository extends Repository<Tenant, Long> {

    Tenant save(Tenant tenant);

    Optional<Tenant> findById(Long id);

    Optional<Tenant> findBySlug(String slug);

    List<Tenant> findAllByOrderByNameAsc();
}
