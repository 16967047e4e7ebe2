package org.skillboard.audit;

import org.skillboard.testsupport.AuditWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.sheets.AssessmentUploads;
import org.skillboard.base.AdminChange;
import org.skillboard.base.AdminChange.Kind;
import org.skillboard.base.TenantTransactions;
import org.skillboard.base.UserFacingException;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenant.TenantService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.skillboard.testsupport.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every administrative change lands in the audit log with the change, or not at all; a tenant admin reads her
 * tenant's log and nothing else, the platform admin the platform's, and nobody else either.
 */
@SkillboardTest
class AuditLogTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);
    static FreshTenant a;
    static FreshTenant b;

    @Autowired
    AuditLog log;
    @Autowired
    PlatformAuditLog platformLog;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TenantTransactions tenantTransactions;
    @Autowired
    TenantService tenants;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void twoTenants(@Autowired TenantFixture fixture) {
        a = fixture.newSkillsTenant("audit-a");
        b = fixture.newTenant("audit-b");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_change_a_tenant_admin_makes_is_in_her_tenants_log_with_who_when_before_and_after() {
        a.signInAs("admin");
        String team = unique("Alpha");

        committed(AdminChange.of(Kind.TEAM, "renamed", team, "Alpha", "Alpha & Co"));

        AuditRecord entry = single(log.entries(bySubject(team), FIRST_PAGE));
        assertThat(entry.actorLogin()).isEqualTo(a.login("admin"));
        assertThat(entry.actorName()).isEqualTo("Admin of " + a.slug());
        assertThat(LocalDate.ofInstant(entry.occurredAt(), ZoneOffset.UTC)).isEqualTo(TODAY);
        assertThat(entry.kind()).isEqualTo(Kind.TEAM);
        assertThat(entry.action()).isEqualTo("renamed");
        assertThat(entry.before()).isEqualTo("Alpha");
        assertThat(entry.after()).isEqualTo("Alpha & Co");
        assertThat(entry.tenantId()).isEqualTo(CurrentUser.require().tenantId());
        assertThat(log.count(bySubject(team))).isOne();
    }

    @Test
    void a_change_that_is_rolled_back_leaves_no_entry() {
        a.signInAs("admin");
        String person = unique("Rolled back");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(AdminChange.of(Kind.PERSON, "changed", person, "Agent", "Senior agent"));
            status.setRollbackOnly();
        });

        assertThat(log.count(bySubject(person))).isZero();
        assertThat(log.entries(bySubject(person), FIRST_PAGE)).isEmpty();
    }

    @Test
    void a_change_published_outside_a_transaction_is_refused_rather_than_recorded_apart_from_it() {
        a.signInAs("admin");
        String person = unique("No transaction");

        assertThatThrownBy(() -> events.publishEvent(AdminChange.of(Kind.PERSON, "created", person, null, "x")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(log.count(bySubject(person))).isZero();
    }

    @Test
    void another_tenants_admin_sees_none_of_a_tenants_entries() {
        a.signInAs("admin");
        String framework = unique("Framework of a");
        committed(AdminChange.of(Kind.FRAMEWORK, "archived", framework, "active", "archived"));

        b.signInAs("admin");

        assertThat(log.count(bySubject(framework))).isZero();
        List<AuditRecord> everything = new ArrayList<>();
        log.eachEntry(AuditFilter.NONE, everything::add);
        assertThat(everything).extracting(AuditRecord::subject).doesNotContain(framework);
        assertThat(log.entries(AuditFilter.NONE, FIRST_PAGE)).extracting(AuditRecord::subject)
                .doesNotContain(framework);
    }

    @Test
    void leads_and_members_cannot_read_the_log_and_neither_log_is_open_to_the_other_kind_of_admin() {
        for (String who : List.of("lead", "member")) {
            a.signInAs(who);
            assertThatThrownBy(() -> log.entries(AuditFilter.NONE, FIRST_PAGE)).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.count(AuditFilter.NONE)).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> log.eachEntry(AuditFilter.NONE, entry -> { })).as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        a.signInAs("admin");
        assertThatThrownBy(() -> platformLog.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "platform-admin");
        assertThatThrownBy(() -> log.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_platform_admin_reads_platform_actions_naming_the_tenant_and_no_tenants_own_changes() {
        String marker = unique("Suspension");
        a.signInAs("admin");
        committed(AdminChange.of(Kind.SETTINGS, "changed", marker + " inside", "6 months", "12 months"));
        SignIn.as(users, "platform-admin");
        long tenantId = tenants.findBySlug(a.slug()).id();

        tenantTransactions.acrossTenants(() -> {
            events.publishEvent(AdminChange.onTenant(tenantId, Kind.TENANT, "suspended", marker, "ACTIVE",
                    "SUSPENDED"));
            return null;
        });

        AuditRecord entry = single(platformLog.entries(bySubject(marker), FIRST_PAGE));
        assertThat(entry.subject()).isEqualTo(marker);
        assertThat(entry.actorLogin()).isEqualTo("platform-admin");
        assertThat(entry.tenantId()).isEqualTo(tenantId);
        assertThat(entry.tenantName()).isEqualTo(a.name());
        assertThat(entry.after()).isEqualTo("SUSPENDED");
        assertThat(platformLog.count(bySubject(marker))).as("the tenant's own change is not a platform action")
                .isOne();

        a.signInAs("admin");
        assertThat(log.entries(bySubject(marker), FIRST_PAGE)).extracting(AuditRecord::subject)
                .as("a platform action is not in the tenant's log").containsExactly(marker + " inside");
    }

    @Test
    void filters_keep_entries_by_actor_kind_days_and_subject_newest_first_a_page_at_a_time() {
        FreshTenant c = a.fixture().newTenant("audit-filters");
        c.signInAs("admin");
        long tenantId = CurrentUser.require().tenantId();
        committed(AdminChange.of(Kind.TEAM, "created", "Gamma", null, "Gamma"));
        committed(AdminChange.of(Kind.PERSON, "moved", "Rita 100%_sure", "Alpha", "Gamma"));
        // the application loading the tenant's files is an actor too
        SystemIdentity.callInTenant(tenantId, () -> {
            committed(AdminChange.of(Kind.TEAM, "renamed", "Gamma", "Gamma", "Gamma team"));
            return null;
        });
        c.signInAs("admin");

        assertThat(subjects(AuditFilter.NONE)).containsExactly("Gamma", "Rita 100%_sure", "Gamma");
        assertThat(actions(new AuditFilter("ADMIN@", null, null, null, null))).containsExactly("moved", "created");
        assertThat(actions(new AuditFilter("of audit-filters", null, null, null, null)))
                .as("by the actor's name").containsExactly("moved", "created");
        List<AuditRecord> bySystem = entries(new AuditFilter("system", null, null, null, null));
        assertThat(bySystem).extracting(AuditRecord::action).containsExactly("renamed");
        assertThat(bySystem.getFirst().bySystem()).isTrue();
        assertThat(actions(new AuditFilter(null, Kind.TEAM, null, null, null))).containsExactly("renamed", "created");
        assertThat(actions(new AuditFilter(null, null, TODAY, TODAY, null))).hasSize(3);
        assertThat(actions(new AuditFilter(null, null, null, TODAY.minusDays(1), null))).isEmpty();
        assertThat(actions(new AuditFilter(null, null, TODAY.plusDays(1), null, null))).isEmpty();
        assertThat(actions(new AuditFilter(null, null, null, null, "gAMMa"))).containsExactly("renamed", "created");
        assertThat(actions(new AuditFilter(null, null, null, null, "100%_"))).containsExactly("moved");
        assertThat(actions(new AuditFilter(null, null, null, null, "0%s"))).as("% is no wildcard").isEmpty();
        assertThat(actions(new AuditFilter(null, null, null, null, "1_0"))).as("_ is no wildcard").isEmpty();
        assertThat(log.count(new AuditFilter(null, Kind.TEAM, TODAY, TODAY, "gamma"))).isEqualTo(2);

        Slice<AuditRecord> first = log.entries(AuditFilter.NONE, PageRequest.of(0, 2));
        Slice<AuditRecord> second = log.entries(AuditFilter.NONE, PageRequest.of(1, 2));
        assertThat(first.getContent()).extracting(AuditRecord::action).containsExactly("renamed", "moved");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.getContent()).extracting(AuditRecord::action).containsExactly("created");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void a_confirmed_assessment_upload_is_an_import_in_the_log_and_a_refused_one_is_not(
            @Autowired AssessmentUploads uploads) {
        a.signInAs("admin");
        String good = unique("import") + ".xlsx";
        String bad = unique("refused") + ".xlsx";
        Object[] header = {"person", "framework", "item", "level", "kind", "date", "evidence"};

        uploads.confirm(good, TestWorkbooks.sheet("S", header,
                new Object[] {"member", "skills", "CSMG", "3", "manager", TODAY.toString(), ""},
                new Object[] {"nologin", "skills", "CEXP", "2", "manager", TODAY.toString(), ""}));
        assertThatThrownBy(() -> uploads.confirm(bad, TestWorkbooks.sheet("S", header,
                new Object[] {"nobody", "skills", "CSMG", "3", "manager", TODAY.toString(), ""})))
                .isInstanceOf(UserFacingException.class);

        AuditRecord entry = single(log.entries(new AuditFilter(null, Kind.IMPORT, null, null, good), FIRST_PAGE));
        assertThat(entry.action()).isEqualTo("imported");
        assertThat(entry.subject()).isEqualTo(good);
        assertThat(AuditWords.english(entry.after())).isEqualTo("rows: 2; new: 2, changed: 0, unchanged: 0");
        assertThat(AuditWords.in(java.util.Locale.forLanguageTag("pl"), entry.after()))
                .isEqualTo("wiersze: 2; nowe: 2, zmienione: 0, bez zmian: 0");
        assertThat(log.count(bySubject(bad))).isZero();
    }

    @Test
    void long_texts_are_cut_to_their_column_and_say_so() {
        a.signInAs("admin");
        String subject = unique("Long") + "x".repeat(400);

        committed(AdminChange.of(Kind.JOB_PROFILE, "changed", subject, "b".repeat(5000), "a".repeat(5000)));

        AuditRecord entry = single(log.entries(bySubject(subject.substring(0, 40)), FIRST_PAGE));
        assertThat(entry.subject()).hasSize(AuditFacts.MAX_SUBJECT).endsWith("…");
        assertThat(entry.before()).hasSize(AuditFacts.MAX_TEXT).startsWith("bbb").endsWith("…");
        assertThat(entry.after()).hasSize(AuditFacts.MAX_TEXT);
    }

    private void committed(AdminChange change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(change));
    }

    private List<AuditRecord> entries(AuditFilter filter) {
        return log.entries(filter, FIRST_PAGE).getContent();
    }

    private List<String> actions(AuditFilter filter) {
        return entries(filter).stream().map(AuditRecord::action).toList();
    }

    private List<String> subjects(AuditFilter filter) {
        return entries(filter).stream().map(AuditRecord::subject).toList();
    }

    private static AuditFilter bySubject(String text) {
        return new AuditFilter(null, null, null, null, text);
    }

    private static AuditRecord single(Slice<AuditRecord> entries) {
        assertThat(entries.getContent()).hasSize(1);
        return entries.getContent().getFirst();
    }

    private static String unique(String prefix) {
        return prefix + " " + TestTenants.newSlug("audit");
    }
}
