package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.WorksheetAnswers;

/**
 * One dimension of the worksheet: today's level, chosen in a fold with the dimension's overview (step 2),
 * and the level wanted in five years (step 3), which repeats today's choice and offers nothing below it.
 */
final class DimensionAnswer {

    private final MaturityModel model;
    private final ModelTexts texts;
    private final MaturityModel.Dimension dimension;
    private final Component page;
    private final RadioButtonGroup<MaturityModel.Level> today;
    private final RadioButtonGroup<MaturityModel.Level> target;
    private final Details todayFold = new Details();
    private final Span todayHint = new Span();
    private final Div targetBlock;

    /** @param page the view, for the user's language */
    DimensionAnswer(MaturityModel model, ModelTexts texts, MaturityModel.Dimension dimension,
            WorksheetAnswers.Choice answer, Component page) {
        this.model = model;
        this.texts = texts;
        this.dimension = dimension;
        this.page = page;
        today = texts.levelChoice(dimension, true);
        today.setValue(model.level(answer.today()).orElse(null));
        todayFold.setWidthFull();
        todayFold.addClassName("sb-dimension");
        VerticalLayout content = new VerticalLayout(texts.inModelLanguage(new Paragraph(dimension.overview())), today);
        content.setPadding(false);
        todayFold.add(content);
        summarise();

        target = texts.levelChoice(dimension, false);
        target.setValue(model.level(answer.target()).orElse(null));
        todayHint.addClassName("sb-muted");
        targetBlock = new Div(texts.inModelLanguage(new H3(dimension.name())), todayHint, target);
        targetBlock.addClassName("sb-dimension-target");
        refreshTarget();
        today.addValueChangeListener(event -> {
            summarise();
            refreshTarget();
        });
    }

    String code() {
        return dimension.code();
    }

    RadioButtonGroup<MaturityModel.Level> today() {
        return today;
    }

    RadioButtonGroup<MaturityModel.Level> target() {
        return target;
    }

    /** Step 2's part: the fold whose summary shows today's choice. */
    Details todayFold() {
        return todayFold;
    }

    /** Step 3's part. */
    Div targetBlock() {
        return targetBlock;
    }

    boolean answeredToday() {
        return today.getValue() != null;
    }

    /** What was chosen, or null when neither level is. */
    WorksheetAnswers.Choice choice() {
        MaturityModel.Level now = today.getValue();
        MaturityModel.Level wanted = target.getValue();
        if (now == null && wanted == null) {
            return null;
        }
        return new WorksheetAnswers.Choice(now == null ? null : now.code(), wanted == null ? null : wanted.code());
    }

    void fill(WorksheetAnswers.Choice choice) {
        today.setValue(model.level(choice.today()).orElse(null));
        target.setValue(model.level(choice.target()).orElse(null));
    }

    private void summarise() {
        MaturityModel.Level chosen = today.getValue();
        Span name = texts.inModelLanguage(new Span(dimension.name()));
        Span value = new Span(chosen == null ? page.getTranslation("maturity.not-chosen") : chosen.label());
        value.addClassName("sb-badge");
        value.addClassName(chosen == null ? "plain" : "current");
        HorizontalLayout summary = new HorizontalLayout(name, value);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        todayFold.setSummary(summary);
    }

    /** Targets below today's level are not offered; the hint repeats today's choice. */
    private void refreshTarget() {
        MaturityModel.Level now = today.getValue();
        target.setItemEnabledProvider(level -> now == null || level.rank() >= now.rank());
        if (now != null && target.getValue() != null && target.getValue().rank() < now.rank()) {
            target.clear();
        }
        todayHint.setText(page.getTranslation("maturity.today-was",
                now == null ? page.getTranslation("maturity.not-chosen") : now.label()));
    }
}
