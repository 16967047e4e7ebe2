package org.skillboard.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.heatmap.LeadAgenda;
import org.skillboard.heatmap.LeadAgendaService;
import org.skillboard.jobprofile.ItemRef;

/**
 * A team lead's to-do list on the start page: self-assessments to accept in place or adjust in the heatmap,
 * people below target, stale assessments and skills resting on one person or nobody, each linking to its team's
 * heatmap with the cell in question opened.
 */
class LeadAgendaPanel extends VerticalLayout {

    private final LeadAgendaService agendas;

    LeadAgendaPanel(LeadAgendaService agendas) {
        this.agendas = agendas;
        setPadding(false);
        addClassName("sb-lead-agenda");
        show(agendas.agenda());
    }

    private void show(LeadAgenda agenda) {
        removeAll();
        add(new H3(getTranslation("home.agenda.heading")));
        if (agenda.nothingToDo()) {
            add(new Paragraph(getTranslation("home.agenda.nothing")));
            return;
        }
        list(agenda.waiting(), "home.agenda.waiting.heading", this::waiting);
        list(agenda.belowTarget(), "home.agenda.below.heading", person -> line(
                getTranslation("home.agenda.below.item", person.personName(), person.items()),
                cell(person.teamId(), person.personKey(), person.firstItem()) + "&gaps=yes"));
        list(agenda.stale(), "home.agenda.stale.heading", person -> line(
                getTranslation("home.agenda.stale.item", person.personName(), person.items()),
                cell(person.teamId(), person.personKey(), person.firstItem())));
        list(agenda.thinSkills(), "home.agenda.thin.heading", skill -> line(
                getTranslation(skill.holders() == 0 ? "home.agenda.thin.nobody" : "home.agenda.thin.one",
                        skill.itemName(), skill.teamName(), skill.neededLevel()),
                cell(skill.teamId(), skill.holderKey(), skill.item())));
    }

    private <T> void list(LeadAgenda.Top<T> top, String heading, Function<T, Component> entry) {
        if (top.total() == 0) {
            return;
        }
        UnorderedList entries = new UnorderedList();
        top.shown().forEach(each -> entries.add(new ListItem(entry.apply(each))));
        if (top.more() > 0) {
            Span more = new Span(getTranslation("home.agenda.more", top.more()));
            more.addClassName("sb-muted");
            entries.add(new ListItem(more));
        }
        add(new H4(getTranslation(heading, top.total())), entries);
    }

    private Component waiting(LeadAgenda.Waiting waiting) {
        String text = waiting.managerLevel() == null
                ? getTranslation("home.agenda.waiting.new", waiting.personName(), waiting.itemName(),
                        waiting.selfLevel())
                : getTranslation("home.agenda.waiting.changed", waiting.personName(), waiting.itemName(),
                        waiting.selfLevel(), waiting.managerLevel());
        Button accept = new Button(getTranslation("home.agenda.accept"), click -> {
            try {
                LeadAgenda after = agendas.accept(waiting.personId(), waiting.item());
                Notifications.success(getTranslation("home.agenda.accepted", waiting.personName(),
                        waiting.itemName()));
                show(after);
            } catch (UserFacingException refusal) {
                Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Anchor adjust = new Anchor(cell(waiting.teamId(), waiting.personKey(), waiting.item()),
                getTranslation("home.agenda.adjust"));
        Span line = new Span(new Span(text + " "), accept, new Span(" "), adjust);
        line.addClassName("sb-agenda-waiting");
        return line;
    }

    private static Component line(String text, String href) {
        return new Anchor(href, text);
    }

    /**
     * The team's heatmap showing the item's framework, with the person's cell opened
     * ({@code heatmap?team=7&framework=skills&cell=ana-ferreira~CEXP}); without a person, the framework only.
     */
    static String cell(long teamId, String personKey, ItemRef item) {
        String address = "heatmap?team=" + teamId;
        if (item == null) {
            return address;
        }
        address += "&framework=" + encode(item.family());
        return personKey == null ? address : address + "&cell=" + encode(personKey) + "~" + encode(item.itemCode());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
