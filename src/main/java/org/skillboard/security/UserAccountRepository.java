package org.skillboard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    UserAccount save(UserAccount account);

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    long count();
}
