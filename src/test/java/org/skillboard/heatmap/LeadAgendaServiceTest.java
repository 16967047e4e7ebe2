package org.skillboard.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A team lead's start page: what waits for her review, who is below target, which skill rests on one person. */
@SkillboardTest
class LeadAgendaServiceTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static FreshTenant tenant;
    static long member;
    static long nologin;

    @Autowired
    LeadAgendaService agendas;

    /**
     * Team alpha (lead; members "member" and "nologin"): both members' job profile needs CSMG 3. The lead
     * assessed the member at 3 last month and "nologin" in CEXP two years ago, not in CSMG; today the member
     * rates herself 5 in CSMG.
     */
    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        tenant = tenants.newSkillsTenant("agenda");
        member = tenant.personId("member");
        nologin = tenant.personId("nologin");
        tenant.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(nologin, agent.id());
        tenant.signInAs("lead");
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.MANAGER, "3", null,
                TestClock.TODAY.minusMonths(1), null));
        recording.record(new NewAssessment(nologin, CEXP, AssessmentKind.MANAGER, "2", null,
                TestClock.TODAY.minusYears(2), null));
        tenant.signInAs("member");
        recording.record(NewAssessment.today(member, CSMG, AssessmentKind.SELF, "5", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_self_assessment_above_the_leads_waits_for_her_and_accepting_it_takes_it_off_the_list() {
        tenant.signInAs("lead");

        LeadAgenda before = agendas.agenda();

        assertThat(before.waiting().shown()).singleElement().satisfies(waiting -> {
            assertThat(waiting.personId()).isEqualTo(member);
            assertThat(waiting.item()).isEqualTo(CSMG);
            assertThat(waiting.selfLevel()).isEqualTo("5");
            assertThat(waiting.managerLevel()).isEqualTo("3");
        });

        LeadAgenda after = agendas.accept(member, CSMG);

        assertThat(after.waiting().total()).isZero();
        assertThat(after.waiting().shown()).isEmpty();
    }

    @Test
    void a_person_below_her_target_is_on_the_list_and_one_at_target_is_not() {
        tenant.signInAs("lead");

        LeadAgenda agenda = agendas.agenda();

        assertThat(agenda.belowTarget().shown()).extracting(LeadAgenda.PersonCount::personId)
                .containsExactly(nologin);
        assertThat(agenda.belowTarget().shown().getFirst().items()).isEqualTo(1);
        assertThat(agenda.belowTarget().shown().getFirst()).as("the cell a link opens")
                .extracting(LeadAgenda.PersonCount::personKey, LeadAgenda.PersonCount::firstItem)
                .containsExactly("nologin", CSMG);
    }

    @Test
    void a_skill_the_team_needs_that_only_one_member_holds_is_on_the_list() {
        tenant.signInAs("lead");

        LeadAgenda agenda = agendas.agenda();

        assertThat(agenda.thinSkills().shown()).singleElement().satisfies(skill -> {
            assertThat(skill.item()).isEqualTo(CSMG);
            assertThat(skill.neededLevel()).isEqualTo("3");
            assertThat(skill.holders()).isEqualTo(1);
            assertThat(skill.holderKey()).as("whose cell a link opens").isEqualTo("member");
            assertThat(skill.teamName()).isEqualTo(tenant.teamName("alpha"));
        });
    }

    @Test
    void a_person_assessed_longer_ago_than_the_review_interval_has_stale_assessments() {
        tenant.signInAs("lead");

        LeadAgenda agenda = agendas.agenda();

        assertThat(agenda.stale().shown()).singleElement().satisfies(person -> {
            assertThat(person.personId()).isEqualTo(nologin);
            assertThat(person.items()).isEqualTo(1);
        });
    }

    @Test
    void a_long_list_shows_its_first_five_and_says_how_many_more_there_are() {
        LeadAgenda.Top<Integer> top = LeadAgenda.Top.of(java.util.List.of(1, 2, 3, 4, 5, 6, 7));

        assertThat(top.shown()).containsExactly(1, 2, 3, 4, 5);
        assertThat(top.total()).isEqualTo(7);
        assertThat(top.more()).isEqualTo(2);
    }

    @Test
    void a_member_has_no_lead_agenda() {
        tenant.signInAs("member");

        assertThatThrownBy(() -> agendas.agenda()).isInstanceOf(AccessDeniedException.class);
    }
}
