package org.skillboard.jobprofile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.jobprofile.JobProfileSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator's job profiles screen. */
@SkillboardTest
class JobProfilesViewTest extends SignedInViewTest {

    static FreshTenant tenant;

    @Autowired
    JobProfileService jobProfiles;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        tenant = tenants.newSkillsTenant("jpv");
    }

    @Test
    void tenant_admin_creates_a_job_profile_and_sees_the_skills_it_can_require() {
        signInAs(tenant, "admin");
        JobProfilesView view = navigate(JobProfilesView.class);
        String key = "agent-" + System.nanoTime();

        test(button("Novo perfil de função")).click();
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue(key);
        test(fields.get(1)).setValue("Agente de apoio");
        test(button("Criar")).click();

        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::key).contains(key);
        @SuppressWarnings("unchecked")
        Grid<Object> requirements = (Grid<Object>) $(Grid.class, view).all().get(1);
        assertThat(requirements.isVisible()).isTrue();
        assertThat(test(requirements).size()).as("CEXP and CSMG").isEqualTo(2);
    }

    @Test
    void tenant_admin_archives_a_job_profile_after_confirming_and_restores_it() {
        signInAs(tenant, "admin");
        JobProfileSummary mistake = jobProfiles.createProfile("mistake-" + System.nanoTime(), "Perfil errado", null);
        JobProfilesView view = navigate(JobProfilesView.class);
        @SuppressWarnings("unchecked")
        Grid<JobProfileSummary> profiles = (Grid<JobProfileSummary>) $(Grid.class, view).all().get(0);
        profiles.select(mistake);

        test(button("Arquivar")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::id).doesNotContain(mistake.id());
        assertThat(profiles.getListDataView().getItems()).extracting(JobProfileSummary::id)
                .doesNotContain(mistake.id());
        test($(Checkbox.class).withPropertyValue(Checkbox::getLabel, "Mostrar perfis de função arquivados").single())
                .click();
        JobProfileSummary archived = profiles.getListDataView().getItems().filter(p -> p.id() == mistake.id())
                .findFirst().orElseThrow();
        profiles.select(archived);
        test(button("Repor")).click();

        assertThat(jobProfiles.profiles()).extracting(JobProfileSummary::id).contains(mistake.id());
    }

    @Test
    void a_team_lead_cannot_open_job_profile_administration() {
        signInAs(tenant, "lead");
        navigate("admin/job-profiles", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(JobProfilesView.class);
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
