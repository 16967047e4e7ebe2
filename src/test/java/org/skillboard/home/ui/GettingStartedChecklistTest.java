package org.skillboard.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.onboarding.ui.GettingStartedChecklist;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.TeamRole;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.skillboard.testsupport.SignIn;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFiles;
import org.skillboard.testsupport.TestFrameworks;
import org.skillboard.testsupport.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An empty tenant's admin finds a checklist on her start page that ticks itself off as the tenant fills. */
@SkillboardTest
class GettingStartedChecklistTest extends SignedInViewTest {

    static String slug;

    @Autowired
    UserDetailsService users;
    @Autowired
    PeopleAdministration administration;

    @BeforeAll
    static void emptyTenant(@Autowired TenantFiles files) {
        slug = TestTenants.newSlug("gs");
        load(files, "");
    }

    @Test
    void the_checklist_ticks_each_step_as_the_tenant_fills_and_goes_once_all_are_done(
            @Autowired TenantFiles files, @Autowired JobProfileService jobProfiles,
            @Autowired AssessmentRecording recording) {
        assertThat(doneSteps()).as("a new tenant has only its admin").isEmpty();

        long team = administration.createTeam("support", "Support").id();
        long person = administration.createPerson("ana", "Ana", null, null).id();
        administration.addToTeam(team, person, TeamRole.MEMBER);
        assertThat(doneSteps()).containsExactly("getting-started.teams", "getting-started.people");

        load(files, """
                frameworks: [skills]
                people:
                  - key: rui
                    name: Rui
                    login: rui@%s.test
                """.formatted(slug));
        assertThat(doneSteps()).containsExactly("getting-started.teams", "getting-started.people",
                "getting-started.logins", "getting-started.frameworks");

        jobProfiles.createProfile("agent", "Agent", null);
        assertThat(doneSteps()).hasSize(5);

        long rui = administration.people().stream().filter(someone -> someone.key().equals("rui")).findFirst()
                .orElseThrow().id();
        SignIn.as(users, "rui@" + slug + ".test");
        recording.record(NewAssessment.today(rui, new ItemRef("skills", "CSMG"), AssessmentKind.SELF, "3", null));
        signInAsAdmin();
        navigate(HomeView.class);
        assertThat($(GettingStartedChecklist.class).all()).as("all done: the checklist has gone")
                .noneMatch(GettingStartedChecklist::isVisible);
    }

    /** The start page afresh, and the steps its checklist ticks. */
    private List<String> doneSteps() {
        signInAsAdmin();
        navigate(HomeView.class);
        GettingStartedChecklist checklist = $(GettingStartedChecklist.class).single();
        assertThat(checklist.isVisible()).isTrue();
        return checklist.steps().stream().filter(GettingStartedChecklist.Step::done)
                .map(GettingStartedChecklist.Step::textKey).toList();
    }

    private void signInAsAdmin() {
        SignIn.as(users, "admin@" + slug + ".test");
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private static void load(TenantFiles files, String more) {
        String yaml = """
                slug: %1$s
                name: Tenant %1$s
                locale: pt-PT
                demo: true
                demo-password: %2$s
                admins:
                  - login: admin@%1$s.test
                    name: Admin of %1$s
                """.formatted(slug, TestTenants.PASSWORD) + more;
        TenantFileLoader.Outcome outcome = files.load(slug, slug, yaml,
                id -> id.equals("skills") ? Optional.of(TestFrameworks.skills()) : Optional.empty());
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.status()).isEqualTo(TenantFileLoader.Status.APPLIED);
    }
}
