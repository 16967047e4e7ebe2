package org.skillboard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Names, keys, targets and job profiles of people by id are refused for people the user may not see: a
 * member sees herself, a lead the people of the teams she leads, a tenant admin anyone of her tenant.
 */
@SkillboardTest
class PeopleAccessTest {

    static String a;
    static long member;
    static long other;

    @Autowired
    PeopleService people;
    @Autowired
    JobProfileService jobProfiles;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired UserDetailsService users) {
        a = tenants.newSkillsTenant("pa-a").slug();
        member = tenants.personId(a, "member");
        other = tenants.personId(a, "other");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void member_reads_her_own_name_key_and_targets() {
        SignIn.as(users, TestTenants.login("member", a));

        assertThat(people.names(List.of(member))).containsKey(member);
        assertThat(people.keysOf(List.of(member))).containsEntry(member, "member");
        assertThat(people.keysAndNames(List.of(member))).containsKey(member);
        assertThat(jobProfiles.targetsOfPeople(List.of(member))).doesNotContainKey(other);
    }

    @Test
    void member_cannot_read_the_name_key_targets_or_job_profile_of_a_person_outside_her_teams() {
        SignIn.as(users, TestTenants.login("member", a));

        assertThat(people.maySee(List.of(other))).isFalse();
        assertRefused(List.of(member, other));
    }

    @Test
    void lead_cannot_read_the_people_of_another_leads_team() {
        SignIn.as(users, TestTenants.login("lead", a));

        assertThat(people.maySee(List.of(member))).isTrue();
        assertThat(people.names(List.of(member))).containsKey(member);
        assertThat(people.maySee(List.of(member, other))).isFalse();
        assertRefused(List.of(member, other));
    }

    @Test
    void tenant_admin_reads_anyone_of_her_tenant() {
        SignIn.as(users, TestTenants.login("admin", a));

        assertThat(people.keysOf(List.of(member, other))).containsEntry(member, "member").containsEntry(other, "other");
        assertThat(jobProfiles.profilesOfPeople(List.of(member, other))).isEmpty();
    }

    /** Every read by person id refuses these people. */
    private void assertRefused(List<Long> ids) {
        assertThatThrownBy(() -> people.names(ids)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.keysOf(ids)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.keysAndNames(ids)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobProfiles.targetsOfPeople(ids)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobProfiles.targetsOfPeople(ids, java.util.Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobProfiles.profilesOfPeople(ids)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobProfiles.targetsOf(other)).isInstanceOf(AccessDeniedException.class);
    }
}
