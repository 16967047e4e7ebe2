package org.skillboard.security;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PlatformAdminRepository extends Repository<PlatformAdmin, Long> {

    PlatformAdmin save(PlatformAdmin admin);

    Optional<PlatformAdmin> findById(Long id);

    Optional<PlatformAdmin> findByUsername(String username);

    long count();
}
