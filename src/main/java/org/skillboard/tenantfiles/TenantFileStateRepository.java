package org.skillboard.tenantfiles;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface TenantFileStateRepository extends Repository<TenantFileState, Long> {

    TenantFileState save(TenantFileState state);

    Optional<TenantFileState> findByFileName(String fileName);
}
