package org.skillboard.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillboard.onboarding.Workbooks.row;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillboard.excel.Texts;
import org.skillboard.onboarding.Onboarding;
import org.skillboard.onboarding.Workbooks;
import org.skillboard.people.PeopleAdministration;
import org.skillboard.people.PersonOverview;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** The onboarding page as a Polish tenant admin uses it; closed to everyone else. */
@SkillboardTest
class OnboardingViewTest extends SignedInViewTest {

    static FreshTenant tenant;

    @Autowired
    Onboarding onboarding;
    @Autowired
    PeopleAdministration administration;

    @BeforeAll
    static void tenant(@Autowired TenantFixture tenants) {
        tenant = tenants.tenant("onbv").locale("pl-PL").load();
    }

    @Test
    void three_problems_are_listed_by_sheet_and_cell_in_polish_and_nothing_is_stored() throws IOException {
        signInAs(tenant, "admin");
        OnboardingView view = navigate(OnboardingView.class);
        byte[] workbook = Workbooks.fill(polishTemplate())
                .rowsOf(1, row("gdansk", "Gdańsk"))
                .rowsOf(2, row("anna.pl", "Anna Nowak", "anna@", "", "gdansk", "lider"),
                        row("jan.pl", "Jan Kowalski", "", "", "krakow"),
                        row("ewa.pl", "Ewa Wiśniewska", "", "", "gdansk", "szef"))
                .bytes();

        view.received("zespoly.xlsx", workbook);

        assertThat(view.problemLines()).containsExactly(
                "Osoby!C2: „anna@” nie jest prawidłowym adresem e-mail.",
                "Osoby!E3: Nie ma zespołu z kluczem „krakow” ani w arkuszu Zespoły, ani w Twojej organizacji.",
                "Osoby!F4: „szef” nie jest rolą w zespole: wpisz lider lub członek.");
        assertThat(storeButton().isEnabled()).isFalse();
        view.confirm();
        assertThat(administration.people()).extracting(PersonOverview::key).doesNotContain("anna.pl", "jan.pl");
    }

    @Test
    void a_team_lead_cannot_open_onboarding() {
        signInAs(tenant, "lead");
        navigate("admin/onboarding", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(OnboardingView.class);
    }

    @Test
    void a_member_cannot_open_onboarding() {
        signInAs(tenant, "member");
        navigate("admin/onboarding", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(OnboardingView.class);
    }

    private byte[] polishTemplate() throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.of("pl"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        onboarding.template(Texts.of(texts::getString), out);
        return out.toByteArray();
    }

    private Button storeButton() {
        return $(Button.class).all().stream().filter(button -> "Zapisz wszystko".equals(button.getText()))
                .findFirst().orElseThrow();
    }
}
