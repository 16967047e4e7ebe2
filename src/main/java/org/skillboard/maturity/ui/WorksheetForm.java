package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.WorksheetAnswers;

/**
 * One worksheet as the user writes it: the date, today's and the wanted level of each dimension, the
 * ambition and the critical changes, with the steps that show them (2 to 5). It reads its answers from
 * and back into {@link WorksheetAnswers}; saving is the view's.
 */
final class WorksheetForm {

    private final MaturityModel model;
    private final ModelTexts texts;
    private final Component page;
    private final DatePicker assessedOn = new DatePicker();
    private final List<DimensionAnswer> dimensions = new ArrayList<>();
    private final TextArea ambition = new TextArea();
    private final List<ChangeRow> changes = new ArrayList<>();

    /** @param page the view, for the user's language */
    /** @param today the latest day the worksheet may be dated */
    WorksheetForm(MaturityModel model, ModelTexts texts, WorksheetAnswers answers, LocalDate today, Component page) {
        this.model = model;
        this.texts = texts;
        this.page = page;
        assessedOn.setLabel(page.getTranslation("maturity.worksheet.date"));
        assessedOn.setMax(today);
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            DimensionAnswer answer = new DimensionAnswer(model, texts, dimension, answers.choice(dimension.code()),
                    page);
            answer.today().addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    openNextUnanswered(answer);
                }
            });
            dimensions.add(answer);
        }
        ambition.setLabel(page.getTranslation("maturity.ambition"));
        ambition.setWidthFull();
        ambition.setId("worksheet-ambition");
        ambition.setMinHeight("8em");
        ambition.setMaxLength(4000);
        for (int i = 0; i < MaturityService.MAX_CHANGES; i++) {
            changes.add(ChangeRow.numbered(i, page));
        }
        fillTexts(answers);
    }

    DatePicker assessedOn() {
        return assessedOn;
    }

    /** Step 2: a fold per dimension, the first without a level open. */
    Component todayStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        dimensions.stream().filter(answer -> !answer.answeredToday()).findFirst()
                .ifPresent(answer -> answer.todayFold().setOpened(true));
        dimensions.forEach(answer -> layout.add(answer.todayFold()));
        return layout;
    }

    /** Step 3. */
    Component targetStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        dimensions.forEach(answer -> layout.add(answer.targetBlock()));
        return layout;
    }

    /** Step 4: the model's notes other than its how-to (for the worksheet: "Eesmärk", "Ambitsioon"), then the ambition. */
    Component ambitionStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        model.notes().stream().filter(note -> !note.title().equals(model.guideTitle())).forEach(note -> {
            Div block = texts.inModelLanguage(new Div(new H3(note.title())));
            block.add(ModelTexts.paragraphs(note.text()));
            layout.add(block);
        });
        layout.add(ambition);
        return layout;
    }

    /** Step 5. */
    Component changesStep() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        changes.forEach(change -> layout.add(change.layout()));
        return layout;
    }

    /** Having chosen, the user moves on: this dimension folds, the next one without a level opens. */
    private void openNextUnanswered(DimensionAnswer answered) {
        answered.todayFold().setOpened(false);
        dimensions.stream().skip(dimensions.indexOf(answered) + 1L).filter(answer -> !answer.answeredToday())
                .findFirst().ifPresent(answer -> {
                    answer.todayFold().setOpened(true);
                    answer.todayFold().scrollIntoView();
                });
    }

    /** Puts answers into the form, as if the user had typed them; nothing is saved. */
    void fill(WorksheetAnswers answers) {
        dimensions.forEach(answer -> answer.fill(answers.choice(answer.code())));
        fillTexts(answers);
    }

    /** The date, the ambition and the changes; the levels are the dimensions' own. */
    private void fillTexts(WorksheetAnswers answers) {
        assessedOn.setValue(answers.assessedOn());
        ambition.setValue(answers.ambition() == null ? "" : answers.ambition());
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).fill(i < answers.changes().size() ? answers.changes().get(i) : null);
        }
    }

    WorksheetAnswers answers() {
        Map<String, WorksheetAnswers.Choice> choices = new LinkedHashMap<>();
        for (DimensionAnswer answer : dimensions) {
            WorksheetAnswers.Choice choice = answer.choice();
            if (choice != null) {
                choices.put(answer.code(), choice);
            }
        }
        List<WorksheetAnswers.Change> written = changes.stream().map(ChangeRow::written).toList();
        return new WorksheetAnswers(assessedOn.getValue(), choices, ambition.getValue(), written);
    }

    Map<String, RadioButtonGroup<MaturityModel.Level>> todayFields() {
        Map<String, RadioButtonGroup<MaturityModel.Level>> fields = new LinkedHashMap<>();
        dimensions.forEach(answer -> fields.put(answer.code(), answer.today()));
        return fields;
    }

    Map<String, RadioButtonGroup<MaturityModel.Level>> targetFields() {
        Map<String, RadioButtonGroup<MaturityModel.Level>> fields = new LinkedHashMap<>();
        dimensions.forEach(answer -> fields.put(answer.code(), answer.target()));
        return fields;
    }

    TextArea ambitionField() {
        return ambition;
    }

    List<ChangeRow> changeFields() {
        return changes;
    }
}
