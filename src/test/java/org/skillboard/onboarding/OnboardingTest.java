package org.skillboard.onboarding;

import org.skillboard.testsupport.AuditWords;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.skillboard.onboarding.Workbooks.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Texts;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** A tenant admin onboards teams and people from the template, all or nothing, in her own tenant only. */
@SkillboardTest
@RecordApplicationEvents
class OnboardingTest {

    static FreshTenant tenant;
    static FreshTenant other;

    @Autowired
    Onboarding onboarding;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    ApplicationEvents events;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        tenant = tenants.newTenant("onb");
        other = tenants.newTenant("onb-other");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_template_filled_in_as_a_user_would_stores_teams_people_and_their_places() throws IOException {
        tenant.signInAs("admin");
        Workbooks filled = Workbooks.fill(template(Locale.of("pt")));
        assertThat(filled.sheetName(1)).isEqualTo("Equipas");
        assertThat(filled.sheetName(3)).as("the tenant's teams, to refer to").isEqualTo("Equipas existentes");
        byte[] workbook = filled
                .rowsOf(1, row("gamma", "Gamma"))
                .rowsOf(2, row("ana.rt", "Ana Silva", "ana@example.com", "Agente", "gamma", "líder"),
                        row("rui.rt", "Rui Costa", "", "", "gamma", "membro"),
                        row("rui.rt", "", "", "", "alpha"))
                .bytes();

        OnboardingPreview preview = onboarding.preview("equipa.xlsx", workbook);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview).extracting(OnboardingPreview::teams, OnboardingPreview::people,
                OnboardingPreview::memberships, OnboardingPreview::logins).containsExactly(1, 2, 3, 0);
        assertThat(administration.people()).as("a preview stores nothing").extracting(PersonOverview::key)
                .doesNotContain("ana.rt");

        OnboardingResult result = onboarding.confirm("equipa.xlsx", workbook);

        assertThat(result.invitations()).isEmpty();
        TeamOverview gamma = team("gamma");
        assertThat(gamma.leads()).extracting(TeamPerson::name).containsExactly("Ana Silva");
        assertThat(gamma.members()).extracting(TeamPerson::name).containsExactly("Rui Costa");
        assertThat(team("alpha").members()).extracting(TeamPerson::name).contains("Rui Costa");
        assertThat(administration.people()).filteredOn(person -> person.key().equals("ana.rt"))
                .extracting(PersonOverview::email, PersonOverview::jobTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana@example.com", "Agente"));
        assertThat(events.stream(AdminChange.class)).filteredOn(change -> change.kind() == AdminChange.Kind.IMPORT)
                .singleElement().satisfies(change -> {
                    assertThat(change.subject()).isEqualTo("equipa.xlsx");
                    assertThat(AuditWords.english(change.after())).isEqualTo("teams: 1, people: 2, logins: 0");
                });
    }

    @Test
    void a_workbook_with_problems_is_refused_on_confirm_and_stores_nothing() {
        tenant.signInAs("admin");
        byte[] workbook = Workbooks.create().sheet("Teams", row("Key", "Name"), row("delta", "Delta"))
                .sheet("People", row("Key", "Name", "Team"), row("eva.bad", "Eva", "nowhere")).bytes();

        assertThatThrownBy(() -> onboarding.confirm("bad.xlsx", workbook)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("still has 1 problem;");
        assertThat(administration.teams()).extracting(TeamOverview::key).doesNotContain("delta");
    }

    @Test
    void a_failure_half_way_through_storing_stores_none_of_it(@Autowired PlatformTransactionManager transactions,
            @Autowired ApplicationEventPublisher publisher) {
        tenant.signInAs("admin");
        // the login is free when checked and taken by the time it is made: the last step of the import fails
        Logins takenMeanwhile = new Logins() {
            @Override
            public boolean isTaken(String login) {
                return false;
            }

            @Override
            public IssuedInvitation invite(long personId, String login, boolean tenantAdmin) {
                throw new UserFacingException("onboarding.error.login-taken", login);
            }
        };
        ProxyFactory proxy = new ProxyFactory(new Onboarding(administration, takenMeanwhile, publisher, 1 << 20));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        Onboarding withFailingLogins = (Onboarding) proxy.getProxy();
        byte[] workbook = Workbooks.create().sheet("Teams", row("Key", "Name"), row("epsilon", "Epsilon"))
                .sheet("People", row("Key", "Name", "Team", "Login"), row("eva.hw", "Eva", "epsilon", "eva.hw"),
                        row("ivo.hw", "Ivo", "alpha"))
                .bytes();

        assertThatThrownBy(() -> withFailingLogins.confirm("half.xlsx", workbook))
                .isInstanceOf(UserFacingException.class);

        assertThat(administration.teams()).extracting(TeamOverview::key).doesNotContain("epsilon");
        assertThat(administration.people()).extracting(PersonOverview::key).doesNotContain("eva.hw", "ivo.hw");
        assertThat(team("alpha").members()).extracting(TeamPerson::name).doesNotContain("Ivo");
    }

    @Test
    void keys_of_the_own_tenant_are_taken_and_those_of_another_tenant_are_not() {
        other.signInAs("admin");
        administration.createPerson("zoe", "Zoe in the other tenant", null, null);
        administration.createTeam("omega", "Omega in the other tenant");
        SecurityContextHolder.clearContext();
        tenant.signInAs("admin");
        byte[] workbook = Workbooks.create().sheet("Teams", row("Key", "Name"), row("omega", "Omega"))
                .sheet("People", row("Key", "Name"), row("zoe", "Zoe"), row("member", "Member again")).bytes();

        OnboardingPreview preview = onboarding.preview("keys.xlsx", workbook);

        assertThat(preview.problems()).extracting(problem -> problem.sheet() + "!" + problem.cell(),
                org.skillboard.excel.SheetProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("People!A3", "onboarding.error.person-exists"));
    }

    @Test
    void team_leads_and_members_cannot_onboard_or_see_the_checklist(@Autowired GettingStarted gettingStarted) {
        byte[] workbook = Workbooks.create().sheet("Teams", row("Key", "Name"), row("x", "X")).bytes();
        for (String who : Set.of("lead", "member")) {
            tenant.signInAs(who);
            assertThatThrownBy(() -> onboarding.preview("x.xlsx", workbook)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> onboarding.confirm("x.xlsx", workbook)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> onboarding.template(Texts.of(key -> key), new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(gettingStarted::checklist).isInstanceOf(AccessDeniedException.class);
        }
    }

    private byte[] template(Locale language) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        onboarding.template(Texts.of(texts::getString), out);
        return out.toByteArray();
    }

    private TeamOverview team(String key) {
        return administration.teams().stream().filter(team -> team.key().equals(key)).findFirst().orElseThrow();
    }
}
