package org.skillboard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.AdminChange;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries are only ever added: nothing in the log's API writes, and what is written stays as it was. */
@SkillboardTest
class AuditAppendOnlyTest {

    private static final Set<String> READS = Set.of("entries", "count", "eachEntry");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManager entityManager;
    @Autowired
    AuditLog log;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_logs_services_only_read() {
        for (Class<?> service : List.of(AuditReads.class, AuditLog.class, PlatformAuditLog.class)) {
            assertThat(publicMethods(service)).as(service.getSimpleName()).isEqualTo(READS);
        }
    }

    @Test
    void the_repositories_can_neither_save_nor_delete_and_the_entries_have_no_setters() {
        for (Class<?> repository : List.of(AuditEntryRepository.class, PlatformAuditEntryRepository.class)) {
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName()).isNotEmpty()
                    .noneMatch(name -> name.matches("(save|delete|update|remove|persist|merge|flush).*"));
        }
        for (Class<?> entity : List.of(AuditEntry.class, PlatformAuditEntry.class, AuditFacts.class)) {
            assertThat(Arrays.stream(entity.getDeclaredMethods()).map(Method::getName))
                    .as(entity.getSimpleName()).noneMatch(name -> name.startsWith("set"));
        }
    }

    @Test
    void an_entry_changed_in_memory_is_never_written_back(@Autowired TenantFixture tenants) throws Exception {
        FreshTenant tenant = tenants.newTenant("audit-immutable");
        tenant.signInAs("admin");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> events.publishEvent(
                AdminChange.of(AdminChange.Kind.TEAM, "renamed", "Alpha", "Alpha", "Alpha team")));
        long id = log.entries(AuditFilter.NONE, PageRequest.of(0, 1)).getContent().getFirst().id();
        Field subject = AuditFacts.class.getDeclaredField("subject");
        Field facts = AuditEntry.class.getDeclaredField("facts");
        subject.setAccessible(true);
        facts.setAccessible(true);

        transaction.executeWithoutResult(status -> {
            AuditEntry entry = entityManager.find(AuditEntry.class, id);
            try {
                subject.set(facts.get(entry), "Rewritten");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            entityManager.flush();
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                .createQuery("update AuditEntry e set e.facts.subject = 'Rewritten'").executeUpdate()))
                .as("a bulk update of an immutable entity is refused").hasStackTraceContaining("immutable");

        assertThat(log.entries(AuditFilter.NONE, PageRequest.of(0, 1)).getContent())
                .extracting(AuditRecord::subject).containsExactly("Alpha");
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Stream.of(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName).collect(Collectors.toSet());
    }
}
