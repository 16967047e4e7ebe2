package org.skillboard.myskills.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** A link from the start page to one item on "My skills" marks that item's card. */
@SkillboardTest
class MySkillsLinkTest extends SignedInViewTest {

    static FreshTenant tenant;

    /** The member's job profile needs CEXP 4 and CSMG 3. */
    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants, @Autowired JobProfileService jobProfiles) {
        tenant = tenants.newSkillsTenant("mys-link");
        long member = tenant.personId("member");
        tenant.signInAs("admin");
        JobProfileSummary agent = jobProfiles.createProfile("agent", "Agent", null);
        jobProfiles.require(agent.id(), new ItemRef("skills", "CEXP"), "4");
        jobProfiles.require(agent.id(), new ItemRef("skills", "CSMG"), "3");
        jobProfiles.assign(member, agent.id());
        SignIn.out();
    }

    @Test
    void a_link_to_an_item_marks_its_card_and_no_other() {
        signInAs(tenant, "member");

        UI.getCurrent().navigate("my-skills", QueryParameters.fromString("framework=skills&item=CSMG"));

        assertThat(focused()).containsExactly("CSMG Customer service support");
    }

    @Test
    void a_link_to_an_item_she_does_not_have_marks_nothing() {
        signInAs(tenant, "member");

        UI.getCurrent().navigate("my-skills", QueryParameters.fromString("framework=other&item=CSMG"));

        assertThat(focused()).isEmpty();
    }

    private List<String> focused() {
        return $(Div.class).withClassName("sb-focused").all().stream()
                .map(card -> $(Span.class, card).withClassName("sb-level-name").first().getText()).toList();
    }
}
