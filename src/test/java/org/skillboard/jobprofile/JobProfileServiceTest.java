package org.skillboard.jobprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A tenant admin defines what roles need; a person's own target wins over the role's. */
@SkillboardTest
class JobProfileServiceTest {

    static final ItemRef KNOWLEDGE = new ItemRef("bands", "knowledge");
    static String a;
    static String b;

    @Autowired
    JobProfileService jobProfiles;
    @Autowired
    UserDetailsService users;
    @Autowired
    TenantFixture tenants;

    @BeforeAll
    static void tenantsWithBands(@Autowired TenantFiles loader) {
        a = TestTenants.newSlug("jp-a");
        b = TestTenants.newSlug("jp-b");
        for (String slug : new String[] {a, b}) {
            loader.load(slug, slug, TestTenants.yaml(slug).replace("demo: true", "demo: true\nframeworks: [bands]"),
                    id -> Optional.of(org.skillboard.testsupport.TestFrameworks.bands("G", "F", "E")));
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void gap_targets_come_from_the_job_profile_and_a_persons_override_wins() {
        long member = personId("member", a);
        long other = personId("nologin", a);
        SignIn.as(users, TestTenants.login("admin", a));
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", "Answers customers");
        jobProfiles.require(agent.id(), KNOWLEDGE, "F");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(other, agent.id());
        jobProfiles.setTarget(member, KNOWLEDGE, "E");

        Map<Long, Map<ItemRef, Target>> targets = jobProfiles.targetsOfPeople(java.util.List.of(member, other));

        assertThat(targets.get(member).get(KNOWLEDGE)).isEqualTo(new Target(KNOWLEDGE, "E", Target.Source.PERSON));
        assertThat(targets.get(other).get(KNOWLEDGE))
                .isEqualTo(new Target(KNOWLEDGE, "F", Target.Source.JOB_PROFILE));
        assertThat(jobProfiles.people()).filteredOn(p -> p.personId() == member).singleElement()
                .satisfies(p -> assertThat(p.profileId()).isEqualTo(agent.id()));
    }

    @Test
    void a_target_must_be_a_level_the_item_defines() {
        SignIn.as(users, TestTenants.login("admin", a));
        JobProfileSummary profile = jobProfiles.createProfile("strict-" + System.nanoTime(), "Strict", null);

        assertThatThrownBy(() -> jobProfiles.require(profile.id(), KNOWLEDGE, "B"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("jobprofile.error.level-not-defined");
        assertThatThrownBy(() -> jobProfiles.require(profile.id(), new ItemRef("bands", "nope"), "G"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void members_see_their_own_targets_leads_those_of_their_people_and_nobody_else() {
        long member = personId("member", a);
        long otherTeam = personId("other", a);
        SignIn.as(users, TestTenants.login("admin", a));
        jobProfiles.setTarget(member, KNOWLEDGE, "G");

        SignIn.as(users, TestTenants.login("member", a));
        assertThat(jobProfiles.targetsOf(member)).containsKey(KNOWLEDGE);
        assertThatThrownBy(() -> jobProfiles.targetsOf(otherTeam)).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, TestTenants.login("lead", a));
        assertThat(jobProfiles.targetsOf(member)).containsKey(KNOWLEDGE);
        assertThatThrownBy(() -> jobProfiles.targetsOf(otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobProfiles.setTarget(member, KNOWLEDGE, "F"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void another_tenants_people_and_profiles_are_not_found() {
        long memberOfA = personId("member", a);
        SignIn.as(users, TestTenants.login("admin", a));
        JobProfileSummary profileOfA = jobProfiles.createProfile("iso-" + System.nanoTime(), "Of A", null);

        SignIn.as(users, TestTenants.login("admin", b));
        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::id).doesNotContain(profileOfA.id());
        assertThatThrownBy(() -> jobProfiles.require(profileOfA.id(), KNOWLEDGE, "G"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> jobProfiles.assign(memberOfA, null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> jobProfiles.setTarget(memberOfA, KNOWLEDGE, "G"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> jobProfiles.targetsOf(memberOfA)).isInstanceOf(AccessDeniedException.class);
        assertThat(jobProfiles.targetsOfPeople(java.util.List.of(memberOfA))).isEmpty();
        assertThat(jobProfiles.people()).extracting(PersonAssignment::personId).doesNotContain(memberOfA);
    }

    @Test
    void a_job_profile_naming_an_unknown_item_is_reported_and_the_others_still_load(
            @Autowired TenantFiles loader) {
        String slug = TestTenants.newSlug("jp-file");
        String file = TestTenants.yaml(slug).replace("demo: true", """
                demo: true
                frameworks: [bands]
                job-profiles:
                  - key: good
                    name: Good
                    requires:
                      bands/knowledge: F
                  - key: bad
                    name: Bad
                    requires:
                      bands/unknown: F""").replace("    login: member@", "    job-profile: good\n    login: member@");

        TenantFileLoader.Outcome outcome = loader.load(slug, slug, file,
                id -> Optional.of(org.skillboard.testsupport.TestFrameworks.bands("G", "F", "E")));

        assertThat(outcome.status()).isEqualTo(TenantFileLoader.Status.APPLIED);
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(slug + ":11: job-profiles: “bad” was not loaded");
        long member = personId("member", slug);
        SignIn.as(users, TestTenants.login("member", slug));
        assertThat(jobProfiles.targetsOf(member)).containsKey(KNOWLEDGE);
    }

    private long personId(String who, String slug) {
        return tenants.personId(slug, who);
    }
}
