package org.skillboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reads of many people's assessments check who asks, whoever calls them: a member reads her own, a lead the
 * people of the teams she leads, a tenant admin anyone of her tenant.
 */
@SkillboardTest
class AssessmentReadsAccessTest {

    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static final LocalDate FAR_FUTURE = LocalDate.of(2100, 1, 1);
    static String a;
    static long member;
    static long other;

    @Autowired
    AssessmentReads reads;
    @Autowired
    UserDetailsService users;

    /** The member of alpha and the other member (beta) have each assessed themselves. */
    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired UserDetailsService users, @Autowired AssessmentRecording recording) {
        a = tenants.newSkillsTenant("ra-a").slug();
        member = tenants.personId(a, "member");
        other = tenants.personId(a, "other");
        SignIn.as(users, TestTenants.login("member", a));
        recording.record(NewAssessment.today(member, CSMG, AssessmentKind.SELF, "3", null));
        SignIn.as(users, TestTenants.login("other", a));
        recording.record(NewAssessment.today(other, CSMG, AssessmentKind.SELF, "2", null));
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void member_reads_her_own_levels() {
        SignIn.as(users, TestTenants.login("member", a));

        assertThat(reads.currentLevels(List.of(member), null)).extracting(LevelFact::levelCode).containsExactly("3");
        assertThat(reads.shownLevels(List.of(member), null)).hasSize(1);
    }

    @Test
    void member_cannot_read_the_levels_of_a_person_outside_her_teams() {
        SignIn.as(users, TestTenants.login("member", a));

        assertRefused(List.of(other));
        assertRefused(List.of(member, other));
    }

    @Test
    void lead_cannot_read_the_levels_of_another_leads_team() {
        SignIn.as(users, TestTenants.login("lead", a));

        assertThat(reads.currentLevels(List.of(member), null)).extracting(LevelFact::levelCode).containsExactly("3");
        assertRefused(List.of(member, other));
    }

    @Test
    void tenant_admin_reads_everyones_levels() {
        SignIn.as(users, TestTenants.login("admin", a));

        assertThat(reads.currentLevels(List.of(member, other), null)).hasSize(2);
        assertThat(reads.eachAssessmentOf(List.of(member, other), record -> {
        })).isEqualTo(2);
    }

    /** Every read of many people's assessments refuses these people. */
    private void assertRefused(List<Long> ids) {
        assertThatThrownBy(() -> reads.currentLevels(ids, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.currentLevels(ids, null, AssessmentKind.SELF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.shownLevels(ids, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.shownLevels(ids, FAR_FUTURE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.historyOf(ids, FAR_FUTURE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.eachAssessmentOf(ids, record -> {
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reads.history(other, CSMG)).isInstanceOf(AccessDeniedException.class);
    }
}
