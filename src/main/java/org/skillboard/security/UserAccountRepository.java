package org.skillboard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends Repository<UserAccount, Long> {

    String FILTER = """
            from UserAccount a
            where (lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
              and (:status is null
                   or (:status = 'DISABLED' and a.enabled = false)
                   or (:status = 'INVITED' and a.enabled = true and a.passwordChosen = false)
                   or (:status = 'ACTIVE' and a.enabled = true and a.passwordChosen = true))
              and (:admins is null or (:admins = true and a.rolesText like '%TENANT_ADMIN%')
                   or (:admins = false and a.rolesText not like '%TENANT_ADMIN%'))
              and (:withPerson is null or (:withPerson = true and a.personId is not null)
                   or (:withPerson = false and a.personId is null))
            """;

    UserAccount save(UserAccount account);

    Optional<UserAccount> findById(Long id);

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(Long personId);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    @Query("select a " + FILTER + " order by a.displayName, a.id")
    List<UserAccount> findPage(@Param("pattern") String pattern, @Param("status") String status,
            @Param("admins") Boolean admins, @Param("withPerson") Boolean withPerson, Pageable page);

    @Query("select count(a) " + FILTER)
    long countFiltered(@Param("pattern") String pattern, @Param("status") String status,
            @Param("admins") Boolean admins, @Param("withPerson") Boolean withPerson);

    @Query("select a.displayName from UserAccount a where a.enabled = true and a.rolesText like '%TENANT_ADMIN%'"
            + " order by a.displayName")
    List<String> findAdministratorNames();

    @Query("select count(a) from UserAccount a where a.enabled = true and a.passwordChosen = true"
            + " and a.rolesText like '%TENANT_ADMIN%' and a.id <> :except")
    long countOtherEnabledAdmins(@Param("except") long except);

    long count();
}
