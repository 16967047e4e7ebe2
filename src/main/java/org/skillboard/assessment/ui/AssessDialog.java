package org.skillboard.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.Set;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.assessment.PeriodSummary;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.ItemLevels;
import org.skillboard.jobprofile.ItemRef;

/**
 * Records an assessment with the level descriptions in front of the assessor: only the
 * levels the skill or criterion defines are offered, each with its text in the
 * framework's language.
 */
public class AssessDialog extends Dialog {

    private final RadioButtonGroup<ItemLevels.LevelText> level = new RadioButtonGroup<>();
    private final Select<AssessmentKind> kind = new Select<>();
    private final TextArea evidence = new TextArea();
    private final DatePicker day = new DatePicker();
    private final Select<PeriodSummary> period = new Select<>();
    private final Paragraph problem = new Paragraph();

    /**
     * @param kinds what the signed-in user may record for this person (not empty)
     * @param current the level to start from, or {@code null}
     * @param today the latest day to choose, and the one chosen at first
     */
    public AssessDialog(AssessmentRecording assessments, ItemLevels item, long personId, String personName,
            Set<AssessmentKind> kinds, String current, LocalDate today, Runnable saved) {
        setHeaderTitle(getTranslation("assess.title", item.displayName(), personName));
        setWidth("min(56rem, 95vw)");
        addClassName("sb-assess");
        Paragraph framework = new Paragraph(item.frameworkName());
        framework.addClassName("sb-muted");
        add(framework);

        kind.setLabel(getTranslation("assess.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> getTranslation("assessment.kind." + value.name().toLowerCase()));
        kind.setValue(kinds.contains(AssessmentKind.MANAGER) ? AssessmentKind.MANAGER : kinds.iterator().next());
        kind.setVisible(kinds.size() > 1);

        level.setLabel(getTranslation("assess.level"));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItems(item.levels());
        level.setRenderer(new ComponentRenderer<>(this::levelCard));
        level.setRequired(true);
        item.levels().stream().filter(text -> text.code().equals(current)).findFirst().ifPresent(level::setValue);
        level.getElement().setAttribute("lang", item.language().toLanguageTag());

        evidence.setLabel(getTranslation("assess.evidence"));
        evidence.setHelperText(getTranslation("assess.evidence.help"));
        evidence.setMaxLength(2000);
        evidence.setWidthFull();

        day.setLabel(getTranslation("assess.date"));
        day.setMax(today);
        day.setValue(today);
        period.setLabel(getTranslation("assess.period"));
        period.setItems(assessments.periods());
        period.setItemLabelGenerator(value -> value == null ? "" : value.name());
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(getTranslation("assess.period.auto"));
        period.setPlaceholder(getTranslation("assess.period.auto"));
        HorizontalLayout when = new HorizontalLayout(kind, day, period);
        when.setWrap(true);

        problem.addClassName("sb-problem");
        problem.setVisible(false);
        add(when, level, evidence, problem);

        Button save = new Button(getTranslation("assess.save"), click -> save(assessments, item, personId, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assess-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private Div levelCard(ItemLevels.LevelText text) {
        Span code = new Span(text.code() + (text.name() == null || text.name().equals(text.code()) ? ""
                : " · " + text.name()));
        code.addClassName("sb-level-name");
        Div card = new Div(code);
        card.addClassName("sb-level-card");
        if (text.description() != null) {
            Paragraph description = new Paragraph(text.description());
            description.addClassName("sb-level-text");
            card.add(description);
        }
        return card;
    }

    private void save(AssessmentRecording assessments, ItemLevels item, long personId, Runnable saved) {
        if (level.getValue() == null) {
            showProblem(getTranslation("assess.choose-level"));
            return;
        }
        PeriodSummary chosen = period.getValue();
        try {
            assessments.record(new NewAssessment(personId, new ItemRef(item.family(), item.itemCode()),
                    kind.getValue(), level.getValue().code(), evidence.getValue(), day.getValue(),
                    chosen == null ? null : chosen.id()));
        } catch (UserFacingException refusal) {
            showProblem(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        Notifications.success(getTranslation("assess.saved"));
        close();
        saved.run();
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
