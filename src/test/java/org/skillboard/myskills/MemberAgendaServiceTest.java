package org.skillboard.myskills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillboard.testsupport.TestClock.TODAY;

import java.util.Locale;
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
import org.springframework.beans.factory.annotation.Autowired;

/** A member's start page: where she is below target, what she has not assessed, what her lead changed. */
@SkillboardTest
class MemberAgendaServiceTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");

    @Autowired
    MySkillsService mySkills;
    @Autowired
    AssessmentRecording recording;
    @Autowired
    TenantFixture tenants;
    @Autowired
    JobProfileService jobProfiles;

    static FreshTenant shared;

    /** Her job profile needs CEXP 4 and CSMG 3; her lead rated her CEXP 3 last month; she rated herself CEXP 2. */
    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        shared = agentTenant(tenants, jobProfiles, "magenda");
        long member = shared.personId("member");
        shared.signInAs("lead");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "3", null, TODAY.minusMonths(1),
                null));
        shared.signInAs("member");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.SELF, "2", null, TODAY.minusMonths(1),
                null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_member_below_her_target_reads_what_the_next_level_asks_for() {
        shared.signInAs("member");

        MemberAgenda agenda = mySkills.agenda(Locale.ENGLISH);

        assertThat(agenda.linked()).isTrue();
        assertThat(agenda.targets()).isEqualTo(2);
        assertThat(agenda.belowTarget()).extracting(MySkills.Line::item).containsExactly(CEXP, CSMG);
        MySkills.Line cexp = agenda.belowTarget().getFirst();
        assertThat(cexp.current()).isEqualTo("3");
        assertThat(cexp.target()).isEqualTo("4");
        assertThat(cexp.next()).hasValueSatisfying(next -> {
            assertThat(next.code()).as("the level after the one she holds").isEqualTo("4");
            assertThat(next.description()).isNotBlank();
        });
    }

    @Test
    void an_item_her_role_needs_that_she_has_not_assessed_herself_is_listed_and_one_she_has_is_not() {
        shared.signInAs("member");

        MemberAgenda agenda = mySkills.agenda(Locale.ENGLISH);

        assertThat(agenda.notAssessed()).extracting(MySkills.Line::item).containsExactly(CSMG);
    }

    @Test
    void what_her_lead_changed_since_her_last_visit_shows_once() {
        FreshTenant tenant = agentTenant(tenants, jobProfiles, "magenda-visits");
        long member = tenant.personId("member");
        long nologin = tenant.personId("nologin");
        String lead = tenant.personName("lead");
        tenant.signInAs("lead");
        recording.record(NewAssessment.today(member, CSMG, AssessmentKind.MANAGER, "1", null));
        tenant.signInAs("member");
        MemberAgenda first = mySkills.agenda(Locale.ENGLISH);
        assertThat(first.firstVisit()).isTrue();
        assertThat(first.changes()).as("nothing to compare with on a first visit").isEmpty();

        tenant.signInAs("lead");
        recording.record(NewAssessment.today(member, CSMG, AssessmentKind.MANAGER, "2", null));
        recording.record(NewAssessment.today(nologin, CEXP, AssessmentKind.MANAGER, "5", null));
        tenant.signInAs("member");
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "3", null));

        MemberAgenda second = mySkills.agenda(Locale.ENGLISH);
        assertThat(second.firstVisit()).isFalse();
        assertThat(second.changes()).as("her lead's change, not her own nor another person's").singleElement()
                .satisfies(change -> {
                    assertThat(change.line().item()).isEqualTo(CSMG);
                    assertThat(change.level()).isEqualTo("2");
                    assertThat(change.was()).as("the level before her last visit").isEqualTo("1");
                    assertThat(change.by()).isEqualTo(lead);
                    assertThat(change.accepted()).isFalse();
                });

        assertThat(mySkills.agenda(Locale.ENGLISH).changes()).as("seen on the second visit").isEmpty();
    }

    @Test
    void a_lead_accepting_her_self_assessment_shows_as_accepted() {
        FreshTenant tenant = agentTenant(tenants, jobProfiles, "magenda-accept");
        long member = tenant.personId("member");
        tenant.signInAs("member");
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "4", null));
        mySkills.agenda(Locale.ENGLISH);
        tenant.signInAs("lead");
        recording.acceptSelfAssessment(member, CEXP);

        tenant.signInAs("member");
        assertThat(mySkills.agenda(Locale.ENGLISH).changes()).singleElement().satisfies(change -> {
            assertThat(change.accepted()).isTrue();
            assertThat(change.level()).isEqualTo("4");
        });
    }

    @Test
    void a_member_never_sees_another_tenants_targets_assessments_or_changes() {
        FreshTenant other = agentTenant(tenants, jobProfiles, "magenda-other");
        long otherMember = other.personId("member");
        shared.signInAs("member");
        mySkills.agenda(Locale.ENGLISH);
        other.signInAs("member");
        mySkills.agenda(Locale.ENGLISH);
        other.signInAs("lead");
        recording.record(NewAssessment.today(otherMember, CEXP, AssessmentKind.MANAGER, "6", null));

        shared.signInAs("member");
        MemberAgenda mine = mySkills.agenda(Locale.ENGLISH);

        assertThat(mine.changes()).isEmpty();
        assertThat(mine.belowTarget()).extracting(MySkills.Line::current).containsExactly("3", null);
        other.signInAs("member");
        MemberAgenda theirs = mySkills.agenda(Locale.ENGLISH);
        assertThat(theirs.changes()).extracting(MemberAgenda.Change::level).containsExactly("6");
        assertThat(theirs.belowTarget()).extracting(MySkills.Line::item).containsExactly(CSMG);
        assertThat(theirs.notAssessed()).extracting(MySkills.Line::item).containsExactly(CEXP, CSMG);
    }

    @Test
    void a_sign_in_that_is_no_person_has_no_agenda() {
        shared.signInAs("admin");

        assertThat(mySkills.agenda(Locale.ENGLISH).linked()).isFalse();
    }

    /** A tenant whose member and "nologin" have the job profile "Agent": CEXP 4 and CSMG 3. */
    static FreshTenant agentTenant(TenantFixture tenants, JobProfileService jobProfiles, String prefix) {
        FreshTenant tenant = tenants.newSkillsTenant(prefix);
        long member = tenant.personId("member");
        long nologin = tenant.personId("nologin");
        tenant.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CEXP, "4");
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(nologin, agent.id());
        SignIn.out();
        return tenant;
    }
}
