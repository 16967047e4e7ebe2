package org.skillboard.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillboard.people.PersonOverview;
import org.skillboard.security.AccountRow;
import org.skillboard.security.AccountStatus;
import org.skillboard.security.ui.LinkDialog;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator's accounts page, in the tenant's Portuguese. */
@SkillboardTest
class AccountsViewTest extends SignedInViewTest {

    @Autowired
    TenantFixture fixture;

    @Test
    void the_admin_sees_every_account_with_counts_and_filters_them_on_the_server() {
        FreshTenant tenant = fixture.newTenant("accounts-page");
        signInAs(tenant, "admin");
        navigate(AccountsView.class);

        assertThat(rows()).extracting(AccountRow::login).containsExactlyInAnyOrder(tenant.login("admin"),
                tenant.login("lead"), tenant.login("member"), tenant.login("lead2"), tenant.login("other"));
        assertThat(rows()).filteredOn(row -> row.login().equals(tenant.login("lead"))).singleElement()
                .satisfies(lead -> assertThat(lead.lead()).isTrue());
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.startsWith("Contas: 5"));

        test($(TextField.class).single()).setValue("lead");
        assertThat(rows()).extracting(AccountRow::login).containsExactlyInAnyOrder(tenant.login("lead"),
                tenant.login("lead2"));
    }

    @Test
    void the_admin_invites_a_person_and_sees_the_link_to_pass_on() {
        FreshTenant tenant = fixture.newTenant("accounts-invite");
        signInAs(tenant, "admin");
        navigate(AccountsView.class);

        test(button("Convidar alguém")).click();
        @SuppressWarnings("unchecked")
        ComboBox<PersonOverview> person = $(ComboBox.class).single();
        test(person).selectItem(tenant.personName("nologin"));
        test($(TextField.class).id("invite-login")).setValue("nologin@" + tenant.slug() + ".test");
        test(button("Convidar")).click();

        assertThat($(LinkDialog.class).single().isOpened()).isTrue();
        assertThat(rows()).filteredOn(row -> row.login().equals("nologin@" + tenant.slug() + ".test"))
                .singleElement().satisfies(row -> assertThat(row.status()).isEqualTo(AccountStatus.INVITED));
    }

    @Test
    void a_login_taken_is_refused_in_portuguese_and_nothing_is_stored() {
        FreshTenant tenant = fixture.newTenant("accounts-taken");
        signInAs(tenant, "admin");
        navigate(AccountsView.class);
        int before = rows().size();

        test(button("Convidar alguém")).click();
        @SuppressWarnings("unchecked")
        ComboBox<PersonOverview> person = $(ComboBox.class).single();
        test(person).selectItem(tenant.personName("nologin"));
        TextField login = $(TextField.class).id("invite-login");
        test(login).setValue(tenant.login("member"));
        test(button("Convidar")).click();

        assertThat(login.isInvalid()).isTrue();
        assertThat(login.getErrorMessage()).contains(tenant.login("member"));
        assertThat(rows()).hasSize(before);
    }

    @SuppressWarnings("unchecked")
    private List<AccountRow> rows() {
        Grid<AccountRow> grid = $(Grid.class).single();
        return grid.getLazyDataView().getItems().toList();
    }

    private com.vaadin.flow.component.button.Button button(String text) {
        return $(com.vaadin.flow.component.button.Button.class).withText(text).single();
    }
}
