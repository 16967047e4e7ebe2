package org.skillboard.myskills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillboard.testsupport.TestClock.TODAY;

import java.util.List;
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

/** A person's own page: what her role needs, what else she holds, and nothing of another tenant. */
@SkillboardTest
class MySkillsServiceTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static FreshTenant a;
    static FreshTenant b;

    @Autowired
    MySkillsService mySkills;

    /**
     * Tenant a: job profile "Agent" needs CEXP 4, and the member has it. Her lead rated her CEXP 3 two months
     * ago and CSMG 2 a year and a half ago; she rated herself CEXP 2 three months ago. Tenant b, with the same
     * framework: its member's profile needs CSMG 5 and she rates herself CEXP 6 today.
     */
    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        a = tenants.newSkillsTenant("mys-a");
        b = tenants.newSkillsTenant("mys-b");
        long memberA = a.personId("member");
        long memberB = b.personId("member");
        a.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CEXP, "4");
        jobProfiles.assign(memberA, agent.id());
        a.signInAs("lead");
        recording.record(new NewAssessment(memberA, CEXP, AssessmentKind.MANAGER, "3", null,
                TODAY.minusMonths(2), null));
        recording.record(new NewAssessment(memberA, CSMG, AssessmentKind.MANAGER, "2", null,
                TODAY.minusMonths(18), null));
        a.signInAs("member");
        recording.record(new NewAssessment(memberA, CEXP, AssessmentKind.SELF, "2", "Course",
                TODAY.minusMonths(3), null));

        b.signInAs("admin");
        JobProfileSummary support = jobProfiles.createProfile("support", "Support", null);
        jobProfiles.require(support.id(), CSMG, "5");
        jobProfiles.assign(memberB, support.id());
        b.signInAs("member");
        recording.record(NewAssessment.today(memberB, CEXP, AssessmentKind.SELF, "6", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_member_sees_what_her_role_needs_with_target_current_level_and_the_next_level() {
        a.signInAs("member");

        MySkills page = mySkills.mySkills(Locale.ENGLISH);

        assertThat(page.linked()).isTrue();
        assertThat(page.jobProfile()).isEqualTo("Agent");
        assertThat(page.frameworks()).extracting(MySkills.FrameworkGroup::name)
                .containsExactly("Skills test framework");
        MySkills.Line cexp = line(page, CEXP);
        assertThat(cexp.needed()).isTrue();
        assertThat(cexp.target()).isEqualTo("4");
        assertThat(cexp.current()).as("her lead's level wins over her own").isEqualTo("3");
        assertThat(cexp.currentFrom()).isEqualTo(AssessmentKind.MANAGER);
        assertThat(cexp.self()).isEqualTo("2");
        assertThat(cexp.belowTarget()).isTrue();
        assertThat(cexp.stale()).isFalse();
        assertThat(cexp.next()).hasValueSatisfying(next -> {
            assertThat(next.code()).isEqualTo("4");
            assertThat(next.name()).isEqualTo("Enable");
            assertThat(next.description()).isNotBlank();
        });
        assertThat(cexp.history()).as("newest first").extracting(MySkills.Step::kind, MySkills.Step::levelCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AssessmentKind.MANAGER, "3"),
                        org.assertj.core.groups.Tuple.tuple(AssessmentKind.SELF, "2"));
    }

    @Test
    void a_member_also_sees_items_she_holds_outside_her_profile_after_those_it_needs() {
        a.signInAs("member");

        MySkills page = mySkills.mySkills(Locale.ENGLISH);

        assertThat(page.lines()).extracting(MySkills.Line::item).containsExactly(CEXP, CSMG);
        MySkills.Line csmg = line(page, CSMG);
        assertThat(csmg.needed()).isFalse();
        assertThat(csmg.target()).isNull();
        assertThat(csmg.current()).isEqualTo("2");
        assertThat(csmg.stale()).as("assessed a year and a half ago").isTrue();
        assertThat(csmg.next()).map(next -> next.code()).hasValue("3");
    }

    @Test
    void another_tenants_targets_and_assessments_never_appear() {
        a.signInAs("member");
        MySkills inA = mySkills.mySkills(Locale.ENGLISH);
        b.signInAs("member");
        MySkills inB = mySkills.mySkills(Locale.ENGLISH);

        assertThat(inA.personName()).isEqualTo(a.personName("member"));
        assertThat(line(inA, CEXP).self()).isEqualTo("2");
        assertThat(line(inA, CSMG).target()).isNull();
        assertThat(inB.jobProfile()).isEqualTo("Support");
        assertThat(line(inB, CSMG).target()).isEqualTo("5");
        assertThat(line(inB, CSMG).current()).isNull();
        assertThat(line(inB, CEXP).self()).isEqualTo("6");
        assertThat(line(inB, CEXP).target()).isNull();
        assertThat(line(inB, CEXP).history()).hasSize(1);
    }

    @Test
    void a_sign_in_that_is_no_person_gets_an_empty_page_and_a_person_with_nothing_gets_no_items() {
        a.signInAs("admin");
        assertThat(mySkills.mySkills(Locale.ENGLISH).linked()).isFalse();

        a.signInAs("lead");
        MySkills lead = mySkills.mySkills(Locale.ENGLISH);
        assertThat(lead.linked()).isTrue();
        assertThat(lead.frameworks()).isEmpty();
    }

    private static MySkills.Line line(MySkills page, ItemRef item) {
        List<MySkills.Line> found = page.lines().stream().filter(line -> line.item().equals(item)).toList();
        assertThat(found).as(item.itemCode()).hasSize(1);
        return found.getFirst();
    }
}
