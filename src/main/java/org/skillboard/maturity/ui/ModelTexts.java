package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.maturity.MaturityModel;

/**
 * The model's own texts on the worksheet, marked with the model's language (which may differ from the
 * user's): the level cards, level descriptions as paragraphs and bullet lists, and the level choices of a
 * dimension.
 */
final class ModelTexts {

    private final MaturityModel model;

    ModelTexts(MaturityModel model) {
        this.model = model;
    }

    <C extends Component> C inModelLanguage(C component) {
        component.getElement().setAttribute("lang", model.language().toLanguageTag());
        return component;
    }

    /**
     * The levels of the model to choose from for one dimension; {@code full} shows each level's description
     * and practices (today's level), otherwise only its summary (the level in five years).
     */
    RadioButtonGroup<MaturityModel.Level> levelChoice(MaturityModel.Dimension dimension, boolean full) {
        RadioButtonGroup<MaturityModel.Level> group = new RadioButtonGroup<>();
        group.setAriaLabel(dimension.name());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(model.levels());
        group.setRenderer(new ComponentRenderer<>(level -> {
            Div option = inModelLanguage(new Div());
            option.addClassName("sb-level-option");
            Span label = new Span(level.label());
            label.addClassName("sb-level-option-label");
            option.add(label);
            if (full) {
                option.add(paragraphs(level.description()));
                if (!level.practices().isEmpty()) {
                    option.add(list(level.practices()));
                }
            } else if (level.name() != null && level.summary() != null) {
                option.add(new Span(" " + level.summary()));
            }
            return option;
        }));
        return group;
    }

    /** Step 1: the levels, ways of managing rather than grades, each with its description and practices. */
    Component levelCards(Component page) {
        VerticalLayout levels = new VerticalLayout();
        levels.setPadding(false);
        if (model.scaleName() != null) {
            levels.add(inModelLanguage(new H3(model.scaleName())));
        }
        for (MaturityModel.Level level : model.levels()) {
            Div card = inModelLanguage(new Div());
            card.addClassName("sb-level-card");
            card.add(new H3(level.label()));
            if (level.name() != null && level.summary() != null) {
                Paragraph summary = new Paragraph(level.summary());
                summary.addClassName("sb-muted");
                card.add(summary);
            }
            card.add(paragraphs(level.description()));
            if (!level.practices().isEmpty()) {
                card.add(new Span(page.getTranslation("maturity.practices")), list(level.practices()));
            }
            if (level.nextStep() != null) {
                Details nextStep = new Details(page.getTranslation("maturity.next-step"));
                nextStep.add(paragraphs(level.nextStep()));
                card.add(nextStep);
            }
            levels.add(card);
        }
        return levels;
    }

    /** A text of the model: its lines as paragraphs, its "- " lines as bullet lists. */
    static Div paragraphs(String text) {
        Div block = new Div();
        block.addClassName("sb-text");
        if (text == null) {
            return block;
        }
        List<String> bullets = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("- ")) {
                bullets.add(line.strip().substring(2));
                continue;
            }
            if (!bullets.isEmpty()) {
                block.add(list(bullets));
                bullets = new ArrayList<>();
            }
            if (!line.isBlank()) {
                block.add(new Paragraph(line.strip()));
            }
        }
        if (!bullets.isEmpty()) {
            block.add(list(bullets));
        }
        return block;
    }

    static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
