package org.skillboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.ItemLevels;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Members assess themselves, leads assess their people, and nothing is ever overwritten. */
@SkillboardTest
class AssessmentRecordingTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static String a;
    static String b;

    @Autowired
    AssessmentRecording recording;
    @Autowired
    AssessmentReads reads;
    @Autowired
    AssessmentSettingsService settings;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    PeopleService people;
    @Autowired
    UserDetailsService users;
    @Autowired
    TenantFixture tenants;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        a = tenants.newSkillsTenant("as-a").slug();
        b = tenants.newSkillsTenant("as-b").slug();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void self_assessment_offers_only_the_skills_own_levels() {
        SignIn.as(users, TestTenants.login("member", a));
        long me = myId();

        int before = reads.history(me, CEXP).size();

        ItemLevels levels = frameworks.itemLevels("skills", "CEXP", Locale.ENGLISH).orElseThrow();

        assertThat(levels.levels()).extracting(ItemLevels.LevelText::code).containsExactly("2", "3", "4", "5", "6");
        assertThat(levels.levels().getFirst().description()).isEqualTo("CEXP at level 2 does this.");
        assertThat(levels.levels().getFirst().name()).isEqualTo("Assist");
        assertThatThrownBy(() -> recording.record(NewAssessment.today(me, CEXP, AssessmentKind.SELF, "1", null)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("assessment.error.level-not-defined");
        assertThat(reads.history(me, CEXP)).hasSize(before);
    }

    @Test
    void member_self_assesses_with_evidence_and_sees_it_in_her_history() {
        SignIn.as(users, TestTenants.login("member", a));
        long me = myId();

        recording.record(NewAssessment.today(me, CSMG, AssessmentKind.SELF, "3", "  Led the Q3 backlog clean-up "));

        assertThat(reads.history(me, CSMG).getFirst()).satisfies(entry -> {
            assertThat(entry.levelCode()).isEqualTo("3");
            assertThat(entry.kind()).isEqualTo(AssessmentKind.SELF);
            assertThat(entry.evidence()).isEqualTo("Led the Q3 backlog clean-up");
            assertThat(entry.assessorName()).isEqualTo("Member " + a);
            assertThat(entry.latest()).isTrue();
        });
    }

    @Test
    void a_member_cannot_assess_anyone_else_nor_as_manager() {
        SignIn.as(users, TestTenants.login("lead", a));
        long lead = myId();
        SignIn.as(users, TestTenants.login("member", a));
        long me = myId();

        assertThatThrownBy(() -> recording.record(NewAssessment.today(lead, CSMG, AssessmentKind.SELF, "3", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recording.record(NewAssessment.today(me, CSMG, AssessmentKind.MANAGER, "6", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.history(lead, CSMG)).isInstanceOf(AccessDeniedException.class);
        assertThat(recording.kindsIMayRecord(me)).containsExactly(AssessmentKind.SELF);
    }

    @Test
    void team_lead_assesses_the_people_in_her_teams_only() {
        long member = personId("member", a);
        long other = personId("other", a);
        SignIn.as(users, TestTenants.login("lead", a));

        recording.record(NewAssessment.today(member, CSMG, AssessmentKind.MANAGER, "2", null));

        assertThat(reads.history(member, CSMG)).extracting(AssessmentEntry::kind)
                .contains(AssessmentKind.MANAGER);
        assertThatThrownBy(() -> recording.record(NewAssessment.today(other, CSMG, AssessmentKind.MANAGER, "2",
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(recording.kindsIMayRecord(other)).isEmpty();
        assertThat(recording.kindsIMayRecord(myId())).containsExactly(AssessmentKind.SELF);
    }

    @Test
    void history_is_kept_and_the_newest_assessment_is_the_current_one() {
        long person = personId("nologin", a);
        SignIn.as(users, TestTenants.login("lead", a));
        LocalDate today = TestClock.TODAY;

        recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "2", null, today.minusYears(1),
                null));
        recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "4", null, today.minusMonths(1),
                null));
        // entered late, about an older review: kept in the history, not current
        recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "3", null, today.minusMonths(6),
                null));

        assertThat(reads.history(person, CEXP)).extracting(AssessmentEntry::levelCode)
                .containsExactly("4", "3", "2");
        assertThat(reads.currentLevels(List.of(person), null)).filteredOn(fact -> fact.itemCode().equals("CEXP"))
                .singleElement().extracting(LevelFact::levelCode).isEqualTo("4");
        assertThat(reads.currentLevels(List.of(person), today.minusMonths(3)))
                .filteredOn(fact -> fact.itemCode().equals("CEXP"))
                .singleElement().extracting(LevelFact::levelCode).isEqualTo("3");
        assertThatThrownBy(() -> recording.record(new NewAssessment(person, CEXP, AssessmentKind.MANAGER, "4",
                null, today.plusDays(1), null))).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("assessment.error.future-date");
    }

    @Test
    void team_lead_accepts_a_self_assessment_as_it_is() {
        SignIn.as(users, TestTenants.login("member", a));
        long member = myId();
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "5", null));
        SignIn.as(users, TestTenants.login("lead", a));

        AssessmentEntry accepted = recording.acceptSelfAssessment(member, CEXP);

        assertThat(accepted.kind()).isEqualTo(AssessmentKind.MANAGER);
        assertThat(accepted.levelCode()).isEqualTo("5");
        assertThat(accepted.acceptedSelfAssessment()).isTrue();
        assertThat(accepted.assessorName()).isEqualTo("Lead " + a);
    }

    @Test
    void a_manager_assessment_replaces_the_self_assessment_in_the_shown_level_a_later_self_assessment_does_not(
            @Autowired TenantFixture tenants) {
        String c = tenants.newSkillsTenant("as-shown").slug();
        long member = personId("member", c);
        LocalDate today = TestClock.TODAY;
        SignIn.as(users, TestTenants.login("member", c));
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.SELF, "3", null, today.minusMonths(2),
                null));
        assertThat(shown(member, CEXP)).isEqualTo(tuple(AssessmentKind.SELF, "3"));

        SignIn.as(users, TestTenants.login("lead", c));
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "2", null, today.minusMonths(1),
                null));
        assertThat(shown(member, CEXP)).isEqualTo(tuple(AssessmentKind.MANAGER, "2"));

        SignIn.as(users, TestTenants.login("member", c));
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.SELF, "5", null));
        assertThat(shown(member, CEXP)).as("the manager's level stays shown").isEqualTo(
                tuple(AssessmentKind.MANAGER, "2"));
        assertThat(reads.currentLevels(List.of(member), null, AssessmentKind.SELF))
                .extracting(LevelFact::levelCode).containsExactly("5");

        SignIn.as(users, TestTenants.login("lead", c));
        // entered late, about an older review: not shown
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "6", null, today.minusYears(1),
                null));
        assertThat(shown(member, CEXP)).isEqualTo(tuple(AssessmentKind.MANAGER, "2"));
        recording.record(NewAssessment.today(member, CEXP, AssessmentKind.MANAGER, "4", null));
        assertThat(shown(member, CEXP)).isEqualTo(tuple(AssessmentKind.MANAGER, "4"));
        assertThat(reads.shownLevels(List.of(member), null)).as("one level per item, as the history has it")
                .containsExactlyInAnyOrderElementsOf(reads.shownLevels(List.of(member), today));
    }

    @Test
    void an_accepted_self_assessment_is_shown_as_the_managers_level(@Autowired TenantFixture tenants) {
        String c = tenants.newSkillsTenant("as-accept").slug();
        long member = personId("member", c);
        SignIn.as(users, TestTenants.login("member", c));
        recording.record(new NewAssessment(member, CSMG, AssessmentKind.SELF, "4", null,
                TestClock.TODAY.minusDays(3), null));
        assertThat(shown(member, CSMG)).isEqualTo(tuple(AssessmentKind.SELF, "4"));

        SignIn.as(users, TestTenants.login("lead", c));
        recording.acceptSelfAssessment(member, CSMG);

        assertThat(shown(member, CSMG)).isEqualTo(tuple(AssessmentKind.MANAGER, "4"));
        assertThat(reads.shownLevels(List.of(member), null)).hasSize(1);
    }

    @Test
    void peers_assess_each_other_only_where_the_tenant_allows_it() {
        long lead = personId("lead", a);
        long other = personId("other", a);
        SignIn.as(users, TestTenants.login("member", a));
        assertThatThrownBy(() -> recording.record(NewAssessment.today(lead, CSMG, AssessmentKind.PEER, "4", null)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", a));
        settings.changeRules(12, true);
        SignIn.as(users, TestTenants.login("member", a));
        recording.record(NewAssessment.today(lead, CSMG, AssessmentKind.PEER, "4", null));
        assertThatThrownBy(() -> recording.record(NewAssessment.today(other, CSMG, AssessmentKind.PEER, "4",
                null))).as("not in a team with the member").isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, TestTenants.login("admin", a));
        settings.changeRules(12, false);
    }

    @Test
    void another_tenants_people_and_assessments_are_out_of_reach() {
        SignIn.as(users, TestTenants.login("member", a));
        long memberOfA = myId();
        recording.record(NewAssessment.today(memberOfA, CSMG, AssessmentKind.SELF, "2", null));

        SignIn.as(users, TestTenants.login("admin", b));
        assertThatThrownBy(() -> reads.history(memberOfA, CSMG)).isInstanceOf(AccessDeniedException.class);
        assertThat(reads.currentLevels(List.of(memberOfA), null)).isEmpty();
        assertThat(reads.historyOf(List.of(memberOfA), TestClock.TODAY)).isEmpty();
        SignIn.as(users, TestTenants.login("lead", b));
        assertThatThrownBy(() -> recording.record(NewAssessment.today(memberOfA, CSMG, AssessmentKind.MANAGER, "2",
                null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tenant_admin_keeps_assessment_periods() {
        SignIn.as(users, TestTenants.login("admin", a));
        PeriodSummary period = settings.savePeriod("2026-h2", "Second half 2026", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31));

        assertThat(settings.periods()).contains(period);
        assertThatThrownBy(() -> settings.savePeriod("bad", "Backwards", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 6, 1))).isInstanceOf(UserFacingException.class);
        SignIn.as(users, TestTenants.login("admin", b));
        assertThat(settings.periods()).doesNotContain(period);
    }

    /** The kind and level a heatmap cell shows by default, from the rows marked shown. */
    private org.assertj.core.groups.Tuple shown(long personId, ItemRef item) {
        List<LevelFact> facts = reads.shownLevels(List.of(personId), null).stream()
                .filter(fact -> fact.family().equals(item.family()) && fact.itemCode().equals(item.itemCode()))
                .toList();
        assertThat(facts).hasSize(1);
        return tuple(facts.getFirst().kind(), facts.getFirst().levelCode());
    }

    private long myId() {
        return people.myProfile().orElseThrow().personId();
    }

    private long personId(String who, String slug) {
        return tenants.personId(slug, who);
    }
}
