package org.skillboard.framework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.framework.FrameworkInstaller;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member reads a framework whose version 2 dropped an item, in an English-speaking tenant: the page
 * offers version 1, which stays readable with a note that it was retired, and says what changed.
 */
@SkillboardTest
class FrameworkVersionsViewTest extends SignedInViewTest {

    static FreshTenant tenant;
    static long version1;
    static long version2;

    @BeforeAll
    static void version2DropsCsmg(@Autowired TenantFixture tenants, @Autowired FrameworkService frameworks,
            @Autowired FrameworkInstaller installer) {
        tenant = tenants.tenant("fw-versions-v").locale("en-GB").framework("skills", TestFrameworks.skills())
                .load();
        tenant.signInAs("admin");
        version1 = frameworks.library().getFirst().id();
        String skills = TestFrameworks.skills();
        installer.importFile("skills.yaml", skills.substring(0, skills.indexOf("  - code: CSMG"))
                .replace("version: 1", "version: 2"));
        version2 = frameworks.library().getFirst().id();
        SignIn.out();
    }

    @Test
    void the_current_version_offers_the_retired_one_and_says_what_changed() {
        signInAs(tenant, "member");

        navigate("frameworks/" + version2, FrameworkView.class);

        @SuppressWarnings("unchecked")
        Select<FrameworkSummary> picker = $(Select.class).id("framework-version");
        assertThat(picker.getListDataView().getItems().map(picker.getItemLabelGenerator()))
                .containsExactly("Version 2 (current)", "Version 1 (retired on Dec 1, 2026)");
        Details changes = $(Details.class).withClassName("sb-version-changes").single();
        assertThat(changes.getSummaryText()).isEqualTo("What changed from version 1 to version 2");
        assertThat($(ListItem.class, changes).all()).extracting(ListItem::getText)
                .containsExactly("Item removed: CSMG Customer service support");
        assertThat($(Details.class).withId("item-CSMG").exists()).isFalse();
    }

    @Test
    void a_retired_version_stays_readable_with_a_note_that_it_was_retired() {
        signInAs(tenant, "member");

        navigate("frameworks/" + version1, FrameworkView.class);

        assertThat($(Details.class).withId("item-CSMG").exists()).isTrue();
        assertThat($(Paragraph.class).withClassName("sb-retired-note").single().getText())
                .startsWith("Version 1 was retired on Dec 1, 2026, when version 2 took its place.");
    }
}
