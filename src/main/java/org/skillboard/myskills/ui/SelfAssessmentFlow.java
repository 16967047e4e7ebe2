package org.skillboard.myskills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.ItemLevels;
import org.skillboard.myskills.MySkills;

/**
 * The guided self-assessment: one item per step, in the page's order, with its level ladder, optional
 * evidence and Previous, Skip and Next. Each step's level is recorded as a self-assessment when she moves on,
 * so that leaving half-way keeps what she did; going back and on again without a change records nothing twice.
 */
class SelfAssessmentFlow extends Dialog {

    private final AssessmentRecording recording;
    private final MySkills model;
    private final List<MySkills.Line> lines;
    private final Runnable finished;
    /** What each step recorded in this flow: its level code and evidence. */
    private final Map<Integer, List<String>> recorded = new HashMap<>();
    private final Div body = new Div();
    private final Span progress = new Span();
    private final Paragraph problem = new Paragraph();
    private final Button previous = new Button();
    private final Button skip = new Button();
    private final Button next = new Button();
    private RadioButtonGroup<ItemLevels.LevelText> level;
    private TextArea evidence;
    private int step;

    SelfAssessmentFlow(AssessmentRecording recording, MySkills model, Runnable finished) {
        this.recording = recording;
        this.model = model;
        this.lines = model.lines();
        this.finished = finished;
        setHeaderTitle(getTranslation("my-skills.flow.title"));
        setWidth("min(56rem, 95vw)");
        addClassName("sb-assess");
        progress.setId("my-skills-progress");
        progress.addClassName("sb-muted");
        problem.addClassName("sb-problem");
        add(progress, body, problem);
        previous.setText(getTranslation("my-skills.flow.previous"));
        previous.addClickListener(click -> move(-1, false));
        skip.setText(getTranslation("my-skills.flow.skip"));
        skip.addClickListener(click -> move(1, false));
        next.setText(getTranslation("my-skills.flow.next"));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> move(1, true));
        Button close = new Button(getTranslation("action.close"), click -> close());
        getFooter().add(close, previous, skip, next);
        addOpenedChangeListener(event -> {
            if (!event.isOpened() && !recorded.isEmpty()) {
                finished.run();
            }
        });
        show();
    }

    private void show() {
        problem.setVisible(false);
        body.removeAll();
        if (step >= lines.size()) {
            progress.setText("");
            body.add(new Paragraph(getTranslation("my-skills.flow.done", recorded.size())));
            previous.setVisible(false);
            skip.setVisible(false);
            next.setVisible(false);
            return;
        }
        MySkills.Line line = lines.get(step);
        progress.setText(getTranslation("my-skills.flow.progress", step + 1, lines.size()));
        body.add(new H3(line.levels().displayName()));
        Paragraph framework = new Paragraph(line.levels().frameworkName());
        framework.addClassName("sb-muted");
        body.add(framework);
        if (line.selfAssessedOn(model.today()) || recorded.containsKey(step)) {
            Span done = new Span(getTranslation("my-skills.flow.assessed-today"));
            done.addClassName("sb-assessed-today");
            body.add(done);
        }
        if (line.target() != null) {
            body.add(new Paragraph(getTranslation("my-skills.flow.target", line.levelName(line.target()))));
        }
        level = new RadioButtonGroup<>();
        level.setLabel(getTranslation("assess.level"));
        level.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        level.setItems(line.levels().levels());
        level.setRenderer(new ComponentRenderer<>(SelfAssessmentFlow::levelCard));
        level.getElement().setAttribute("lang", line.levels().language().toLanguageTag());
        String chosen = recorded.containsKey(step) ? recorded.get(step).get(0) : line.self();
        line.levels().levels().stream().filter(text -> text.code().equals(chosen)).findFirst()
                .ifPresent(level::setValue);
        evidence = new TextArea(getTranslation("assess.evidence"));
        evidence.setHelperText(getTranslation("assess.evidence.help"));
        evidence.setMaxLength(2000);
        evidence.setWidthFull();
        if (recorded.containsKey(step)) {
            evidence.setValue(recorded.get(step).get(1));
        }
        body.add(level, evidence);
        previous.setEnabled(step > 0);
        next.setText(getTranslation(step == lines.size() - 1 ? "my-skills.flow.finish" : "my-skills.flow.next"));
    }

    /** Moves by one step; {@code save} records the chosen level first (and refuses to move without one). */
    private void move(int by, boolean save) {
        if (save && !record()) {
            return;
        }
        step = Math.max(0, step + by);
        show();
    }

    private boolean record() {
        if (level.getValue() == null) {
            showProblem(getTranslation("assess.choose-level"));
            return false;
        }
        List<String> entered = List.of(level.getValue().code(), evidence.getValue());
        if (entered.equals(recorded.get(step))) {
            return true;
        }
        MySkills.Line line = lines.get(step);
        try {
            recording.record(NewAssessment.today(model.personId(), line.item(), AssessmentKind.SELF,
                    level.getValue().code(), evidence.getValue()));
        } catch (UserFacingException refusal) {
            showProblem(getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
        recorded.put(step, entered);
        return true;
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private static Div levelCard(ItemLevels.LevelText text) {
        Span code = new Span(MySkills.Line.name(text));
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
}
