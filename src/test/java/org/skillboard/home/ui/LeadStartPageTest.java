package org.skillboard.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A team lead's start page says what to do, and she accepts a self-assessment without leaving it. */
@SkillboardTest
class LeadStartPageTest extends SignedInViewTest {

    /** In Portuguese; the member rates herself 4 in CEXP, which her lead has not assessed. */
    static FreshTenant tenant;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired AssessmentRecording recording) {
        tenant = tenants.newSkillsTenant("lead-start");
        long member = tenant.personId("member");
        tenant.signInAs("member");
        recording.record(NewAssessment.today(member, new ItemRef("skills", "CEXP"), AssessmentKind.SELF, "4", null));
        SignIn.out();
    }

    @Test
    void a_team_lead_accepts_a_waiting_self_assessment_in_place() {
        signInAs(tenant, "lead");
        navigate(HomeView.class);

        assertThat(headings()).contains("1 autoavaliação à espera da sua revisão");
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.startsWith(tenant.personName("member") + " atribui-se o nível 4 em "));
        assertThat($(Anchor.class).all()).filteredOn(anchor -> anchor.getText().equals("Ajustar no mapa de competências"))
                .extracting(Anchor::getHref).singleElement().asString().startsWith("heatmap?team=")
                .as("opens her cell").endsWith("&framework=skills&cell=member~CEXP");

        test($(Button.class).all().stream().filter(button -> "Aceitar".equals(button.getText())).findFirst()
                .orElseThrow()).click();

        assertThat(headings()).noneMatch(heading -> heading.contains("autoavaliaç"));
    }

    private java.util.List<String> headings() {
        return $(H4.class).all().stream().map(H4::getText).toList();
    }
}
