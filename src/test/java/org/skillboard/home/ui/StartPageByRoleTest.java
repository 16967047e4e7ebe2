package org.skillboard.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.security.ui.LoginView;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.skillboard.testsupport.TestFrameworks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role lands on its own start page, and the menu shows only what the role allows. */
@SkillboardTest
class StartPageByRoleTest extends SignedInViewTest {

    /** In Portuguese, with a skills framework. */
    static FreshTenant skills;
    /** In Polish, with a skills framework and a maturity model. */
    static FreshTenant withMaturity;

    @BeforeAll
    static void tenants(@Autowired TenantFixture tenants) {
        skills = tenants.newSkillsTenant("start");
        withMaturity = tenants.tenant("start-mat").locale("pl-PL").framework("skills", TestFrameworks.skills())
                .framework("maturity", TestFrameworks.maturity()).load();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login() {
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_team_lead_sees_the_teams_she_leads_and_no_platform_menu() {
        signInAs(skills, "lead");
        navigate(HomeView.class);

        assertThat($(Card.class).all()).extracting(Card::getTitleAsText).containsExactly(skills.teamName("alpha"));
        assertThat(menu()).containsExactly("Início", "As minhas competências", "Mapa de competências", "Carregar avaliações", "Referenciais",
                "A minha palavra-passe");
    }

    @Test
    void a_team_lead_in_a_tenant_with_a_maturity_model_finds_cx_maturity_in_her_menu() {
        signInAs(withMaturity, "lead");
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("Strona główna", "Moje kompetencje", "Mapa kompetencji", "Dojrzałość CX", "Wgraj oceny",
                "Ramy i modele", "Moje hasło");
    }

    @Test
    void a_member_sees_his_own_profile_and_no_teams_overview() {
        signInAs(skills, "member");
        navigate(HomeView.class);

        assertThat($(Card.class).all()).isEmpty();
        assertThat($(H3.class).all()).extracting(H3::getText).containsExactly("As suas competências: o que fazer a seguir", "O seu perfil");
    }

    @Test
    void a_tenant_admin_sees_her_organisation_and_every_team() {
        signInAs(skills, "admin");
        navigate(HomeView.class);

        assertThat($(H3.class).all()).extracting(H3::getText).contains("A sua organização");
        assertThat($(Card.class).all()).extracting(Card::getTitleAsText).as("the tenant's two teams")
                .containsExactlyInAnyOrder(skills.teamName("alpha"), skills.teamName("beta"));
    }

    @Test
    void a_tenant_admin_has_the_administration_in_her_menu() {
        signInAs(skills, "admin");
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("Início", "As minhas competências", "Mapa de competências", "Carregar avaliações", "Referenciais",
                "Pessoas", "Equipas", "Contas", "Integração",
                "Perfis de função", "Definições de avaliação", "Gerir referenciais", "Registo de auditoria",
                "A minha palavra-passe");
    }

    @Test
    @WithUserDetails("platform-admin")
    void a_platform_admin_sees_the_tenants_and_their_menu() {
        navigate(HomeView.class);

        assertThat(menu()).containsExactly("Home", "Tenants", "Audit log", "My password");
        assertThat($(Card.class).all()).isEmpty();
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
