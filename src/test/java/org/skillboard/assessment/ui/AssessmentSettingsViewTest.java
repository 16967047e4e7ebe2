package org.skillboard.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.PeriodSummary;
import org.skillboard.testsupport.FreshTenant;
import org.skillboard.testsupport.SignedInViewTest;
import org.skillboard.testsupport.SkillboardTest;
import org.skillboard.testsupport.TenantFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator's assessment periods, in Portuguese: the form refuses overlaps; archive asks first. */
@SkillboardTest
class AssessmentSettingsViewTest extends SignedInViewTest {

    @Autowired
    TenantFixture tenants;
    @Autowired
    AssessmentSettingsService settings;

    FreshTenant tenant;

    @BeforeEach
    void aTenantWithTheFirstHalf() {
        tenant = tenants.newTenant("periods-view");
        signInAs(tenant, "admin");
        settings.savePeriod("2026-h1", "2026 H1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    }

    @Test
    void an_overlapping_period_typed_in_the_form_is_refused_in_portuguese_and_not_stored() {
        navigate(AssessmentSettingsView.class);

        fillIn("2026-h2", "2026 H2", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31));

        assertThat(notifications()).anyMatch(text -> text.equals("«2026 H2» (1 de junho de 2026 – 31 de dezembro"
                + " de 2026) sobrepõe-se ao período «2026 H1» (1 de janeiro de 2026 – 30 de junho de 2026). Altere as"
                + " datas para que um período termine antes de o outro começar, ou arquive primeiro «2026 H1»."));
        assertThat(settings.periods()).extracting(PeriodSummary::key).containsExactly("2026-h1");

        fillIn("2026-h2", "2026 H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));
        assertThat(settings.periods()).extracting(PeriodSummary::key).containsExactly("2026-h2", "2026-h1");
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void the_admin_archives_a_period_after_confirming_and_restores_it_from_the_archived_list() {
        navigate(AssessmentSettingsView.class);

        test(rowButton("2026 H1", "Arquivar")).click();
        test($(ConfirmDialog.class).last()).cancel();
        assertThat(settings.periods()).hasSize(1);
        test(rowButton("2026 H1", "Arquivar")).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(settings.periods()).isEmpty();
        assertThat(test(grid()).size()).isZero();
        test($(Checkbox.class).withPropertyValue(Checkbox::getLabel, "Mostrar períodos arquivados").single()).click();
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("Arquivado");
        test(rowButton("2026 H1", "Repor")).click();

        assertThat(settings.periods()).extracting(PeriodSummary::name).containsExactly("2026 H1");
        assertThat(notifications()).contains("«2026 H1» voltou a estar em uso.");
    }

    @Test
    void a_team_lead_cannot_open_the_assessment_settings() {
        signInAs(tenant, "lead");
        navigate("admin/assessments", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AssessmentSettingsView.class);
    }

    private void fillIn(String key, String name, LocalDate starts, LocalDate ends) {
        List<TextField> fields = $(TextField.class).all();
        test(fields.get(0)).setValue(key);
        test(fields.get(1)).setValue(name);
        List<DatePicker> dates = $(DatePicker.class).all();
        test(dates.get(0)).setValue(starts);
        test(dates.get(1)).setValue(ends);
        test($(Button.class).all().stream().filter(b -> "Guardar período".equals(b.getText())).findFirst()
                .orElseThrow()).click();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(notification -> test(notification).getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<PeriodSummary> grid() {
        return $(Grid.class).single();
    }

    private Button rowButton(String name, String text) {
        Grid<PeriodSummary> grid = grid();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).name().equals(name))
                .findFirst().orElseThrow();
        Button button = (Button) test(grid).getCellComponent(row, "actions");
        assertThat(button.getText()).isEqualTo(text);
        return button;
    }
}
