package org.skillboard.jobprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A job profile made by mistake is archived: off the lists and pickers, its levels no longer anyone's
 * targets on today's heatmap, while the people who had it keep it, so that restoring it brings it all back.
 */
@SkillboardTest
@RecordApplicationEvents
class ArchivedJobProfileTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");

    @Autowired
    TenantFixture tenants;
    @Autowired
    JobProfileService jobProfiles;
    @Autowired
    HeatmapService heatmaps;
    @Autowired
    PeopleService people;
    @Autowired
    ApplicationEvents events;

    FreshTenant tenant;
    long member;
    JobProfileSummary agent;

    /** A fresh tenant per test: the member has job profile "Agent", which needs CSMG 3. */
    @BeforeEach
    void anAgentProfileGivenToTheMember() {
        tenant = tenants.newSkillsTenant("arch-jp");
        member = tenant.personId("member");
        tenant.signInAs("admin");
        agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_archived_job_profile_leaves_the_lists_and_sets_no_targets_on_todays_heatmap() {
        assertThat(memberRow().jobProfile()).isEqualTo("Agent");
        assertThat(memberRow().cells().get(1).targetCode()).isEqualTo("3");

        jobProfiles.archive(agent.id());

        assertThat(jobProfiles.profiles()).isEmpty();
        assertThat(jobProfiles.profiles(true)).singleElement().extracting(JobProfileSummary::archived)
                .isEqualTo(true);
        assertThat(jobProfiles.targetsOf(member)).isEmpty();
        assertThat(memberRow().jobProfile()).isNull();
        assertThat(memberRow().cells().get(1).targetCode()).isNull();
        assertThat(jobProfiles.people()).filteredOn(person -> person.personId() == member).singleElement()
                .extracting(PersonAssignment::profileId).as("the person keeps it").isEqualTo(agent.id());
    }

    @Test
    void nobody_is_given_an_archived_job_profile_and_restoring_brings_its_targets_back() {
        long other = tenant.personId("other");
        tenant.signInAs("admin");
        jobProfiles.archive(agent.id());

        assertThatThrownBy(() -> jobProfiles.assign(other, agent.id())).isInstanceOf(UserFacingException.class)
                .extracting(refusal -> ((UserFacingException) refusal).messageKey())
                .isEqualTo("jobprofile.error.archived");
        assertThat(jobProfiles.profilesOfPeople(java.util.List.of(other))).isEmpty();

        jobProfiles.restore(agent.id());

        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::name).containsExactly("Agent");
        assertThat(memberRow().cells().get(1).targetCode()).isEqualTo("3");
        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).extracting(AdminChange::kind).containsOnly(
                AdminChange.Kind.JOB_PROFILE);
        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).extracting(AdminChange::action)
                .containsExactly("created", "changed", "assigned", "archived", "restored");
    }

    @Test
    void giving_a_person_a_job_profile_is_audited_with_before_and_after() {
        JobProfileSummary lead = jobProfiles.createProfile("lead", "Team lead", null);
        events.clear();

        jobProfiles.assign(member, lead.id());

        assertThat(events.stream(AdminChange.class).filter(change -> change.kind() != AdminChange.Kind.TENANT)).singleElement().satisfies(change -> {
            assertThat(change.action()).isEqualTo("assigned");
            assertThat(change.subject()).isEqualTo(tenant.personName("member"));
            assertThat(change.before()).isEqualTo("Agent");
            assertThat(change.after()).isEqualTo("Team lead");
        });
    }

    @Test
    void a_lead_or_a_member_cannot_archive_a_job_profile() {
        tenant.signInAs("lead");
        assertThatThrownBy(() -> jobProfiles.archive(agent.id())).isInstanceOf(AccessDeniedException.class);
        tenant.signInAs("member");
        assertThatThrownBy(() -> jobProfiles.archive(agent.id())).isInstanceOf(AccessDeniedException.class);

        tenant.signInAs("admin");
        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::archived).containsExactly(false);
    }

    private HeatmapData.Row memberRow() {
        tenant.signInAs("lead");
        try {
            long alpha = people.myTeams().getFirst().id();
            return heatmaps.heatmap(HeatmapQuery.team(alpha)).rows().stream().filter(row -> row.personId() == member)
                    .findFirst().orElseThrow();
        } finally {
            tenant.signInAs("admin");
        }
    }
}
