package org.skillboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.TenantTransactions;
import org.skillboard.tenant.TenantService;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Below the services, at the level Hibernate guards: a session of tenant B cannot
 * find, change or delete tenant A's rows, whatever it tries, and A's rows stay as they were.
 */
@SkillboardTest
class RowLevelIsolationTest {

    static String slugA;
    static long tenantA;
    static long tenantB;
    static long personOfA;

    @Autowired
    TenantTransactions tx;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PersonRepository people;

    @BeforeAll
    static void twoTenants(@Autowired TenantFiles loader, @Autowired TenantService tenants,
            @Autowired UserDetailsService users, @Autowired TenantTransactions tx,
            @Autowired PersonRepository people) {
        slugA = TestTenants.newSlug("rows-a");
        String slugB = TestTenants.newSlug("rows-b");
        loader.load(slugA, slugA, TestTenants.yaml(slugA));
        loader.load(slugB, slugB, TestTenants.yaml(slugB));
        SignIn.as(users, "platform-admin");
        tenantA = tenants.findBySlug(slugA).id();
        tenantB = tenants.findBySlug(slugB).id();
        SignIn.out();
        personOfA = tx.inTenant(tenantA, () -> people.findByKey("lead").orElseThrow().getId());
    }

    @Test
    void tenant_b_finds_no_row_of_tenant_a_by_id_key_or_query() {
        tx.inTenant(tenantB, () -> {
            assertThat(people.findById(personOfA)).isEmpty();
            assertThat(entityManager.find(Person.class, personOfA)).isNull();
            assertThat(entityManager.createQuery("select p from Person p where p.id = :id", Person.class)
                    .setParameter("id", personOfA).getResultList()).isEmpty();
            assertThat(people.findAllByOrderByNameAsc()).allMatch(person -> person.getTenantId() == tenantB);
            return null;
        });
    }

    @Test
    void tenant_b_cannot_update_a_row_of_tenant_a_even_with_its_detached_copy() {
        Person detached = tx.inTenant(tenantA, () -> people.findById(personOfA).orElseThrow());
        detached.setName("Changed by B");

        assertThatThrownBy(() -> tx.inTenant(tenantB, () -> entityManager.merge(detached)))
                .isInstanceOf(RuntimeException.class);
        tx.inTenant(tenantB, () -> entityManager.createQuery("update Person p set p.jobTitle = 'Bulk by B'")
                .executeUpdate());

        Person after = tx.inTenant(tenantA, () -> people.findById(personOfA).orElseThrow());
        assertThat(after.getName()).isEqualTo("Lead " + slugA);
        assertThat(after.getJobTitle()).isEqualTo("Team lead");
    }

    @Test
    void tenant_b_cannot_delete_a_row_of_tenant_a() {
        assertThatThrownBy(() -> tx.inTenant(tenantB, () -> {
            entityManager.remove(entityManager.getReference(Person.class, personOfA));
            entityManager.flush();
            return null;
        })).isInstanceOf(RuntimeException.class);
        tx.inTenant(tenantB, () -> entityManager.createQuery("delete from TeamMembership m").executeUpdate());

        assertThat(tx.inTenant(tenantA, () -> people.findById(personOfA))).isPresent();
        assertThat(tx.inTenant(tenantA, () -> entityManager
                .createQuery("select count(m) from TeamMembership m", Long.class).getSingleResult())).isEqualTo(5L);
    }

    @Test
    void a_row_saved_in_a_tenant_scope_belongs_to_that_tenant() {
        long id = tx.inTenant(tenantB, () -> people.save(new Person("saved-" + System.nanoTime(), "Saved")).getId());

        assertThat(tx.inTenant(tenantB, () -> people.findById(id).orElseThrow().getTenantId())).isEqualTo(tenantB);
        assertThat(tx.inTenant(tenantA, () -> people.findById(id))).isEmpty();
    }
}
