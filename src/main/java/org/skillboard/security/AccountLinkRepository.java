package org.skillboard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AccountLinkRepository extends Repository<AccountLink, Long> {

    AccountLink save(AccountLink link);

    Optional<AccountLink> findBySecretHash(String secretHash);

    List<AccountLink> findByAccountIdAndUsedAtIsNull(Long accountId);
}
