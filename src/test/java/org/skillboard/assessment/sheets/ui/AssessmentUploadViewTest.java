package org.skillboard.assessment.sheets.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.excel.SheetProblem;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestClock;
import org.skillboard.testsupport.TestTenants;
import org.skillboard.testsupport.TestWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The upload screen as a team lead uses it: preview, problems by cell, confirm. */
@SkillboardTest
class AssessmentUploadViewTest extends SpringBrowserlessTest {

    static String slug;
    static long member;

    @Autowired
    UserDetailsService users;
    @Autowired
    AssessmentReads reads;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        slug = tenants.newSkillsTenant("upv").slug();
        member = tenants.personId(slug, "member");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void team_lead_sees_the_problems_fixes_the_sheet_and_stores_it() throws IOException {
        SignIn.as(users, TestTenants.login("lead", slug));
        AssessmentUploadView view = navigate(AssessmentUploadView.class);
        String today = TestClock.TODAY.toString();

        view.received("team.xlsx", workbook(new String[] {"person", "item", "level", "kind", "date"},
                new String[] {"member", "CSMG", "9", "manager", today}));
        assertThat(view.preview().problems()).extracting(SheetProblem::cell).containsExactly("C2");
        Button store = $(Button.class).all().stream().filter(b -> "Store these assessments".equals(b.getText()))
                .findFirst().orElseThrow();
        assertThat(store.isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<SheetProblem> problems = $(Grid.class).first();
        assertThat(test(problems).getCellText(0, 2))
                .isEqualTo("Level “9” is not defined for Customer service support. Its levels are: 1, 2, 3, 4, 5, 6.");

        view.received("team.xlsx", workbook(new String[] {"person", "item", "level", "kind", "date"},
                new String[] {"member", "CSMG", "4", "manager", today}));
        assertThat(view.preview().added()).isEqualTo(1);
        assertThat(store.isEnabled()).isTrue();
        test(store).click();

        assertThat(reads.history(member, new ItemRef("skills", "CSMG")))
                .extracting(entry -> entry.levelCode()).containsExactly("4");
        assertThat(view.preview()).as("the screen is ready for the next file").isNull();
    }

    private static byte[] workbook(String[]... rows) {
        return TestWorkbooks.sheet("Team", rows);
    }
}
