package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.skillboard.maturity.MaturityModel;

/**
 * The worksheet's five steps as tabs, each with the model's own words for it (or ours where the model has
 * none), one step's body shown at a time, and "previous" and "next" for the footer.
 */
final class WorksheetSteps {

    private static final List<String> NAMES = List.of("read", "today", "target", "ambition", "changes");

    private final MaturityModel model;
    private final ModelTexts texts;
    private final Component page;
    private final List<Component> bodies;
    private final Tabs tabs = new Tabs();
    private final Div stepText = new Div();
    private final Div stepBody = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();

    /**
     * @param bodies the steps' bodies, in order
     * @param page the view, for the user's language
     */
    WorksheetSteps(MaturityModel model, ModelTexts texts, List<Component> bodies, Component page) {
        this.model = model;
        this.texts = texts;
        this.page = page;
        this.bodies = List.copyOf(bodies);
        for (int i = 0; i < NAMES.size(); i++) {
            tabs.add(new Tab(page.getTranslation("maturity.step", i + 1,
                    page.getTranslation("maturity.step." + NAMES.get(i)))));
        }
        // on a phone the steps scroll sideways within the page instead of pushing past its edge
        tabs.setWidthFull();
        stepText.addClassName("sb-step-text");
        stepBody.setWidthFull();
        this.bodies.forEach(stepBody::add);
        tabs.addSelectedChangeListener(event -> show(tabs.getSelectedIndex()));
        previous.setText(page.getTranslation("maturity.previous"));
        previous.addClickListener(event -> {
            show(tabs.getSelectedIndex() - 1);
            tabs.scrollIntoView();
        });
        next.setText(page.getTranslation("maturity.next"));
        next.addClickListener(event -> {
            show(tabs.getSelectedIndex() + 1);
            tabs.scrollIntoView();
        });
    }

    /** The tabs, the current step's text and the bodies, in page order. */
    Component[] components() {
        return new Component[] {tabs, stepText, stepBody};
    }

    Button previous() {
        return previous;
    }

    Button next() {
        next.setId("worksheet-next");
        return next;
    }

    void show(int index) {
        stepText.removeAll();
        String own = index < model.steps().size() ? model.steps().get(index) : null;
        Paragraph text = own == null ? new Paragraph(page.getTranslation("maturity.step-help." + (index + 1)))
                : texts.inModelLanguage(new Paragraph(own));
        stepText.add(text);
        // every step stays attached, only the current one visible: nothing typed is lost on the way
        for (int i = 0; i < bodies.size(); i++) {
            bodies.get(i).setVisible(i == index);
        }
        previous.setEnabled(index > 0);
        next.setEnabled(index < bodies.size() - 1);
        if (tabs.getSelectedIndex() != index) {
            tabs.setSelectedIndex(index);
        }
    }
}
