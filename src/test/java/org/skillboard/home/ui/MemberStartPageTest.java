package org.skillboard.home.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillboard.testsupport.TestClock.TODAY;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
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
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A member's start page says where she stands against her targets, in Portuguese, each item a link. */
@SkillboardTest
class MemberStartPageTest extends SignedInViewTest {

    static final ItemRef CEXP = new ItemRef("skills", "CEXP");
    static final ItemRef CSMG = new ItemRef("skills", "CSMG");
    static FreshTenant tenant;

    /**
     * The job profile "Agent" needs CEXP 4 and CSMG 3; the member and the lead have it. The lead rated the
     * member CEXP 3 last month; the member rated herself CEXP 3 too.
     */
    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        tenant = tenants.newSkillsTenant("member-start");
        long member = tenant.personId("member");
        long lead = tenant.personId("lead");
        tenant.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), CEXP, "4");
        jobProfiles.require(agent.id(), CSMG, "3");
        jobProfiles.assign(member, agent.id());
        jobProfiles.assign(lead, agent.id());
        tenant.signInAs("lead");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.MANAGER, "3", null, TODAY.minusMonths(1),
                null));
        tenant.signInAs("member");
        recording.record(new NewAssessment(member, CEXP, AssessmentKind.SELF, "3", null, TODAY.minusMonths(1),
                null));
        SignIn.out();
    }

    @Test
    void a_member_sees_her_skills_below_target_with_the_next_level_and_what_she_has_not_assessed() {
        signInAs(tenant, "member");
        navigate(HomeView.class);

        assertThat($(H3.class).all()).extracting(H3::getText)
                .containsExactly("As suas competências: o que fazer a seguir", "O seu perfil");
        assertThat(headings()).contains("2 competências abaixo do seu objetivo",
                "1 competência que ainda não autoavaliou");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("my-skills?framework=skills&item=CEXP", "my-skills?framework=skills&item=CSMG");
        assertThat($(Paragraph.class).withClassName("sb-level-text").all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Próximo nível, 4 · Enable:") && text.length() > 30);
    }

    @Test
    void a_team_lead_who_has_targets_herself_sees_her_teams_agenda_first_and_then_her_own() {
        signInAs(tenant, "lead");
        navigate(HomeView.class);

        List<String> sections = $(H3.class).all().stream().map(H3::getText).toList();
        assertThat(sections).containsSubsequence("O que fazer", "As suas competências: o que fazer a seguir");
        assertThat(headings()).contains("2 competências abaixo do seu objetivo", "2 competências que ainda não autoavaliou");
    }

    private List<String> headings() {
        return $(H4.class).all().stream().map(H4::getText).toList();
    }
}
