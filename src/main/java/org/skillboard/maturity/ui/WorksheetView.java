package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.skillboard.base.ui.Confirmations;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.WorkbookUpload;
import org.skillboard.excel.SheetProblem;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.Worksheet;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.maturity.sheets.MaturitySheets;
import org.skillboard.security.Roles;

/**
 * The maturity worksheet, in its five steps and in the model's own words: read the six
 * levels (ways of managing, not grades), choose today's level per dimension with each
 * level's description and practices in view, choose the level wanted in five years, write
 * the ambition, and name two or three critical changes with owner and due date. The draft
 * can be saved and resumed; completing it hands it in. The worksheet also goes out as an Excel
 * sheet to fill in offline and comes back to fill the form, which the user then checks and
 * saves or completes as usual; a sheet with problems fills nothing and shows them by cell.
 *
 * <p>The view arranges and saves; {@link WorksheetForm} holds what is written, {@link WorksheetSteps} the
 * steps, {@link WorksheetSheetActions} the sheet.
 */
@Route("maturity/worksheet")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class WorksheetView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final MaturityService maturity;
    private final MaturitySheets sheets;
    private final Clock clock;
    private Worksheet worksheet;
    private WorksheetForm form;
    /** The answers as last loaded or kept; leaving with others keeps them as a draft. */
    private WorksheetAnswers kept;
    /** Completed or discarded: nothing to keep when leaving. */
    private boolean finished;
    private WorksheetSheetActions sheetActions;

    WorksheetView(MaturityService maturity, MaturitySheets sheets, Clock clock) {
        this.maturity = maturity;
        this.sheets = sheets;
        this.clock = clock;
        addClassName("sb-page");
        addClassName("sb-worksheet");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<MaturityUnit> unit = query.getSingleParameter(MaturityUnitView.UNIT).flatMap(MaturityUnit::parse);
        String family = query.getSingleParameter(MaturityView.MODEL).orElse(null);
        Optional<Worksheet> sheet = unit.filter(u -> maturity.units().stream()
                        .anyMatch(s -> s.unit().equals(u) && s.mayAssess()))
                .flatMap(u -> maturity.models(getLocale()).stream()
                        .filter(m -> family == null || m.family().equals(family)).findFirst()
                        .map(m -> maturity.worksheet(m.family(), u, getLocale())));
        if (sheet.isEmpty()) {
            add(new H2(getTranslation("error.access-denied.title")),
                    new Paragraph(getTranslation("error.access-denied.message")),
                    new RouterLink(getTranslation("maturity.back"), MaturityView.class));
            return;
        }
        build(sheet.get());
    }

    Worksheet worksheet() {
        return worksheet;
    }

    private void build(Worksheet sheet) {
        worksheet = sheet;
        MaturityModel model = sheet.model();
        ModelTexts texts = new ModelTexts(model);
        String unitName = MaturityRadars.unitName(sheet.unit().teamName(), this::getTranslation);
        RouterLink back = new RouterLink(getTranslation("maturity.back-to-unit"), MaturityUnitView.class);
        back.setQueryParameters(MaturityUnitView.parameters(model.family(), sheet.unit().unit()));
        back.addClassName("sb-back");
        add(back, new H2(getTranslation("maturity.worksheet.title", unitName)));
        Paragraph about = texts.inModelLanguage(new Paragraph(model.name()));
        about.addClassName("sb-muted");
        add(about);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (sheet.draft()) {
            add(note(getTranslation("maturity.worksheet.resumed")));
        } else if (sheet.lastCompletedOn() != null) {
            add(note(getTranslation("maturity.worksheet.last-completed", dates.format(sheet.lastCompletedOn()))));
        }
        form = new WorksheetForm(model, texts, sheet.answers(), LocalDate.now(clock), this);
        sheetActions = new WorksheetSheetActions(sheets, sheet, form::fill);
        add(form.assessedOn(), sheetActions);

        WorksheetSteps steps = new WorksheetSteps(model, texts, List.of(texts.levelCards(this), form.todayStep(),
                form.targetStep(), form.ambitionStep(), form.changesStep()), this);
        add(steps.components());
        add(footer(steps));
        steps.show(0);
        kept = form.answers();
    }

    private Component footer(WorksheetSteps steps) {
        Button save = new Button(getTranslation("maturity.save-draft"), event -> saveDraft());
        Button discard = new Button(getTranslation("maturity.discard-draft"), event -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.setVisible(worksheet.draft());
        Button complete = new Button(getTranslation("maturity.complete"), event -> complete());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(steps.previous(), steps.next(), save, discard, complete);
        footer.setWrap(true);
        footer.addClassName("sb-worksheet-footer");
        return footer;
    }

    /** Takes an uploaded sheet: fills the form with its answers if it has no problem, else shows them. */
    void received(String name, byte[] bytes) {
        sheetActions.received(name, bytes);
    }

    /** The problems of the last uploaded sheet that could not fill the form; empty otherwise. */
    List<SheetProblem> uploadProblems() {
        return sheetActions.uploadProblems();
    }

    WorksheetAnswers answers() {
        return form.answers();
    }

    /** The fields of the worksheet, for tests that fill it in as a user would. */
    Map<String, RadioButtonGroup<MaturityModel.Level>> todayFields() {
        return form.todayFields();
    }

    Map<String, RadioButtonGroup<MaturityModel.Level>> targetFields() {
        return form.targetFields();
    }

    TextArea ambitionField() {
        return form.ambitionField();
    }

    List<ChangeRow> changeFields() {
        return form.changeFields();
    }

    void saveDraft() {
        try {
            WorksheetAnswers now = answers();
            maturity.saveDraft(worksheet.model().family(), worksheet.unit().unit(), now);
            kept = now;
            Notifications.success(getTranslation("maturity.draft-saved"));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    void complete() {
        try {
            maturity.complete(worksheet.model().family(), worksheet.unit().unit(), answers());
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        Notifications.success(getTranslation("maturity.completed"));
        finished = true;
        backToUnit();
    }

    private void discard() {
        maturity.discardDraft(worksheet.model().family(), worksheet.unit().unit());
        Notifications.success(getTranslation("maturity.draft-discarded"));
        finished = true;
        backToUnit();
    }

    /**
     * Leaving with answers not yet kept keeps them as a draft, so that nothing typed is lost; answers
     * that cannot be a draft (too long, say) ask first whether to leave without them.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (worksheet == null || form == null || finished) {
            return;
        }
        WorksheetAnswers now = answers();
        if (now.equals(kept)) {
            return;
        }
        String family = worksheet.model().family();
        if (maturity.draftProblems(family, worksheet.unit().unit(), now).isEmpty()) {
            maturity.saveDraft(family, worksheet.unit().unit(), now);
            kept = now;
            Notifications.info(getTranslation("maturity.draft-kept"));
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirmations.ask(new Confirmations.Texts(getTranslation("maturity.leave.title"),
                getTranslation("maturity.leave.text"), getTranslation("maturity.leave.go"),
                getTranslation("maturity.leave.stay")), () -> {
                    finished = true;
                    leave.proceed();
                });
    }

    private void backToUnit() {
        UI.getCurrent().navigate(MaturityUnitView.class,
                MaturityUnitView.parameters(worksheet.model().family(), worksheet.unit().unit()));
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("sb-note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maturity.worksheet.page-title") + " · " + getTranslation("app.name");
    }
}
