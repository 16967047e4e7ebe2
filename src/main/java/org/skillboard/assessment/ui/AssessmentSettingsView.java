package org.skillboard.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.skillboard.assessment.AssessmentRules;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.PeriodSummary;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.security.Roles;

/**
 * The tenant administrator sets when assessments go stale, whether peers assess, and the assessment periods:
 * adds and re-dates them (never overlapping), archives one made by mistake and restores it.
 */
@Route("admin/assessments")
@Menu(title = "menu.assessment-settings", order = 76, icon = "CALENDAR_CLOCK")
@RolesAllowed(Roles.TENANT_ADMIN)
class AssessmentSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentSettingsService assessments;
    private final IntegerField interval = new IntegerField();
    private final Checkbox peers = new Checkbox();
    private final Grid<PeriodSummary> periods = new Grid<>();
    private final TextField key = new TextField();
    private final TextField name = new TextField();
    private final DatePicker starts = new DatePicker();
    private final DatePicker ends = new DatePicker();
    private final Checkbox showArchived = new Checkbox();

    AssessmentSettingsView(AssessmentSettingsService assessments) {
        this.assessments = assessments;
        addClassName("sb-page");
        add(new H2(getTranslation("settings.title")));

        AssessmentRules rules = assessments.rules();
        interval.setLabel(getTranslation("settings.review-interval"));
        interval.setHelperText(getTranslation("settings.review-interval.help"));
        interval.setMin(1);
        interval.setMax(60);
        interval.setStepButtonsVisible(true);
        interval.setValue(rules.reviewIntervalMonths());
        peers.setLabel(getTranslation("settings.peers"));
        peers.setValue(rules.peerAssessments());
        Button saveRules = new Button(getTranslation("action.save"), click -> saveRules());
        saveRules.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout rulesRow = new HorizontalLayout(interval, peers, saveRules);
        rulesRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(rulesRow);

        add(new H3(getTranslation("settings.periods")));
        Paragraph help = new Paragraph(getTranslation("settings.periods.help"));
        help.addClassName("sb-muted");
        add(help);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        periods.addColumn(PeriodSummary::name).setHeader(getTranslation("settings.period.name")).setFlexGrow(2);
        periods.addColumn(PeriodSummary::key).setHeader(getTranslation("settings.period.key"));
        periods.addColumn(period -> dates.format(period.startsOn())).setHeader(getTranslation("settings.period.starts"));
        periods.addColumn(period -> dates.format(period.endsOn())).setHeader(getTranslation("settings.period.ends"));
        periods.addColumn(period -> period.archived() ? getTranslation("settings.period.archived") : "")
                .setHeader(getTranslation("settings.period.status")).setKey("status");
        periods.addComponentColumn(this::archiveButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        periods.setAllRowsVisible(true);
        periods.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        showArchived.setLabel(getTranslation("settings.period.show-archived"));
        showArchived.addValueChangeListener(event -> refresh());
        add(showArchived, periods);

        key.setLabel(getTranslation("settings.period.key"));
        key.setHelperText(getTranslation("settings.period.key.help"));
        name.setLabel(getTranslation("settings.period.name"));
        starts.setLabel(getTranslation("settings.period.starts"));
        ends.setLabel(getTranslation("settings.period.ends"));
        Button savePeriod = new Button(getTranslation("settings.period.save"), click -> savePeriod());
        HorizontalLayout form = new HorizontalLayout(key, name, starts, ends, savePeriod);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
        refresh();
    }

    private Button archiveButton(PeriodSummary period) {
        Button button = period.archived()
                ? new Button(getTranslation("settings.period.restore"), click -> change(
                        () -> assessments.restorePeriod(period.id()),
                        getTranslation("settings.period.restored", period.name())))
                : new Button(getTranslation("settings.period.archive"), click -> confirmArchive(period));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    /** Archiving asks first: new assessments no longer fall into the period. */
    private void confirmArchive(PeriodSummary period) {
        Confirmations.ask(new Confirmations.Texts(
                getTranslation("settings.period.archive-dialog.title", period.name()),
                getTranslation("settings.period.archive-dialog.text"), getTranslation("settings.period.archive"),
                getTranslation("action.cancel")), () -> change(() -> assessments.archivePeriod(period.id()),
                        getTranslation("settings.period.archived-done", period.name())));
    }

    private void change(Runnable change, String done) {
        Notifications.attempt(this, change, done);
        refresh();
    }

    private void refresh() {
        periods.setItems(showArchived.getValue() ? assessments.periodsWithArchived() : assessments.periods());
    }

    private void saveRules() {
        try {
            assessments.changeRules(interval.getValue() == null ? 0 : interval.getValue(), peers.getValue());
            Notifications.success(getTranslation("settings.saved"));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    private void edit(PeriodSummary period) {
        if (period == null) {
            return;
        }
        key.setValue(period.key());
        name.setValue(period.name());
        starts.setValue(period.startsOn());
        ends.setValue(period.endsOn());
    }

    private void savePeriod() {
        try {
            assessments.savePeriod(key.getValue().strip(), name.getValue(), starts.getValue(), ends.getValue());
            Notifications.success(getTranslation("settings.saved"));
            refresh();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
