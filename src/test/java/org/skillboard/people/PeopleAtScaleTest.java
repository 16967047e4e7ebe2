package org.skillboard.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A tenant with 2,005 people: the admin searches, filters, counts and pages through them (correctness, not
 * timing). People p0001 to p2000 are generated: every fourth an engineer, the others analysts, every second
 * with an e-mail address; p0001 to p0150 are members of team alpha, and p0001 to p0012 have left.
 */
@SkillboardTest
class PeopleAtScaleTest {

    static final int GENERATED = 2000;
    static final int IN_ALPHA = 150;
    static final int LEFT = 12;
    static FreshTenant tenant;
    static long alpha;

    @Autowired
    PeopleAdministration administration;

    @BeforeAll
    static void twoThousandPeople(@Autowired TenantFixture tenants, @Autowired PeopleAdministration administration) {
        String people = IntStream.rangeClosed(1, GENERATED).mapToObj(i -> "  - key: " + key(i) + "\n"
                + "    name: " + (i % 2 == 0 ? "Ülle" : "Ana") + " Person " + key(i) + "\n"
                + "    job-title: " + (i % 4 == 0 ? "Engineer" : "Analyst") + "\n"
                + (i % 2 == 0 ? "    email: " + key(i) + "@scale.test\n" : "")).collect(Collectors.joining());
        String members = IntStream.rangeClosed(1, IN_ALPHA).mapToObj(PeopleAtScaleTest::key)
                .collect(Collectors.joining(", "));
        tenant = tenants.tenant("scale").edit("people:\n", "people:\n" + people)
                .edit("members: [member, nologin]", "members: [member, nologin, " + members + "]").load();
        tenant.signInAs("admin");
        alpha = administration.findTeams(new TeamFilter("alpha", false), Pageable.unpaged()).getContent()
                .getFirst().id();
        administration.findPeople(PeopleFilter.EVERYONE.withText("person p00"), PageRequest.of(0, 100)).stream()
                .filter(person -> number(person) <= LEFT).forEach(person -> administration.deactivate(person.id()));
        SignIn.out();
    }

    @BeforeEach
    void signIn() {
        tenant.signInAs("admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_admin_counts_everybody_and_the_leavers() {
        assertThat(administration.countPeople(PeopleFilter.EVERYONE)).isEqualTo(GENERATED + 5);
        assertThat(administration.peopleTally()).isEqualTo(new PeopleTally(GENERATED + 5 - LEFT, LEFT));
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withStatus(PeopleFilter.Status.LEFT)))
                .isEqualTo(LEFT);
    }

    @Test
    void the_admin_pages_through_a_search_and_sees_each_match_once() {
        PeopleFilter analysts = PeopleFilter.EVERYONE.withText("ANALYST").withStatus(PeopleFilter.Status.ACTIVE);
        long expected = IntStream.rangeClosed(LEFT + 1, GENERATED).filter(i -> i % 4 != 0).count();
        assertThat(administration.countPeople(analysts)).isEqualTo(expected);

        Set<Long> seen = new HashSet<>();
        int pages = 0;
        Page<PersonOverview> page = administration.findPeople(analysts, PageRequest.of(0, 100));
        assertThat(page.getTotalElements()).isEqualTo(expected);
        while (true) {
            pages++;
            page.forEach(person -> {
                assertThat(person.jobTitle()).isEqualTo("Analyst");
                assertThat(person.active()).isTrue();
                assertThat(seen.add(person.id())).as(person.name()).isTrue();
            });
            if (!page.hasNext()) {
                break;
            }
            page = administration.findPeople(analysts, page.nextPageable());
        }
        assertThat(seen).hasSize((int) expected);
        assertThat(pages).isEqualTo((int) Math.ceil(expected / 100.0));
    }

    @Test
    void the_admin_finds_people_by_e_mail_and_key_and_like_signs_are_taken_literally() {
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withText("@scale.test"))).isEqualTo(GENERATED / 2);
        assertThat(administration.findPeople(PeopleFilter.EVERYONE.withText("p1234"), Pageable.unpaged()))
                .extracting(PersonOverview::key).containsExactly("p1234");
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withText("p_0"))).isZero();
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withText("%"))).isZero();
    }

    @Test
    void the_admin_filters_by_team_and_by_place_in_teams() {
        PeopleFilter stillHere = PeopleFilter.EVERYONE.withStatus(PeopleFilter.Status.ACTIVE);
        // the lead, the member and "nologin" of the fixture are in alpha too
        assertThat(administration.countPeople(stillHere.withTeam(alpha))).isEqualTo(IN_ALPHA - LEFT + 3);
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withTeam(alpha))).isEqualTo(IN_ALPHA + 3);
        assertThat(administration.findPeople(PeopleFilter.EVERYONE.withPlace(PeopleFilter.Place.LEAD),
                Pageable.unpaged())).extracting(PersonOverview::name)
                .containsExactlyInAnyOrder(tenant.personName("lead"), tenant.personName("lead2"));
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withPlace(PeopleFilter.Place.MEMBER)))
                .isEqualTo(IN_ALPHA + 3);
        assertThat(administration.countPeople(PeopleFilter.EVERYONE.withPlace(PeopleFilter.Place.NO_TEAM)))
                .isEqualTo(GENERATED - IN_ALPHA);

        List<PersonOverview> found = administration.findPeople(stillHere.withText("p0150"), Pageable.unpaged())
                .getContent();
        assertThat(found).singleElement().satisfies(person -> assertThat(person.teams())
                .containsExactly(new PersonOverview.Membership(alpha, tenant.teamName("alpha"), TeamRole.MEMBER)));
    }

    @Test
    void the_teams_list_counts_only_the_people_still_here() {
        assertThat(administration.countTeams(TeamFilter.IN_USE)).isEqualTo(2);
        TeamRow row = administration.findTeams(new TeamFilter("ALPHA", false), PageRequest.of(0, 10)).getContent()
                .getFirst();
        assertThat(row.people()).isEqualTo(IN_ALPHA - LEFT + 3);
        assertThat(row.leads()).containsExactly(tenant.personName("lead"));
        assertThat(administration.teamTally()).isEqualTo(new TeamTally(2, 0));
    }

    @Test
    void a_suggested_key_is_plain_ascii_and_free_in_the_tenant() {
        assertThat(administration.suggestKey("Põhjala Ülle Mägi")).isEqualTo("pohjala-ulle-magi");
        assertThat(administration.suggestKey("P1234")).isEqualTo("p1234-2");
        assertThat(administration.suggestTeamKey("Alpha")).isEqualTo("alpha-2");
        assertThat(administration.suggestTeamKey("Łódź support")).isEqualTo("lodz-support");
    }

    private static String key(int i) {
        return "p%04d".formatted(i);
    }

    private static int number(PersonOverview person) {
        return Integer.parseInt(person.key().substring(1));
    }
}
