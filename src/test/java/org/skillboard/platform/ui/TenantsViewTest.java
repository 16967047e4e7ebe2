package org.skillboard.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.tenant.TenantStatus;
import org.skillboard.tenant.TenantSummary;
import org.skillboard.testsupport.TestTenants;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The platform administrator's tenant list; nobody else reaches it. */
@SkillboardTest
class TenantsViewTest extends SignedInViewTest {

    @Test
    @WithUserDetails("platform-admin")
    void platform_admin_creates_a_tenant_and_suspends_it(@Autowired TenantFixture fixture) {
        FreshTenant existing = fixture.newTenant("listed");
        navigate(TenantsView.class);
        String slug = TestTenants.newSlug("created");

        test(button("New tenant")).click();
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue(slug);
        test(fields.get(1)).setValue("Created in the UI");
        test(button("Create")).click();

        assertThat(tenant(slug).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenants()).extracting(TenantSummary::slug).contains(existing.slug());

        Grid<TenantSummary> grid = grid();
        int row = tenants().indexOf(tenant(slug));
        Button suspend = (Button) test(grid).getCellComponent(row, "actions").getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
        test(suspend).click();
        assertThat(tenant(slug).status()).as("asked first").isEqualTo(TenantStatus.ACTIVE);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

        assertThat(tenant(slug).status()).isEqualTo(TenantStatus.SUSPENDED);
    }

    @Test
    @WithUserDetails("platform-admin")
    void an_invalid_slug_is_refused_and_nothing_is_created() {
        navigate(TenantsView.class);
        int before = tenants().size();

        test(button("New tenant")).click();
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue("Not A Slug!");
        test(fields.get(1)).setValue("Whatever");
        test(button("Create")).click();

        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(tenants()).hasSize(before);
    }

    @Test
    void a_team_lead_cannot_open_the_tenant_list_even_by_url(@Autowired TenantFixture fixture) {
        signInAs(fixture.newTenant("not-platform"), "lead");
        navigate("platform/tenants", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(TenantsView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<TenantSummary> grid() {
        return $(Grid.class).single();
    }

    private List<TenantSummary> tenants() {
        return test(grid()).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i))
                        .toList();
    }

    private TenantSummary tenant(String slug) {
        return tenants().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
    }
}
