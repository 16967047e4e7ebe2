package org.skillboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The tenant admin manages her organisation's teams and people, and nothing of another tenant's. */
@SkillboardTest
class PeopleAdministrationTest {

    static String a;
    static String b;

    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleAdministration administration;

    @BeforeAll
    static void twoTenants(@Autowired TenantFiles loader) {
        a = TestTenants.newSlug("padm-a");
        b = TestTenants.newSlug("padm-b");
        assertThat(loader.load(a, a, TestTenants.yaml(a)).status()).isEqualTo(TenantFileLoader.Status.APPLIED);
        assertThat(loader.load(b, b, TestTenants.yaml(b)).status()).isEqualTo(TenantFileLoader.Status.APPLIED);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void tenant_admin_creates_a_team_and_puts_people_in_it() {
        SignIn.as(users, TestTenants.login("admin", a));
        TeamOverview alpha = team("Alpha " + a);

        TeamOverview gamma = administration.createTeam("gamma", "  Gamma " + a + " ");
        PersonOverview newcomer = administration.createPerson("new.comer", "New Comer", "new.comer@example.test",
                "Agent");
        administration.addToTeam(gamma.id(), newcomer.id(), TeamRole.LEAD);
        administration.addToTeam(alpha.id(), newcomer.id(), TeamRole.MEMBER);
        administration.addToTeam(gamma.id(), person("Other member " + a).id(), TeamRole.MEMBER);

        assertThat(person("New Comer").teams()).containsExactly(
                new PersonOverview.Membership(alpha.id(), "Alpha " + a, TeamRole.MEMBER),
                new PersonOverview.Membership(gamma.id(), "Gamma " + a, TeamRole.LEAD));
        assertThat(person("New Comer").jobTitle()).isEqualTo("Agent");
        assertThat(team("Gamma " + a).leads()).extracting(TeamPerson::name).containsExactly("New Comer");
        assertThat(team("Gamma " + a).members()).extracting(TeamPerson::name).containsExactly("Other member " + a);
        assertThat(teams()).extracting(TeamOverview::name)
                .containsExactly("Alpha " + a, "Beta " + a, "Gamma " + a);

        administration.changeRole(alpha.id(), newcomer.id(), TeamRole.LEAD);
        administration.updatePerson(newcomer.id(), "New Comer", "", "Senior agent");
        assertThat(team("Alpha " + a).leads()).extracting(TeamPerson::name).containsExactly("Lead " + a, "New Comer");
        assertThat(person("New Comer").email()).isNull();
        assertThat(person("New Comer").jobTitle()).isEqualTo("Senior agent");

        administration.removeFromTeam(alpha.id(), newcomer.id());
        administration.renameTeam(gamma.id(), "Gamma renamed " + a);
        assertThat(person("New Comer").teams()).containsExactly(
                new PersonOverview.Membership(gamma.id(), "Gamma renamed " + a, TeamRole.LEAD));
        assertThat(team("Alpha " + a).leads()).extracting(TeamPerson::name).containsExactly("Lead " + a);
    }

    @Test
    void nobody_is_placed_in_an_archived_team_and_a_leaver_in_no_team() {
        SignIn.as(users, TestTenants.login("admin", a));
        TeamOverview archived = administration.createTeam("archived-" + System.nanoTime(), "Archived " + a);
        long member = person("Member " + a).id();
        administration.archiveTeam(archived.id());

        refused(() -> administration.addToTeam(archived.id(), member, TeamRole.MEMBER), "people.error.team-archived");
        administration.restoreTeam(archived.id());
        administration.addToTeam(archived.id(), member, TeamRole.MEMBER);
        assertThat(administration.team(archived.id()).members()).extracting(TeamPerson::personId)
                .containsExactly(member);

        PersonOverview leaver = administration.createPerson("leaver-" + System.nanoTime(), "Leaver " + a, null,
                null);
        administration.deactivate(leaver.id());
        refused(() -> administration.addToTeam(archived.id(), leaver.id(), TeamRole.MEMBER),
                "people.error.person-left");
        assertThat(administration.team(archived.id()).members()).extracting(TeamPerson::personId)
                .containsExactly(member);
        // archived again, so that the other tests of this tenant see its teams in use only
        administration.archiveTeam(archived.id());
        assertThat(teams()).extracting(TeamOverview::id).doesNotContain(archived.id());
    }

    @Test
    void a_duplicate_person_key_is_refused() {
        SignIn.as(users, TestTenants.login("admin", a));
        long before = administration.countPeople(PeopleFilter.EVERYONE);

        refused(() -> administration.createPerson("lead", "Another lead", null, null),
                "people.error.person-key-taken");
        refused(() -> administration.createPerson("Not A Key", "Someone", null, null), "people.error.key");
        refused(() -> administration.createPerson("someone", " ", null, null), "people.error.name");
        refused(() -> administration.createPerson("someone", "Someone", "not-an-address", null),
                "people.error.email");
        refused(() -> administration.createTeam("alpha", "Another alpha"), "people.error.team-key-taken");

        assertThat(administration.countPeople(PeopleFilter.EVERYONE)).isEqualTo(before);
        assertThat(person("Lead " + a).jobTitle()).isEqualTo("Team lead");
    }

    @Test
    void another_tenants_ids_are_not_found_and_nothing_changes() {
        SignIn.as(users, TestTenants.login("admin", b));
        List<PersonOverview> peopleOfB = everyone();
        List<TeamOverview> teamsOfB = teams();
        long teamOfB = teamsOfB.getFirst().id();
        long leadOfB = teamsOfB.getFirst().leads().getFirst().personId();
        long memberOfB = teamsOfB.getFirst().members().getFirst().personId();
        long outsiderOfB = teamsOfB.getLast().members().getFirst().personId();

        SignIn.as(users, TestTenants.login("admin", a));
        long teamOfA = team("Alpha " + a).id();
        long personOfA = person("Member " + a).id();
        String notFound = "people.error.not-found";
        refused(() -> administration.team(teamOfB), notFound);
        refused(() -> administration.updatePerson(leadOfB, "Renamed by A", null, "Intruder"), notFound);
        refused(() -> administration.renameTeam(teamOfB, "Renamed by A"), notFound);
        refused(() -> administration.archiveTeam(teamOfB), notFound);
        refused(() -> administration.restoreTeam(teamOfB), notFound);
        refused(() -> administration.deactivate(leadOfB), notFound);
        refused(() -> administration.reactivate(leadOfB), notFound);
        refused(() -> administration.person(leadOfB), notFound);
        refused(() -> administration.movePerson(memberOfB, teamOfB, teamOfA), notFound);
        refused(() -> administration.movePerson(personOfA, teamOfA, teamOfB), notFound);
        refused(() -> administration.addToTeam(teamOfB, outsiderOfB, TeamRole.MEMBER), notFound);
        refused(() -> administration.addToTeam(teamOfB, personOfA, TeamRole.MEMBER), notFound);
        refused(() -> administration.addToTeam(teamOfA, outsiderOfB, TeamRole.MEMBER), notFound);
        refused(() -> administration.changeRole(teamOfB, memberOfB, TeamRole.LEAD), notFound);
        refused(() -> administration.changeRole(teamOfA, memberOfB, TeamRole.LEAD), notFound);
        refused(() -> administration.removeFromTeam(teamOfB, leadOfB), notFound);
        refused(() -> administration.removeFromTeam(teamOfA, leadOfB), notFound);
        assertThat(everyone()).extracting(PersonOverview::id).doesNotContain(leadOfB, memberOfB);
        assertThat(administration.findPeople(PeopleFilter.EVERYONE.withTeam(teamOfB), Pageable.unpaged()))
                .isEmpty();

        SignIn.as(users, TestTenants.login("admin", b));
        assertThat(everyone()).isEqualTo(peopleOfB);
        assertThat(teams()).isEqualTo(teamsOfB);
    }

    @Test
    void a_team_lead_cannot_administer_people() {
        SignIn.as(users, TestTenants.login("admin", a));
        long alpha = team("Alpha " + a).id();
        long member = person("Member " + a).id();

        SignIn.as(users, TestTenants.login("lead", a));
        assertThatThrownBy(() -> administration.findPeople(PeopleFilter.EVERYONE, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.findTeams(TeamFilter.IN_USE, Pageable.unpaged()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(member)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.archiveTeam(alpha)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.createTeam("lead-made", "Lead made"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.createPerson("lead-made", "Lead made", null, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.changeRole(alpha, member, TeamRole.LEAD))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> administration.removeFromTeam(alpha, member))
                .isInstanceOf(AuthorizationDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", a));
        assertThat(team("Alpha " + a).members()).extracting(TeamPerson::personId).contains(member);
    }

    private List<TeamOverview> teams() {
        return administration.findTeams(TeamFilter.IN_USE, Pageable.unpaged()).stream()
                .map(row -> administration.team(row.id())).toList();
    }

    private List<PersonOverview> everyone() {
        return administration.findPeople(PeopleFilter.EVERYONE, Pageable.unpaged()).getContent();
    }

    private TeamOverview team(String name) {
        return teams().stream().filter(team -> team.name().equals(name)).findFirst().orElseThrow();
    }

    private PersonOverview person(String name) {
        return everyone().stream().filter(person -> person.name().equals(name)).findFirst().orElseThrow();
    }

    private static void refused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }
}
