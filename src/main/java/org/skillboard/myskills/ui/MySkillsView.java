package org.skillboard.myskills.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.myskills.MySkills;
import org.skillboard.myskills.MySkillsService;
import org.skillboard.security.Roles;

/**
 * A person's own page: every item her role needs and the others she holds, her current, own and target
 * level, what the next level asks for and her history, with a guided self-assessment over all of them.
 */
@Route("my-skills")
@Menu(title = "menu.my-skills", order = 3, icon = "USER_STAR")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class MySkillsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final MySkillsService service;
    private final AssessmentRecording recording;
    private final Div content = new Div();
    /** Each item's card, so that a link from the start page can bring one into view. */
    private final Map<ItemRef, Div> cards = new HashMap<>();
    private MySkills model;

    MySkillsView(MySkillsService service, AssessmentRecording recording) {
        this.service = service;
        this.recording = recording;
        addClassName("sb-page");
        setWidthFull();
        content.setWidthFull();
        add(new H2(getTranslation("my-skills.title")), content);
        reload();
    }

    MySkills model() {
        return model;
    }

    /**
     * {@code my-skills?framework=skills&item=CEXP} (the framework may be left out) brings that item's card
     * into view and marks it; an item she does not have on her page is ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> item = parameters.getSingleParameter("item");
        Optional<String> family = parameters.getSingleParameter("framework");
        cards.forEach((ref, card) -> card.removeClassName("sb-focused"));
        item.flatMap(code -> cards.entrySet().stream()
                .filter(entry -> entry.getKey().itemCode().equals(code)
                        && family.map(entry.getKey().family()::equals).orElse(true))
                .map(Map.Entry::getValue).findFirst())
                .ifPresent(card -> {
                    card.addClassName("sb-focused");
                    card.scrollIntoView();
                });
    }

    private void reload() {
        model = service.mySkills(getLocale());
        cards.clear();
        content.removeAll();
        if (!model.linked()) {
            content.add(new Paragraph(getTranslation("my-skills.no-person")));
            return;
        }
        Paragraph profile = new Paragraph(model.jobProfile() == null ? getTranslation("my-skills.no-profile")
                : getTranslation("my-skills.profile", model.jobProfile()));
        profile.addClassName("sb-muted");
        content.add(profile);
        if (model.lines().isEmpty()) {
            content.add(new Paragraph(getTranslation("my-skills.empty")));
            return;
        }
        long needed = model.lines().stream().filter(MySkills.Line::needed).count();
        long below = model.lines().stream().filter(MySkills.Line::belowTarget).count();
        Span summary = new Span(getTranslation("my-skills.summary", needed, below));
        summary.setId("my-skills-summary");
        Button assess = new Button(getTranslation("my-skills.assess"), click -> new SelfAssessmentFlow(recording,
                model, this::reload).open());
        assess.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assess.setId("my-skills-assess");
        Div head = new Div(summary, assess);
        head.addClassName("sb-my-skills-head");
        content.add(head);
        for (MySkills.FrameworkGroup group : model.frameworks()) {
            content.add(new H3(group.name()));
            Div cards = new Div();
            cards.addClassName("sb-my-skills-cards");
            group.lines().forEach(line -> cards.add(card(line)));
            content.add(cards);
        }
    }

    private Div card(MySkills.Line line) {
        Span name = new Span(line.levels().displayName());
        name.addClassName("sb-level-name");
        Div card = new Div(name);
        card.addClassName("sb-my-skill");
        cards.put(line.item(), card);
        if (line.belowTarget()) {
            card.addClassName("sb-below-target");
        }
        if (line.category() != null) {
            Span category = new Span(line.category());
            category.addClassName("sb-muted");
            card.add(category);
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        card.add(fact("my-skills.current", line.current() == null ? getTranslation("my-skills.none")
                : getTranslation("my-skills.level-by", line.levelName(line.current()),
                        getTranslation("assessment.kind." + line.currentFrom().name().toLowerCase()),
                        dates.format(line.assessedOn()))));
        if (line.stale()) {
            Span stale = new Span(getTranslation("my-skills.stale"));
            stale.addClassName("sb-stale");
            card.add(stale);
        }
        card.add(fact("my-skills.self", line.self() == null ? getTranslation("my-skills.none")
                : getTranslation("my-skills.level-on", line.levelName(line.self()), dates.format(line.selfOn()))));
        card.add(fact("my-skills.target", line.target() == null ? getTranslation("my-skills.no-target")
                : line.levelName(line.target())));
        line.next().ifPresentOrElse(next -> {
            card.add(fact("my-skills.next", MySkills.Line.name(next)));
            if (next.description() != null) {
                Paragraph text = new Paragraph(next.description());
                text.addClassName("sb-level-text");
                text.getElement().setAttribute("lang", line.levels().language().toLanguageTag());
                card.add(text);
            }
        }, () -> card.add(fact("my-skills.next", getTranslation("my-skills.top"))));
        if (!line.history().isEmpty()) {
            UnorderedList steps = new UnorderedList();
            line.history().forEach(step -> steps.add(new ListItem(getTranslation("my-skills.history.step",
                    dates.format(step.on()), getTranslation("assessment.kind." + step.kind().name().toLowerCase()),
                    line.levelName(step.levelCode())))));
            card.add(new Details(getTranslation("my-skills.history", line.history().size()), steps));
        }
        return card;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("sb-muted");
        Span shown = new Span(value);
        shown.addClassName("sb-fact-value");
        Div fact = new Div(label, shown);
        fact.addClassName("sb-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-skills.title");
    }
}
