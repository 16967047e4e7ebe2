package org.skillboard.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import org.skillboard.myskills.MemberAgenda;
import org.skillboard.myskills.MySkills;

/**
 * A member's start page: the skills where she is below her target with what the next level asks for, those she
 * has not assessed herself yet, and what her lead changed since her last visit, each linking to the item on her
 * own page.
 */
class MemberAgendaPanel extends VerticalLayout {

    /** How many entries each list shows: the start page points the way, "My skills" has the rest. */
    static final int SHOWN = 5;

    private final DateTimeFormatter dates;

    MemberAgendaPanel(MemberAgenda agenda) {
        setPadding(false);
        setSpacing(false);
        addClassName("sb-member-agenda");
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H3(getTranslation("home.mine.heading")));
        section(agenda.belowTarget(), "home.mine.below.heading", this::below,
                agenda.targets() == 0 ? "home.mine.below.no-targets" : "home.mine.below.none");
        section(agenda.notAssessed(), "home.mine.unassessed.heading", this::unassessed, "home.mine.unassessed.none");
        changes(agenda);
    }

    private <T> void section(List<T> all, String heading, Function<T, Component> entry, String empty) {
        H4 title = new H4(getTranslation(heading, all.size()));
        Div section = new Div(title);
        section.addClassName("sb-member-agenda-section");
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(empty));
            none.addClassName("sb-muted");
            section.add(none);
            add(section);
            return;
        }
        UnorderedList entries = new UnorderedList();
        entries.addClassName("sb-member-agenda-list");
        all.stream().limit(SHOWN).forEach(each -> entries.add(new ListItem(entry.apply(each))));
        if (all.size() > SHOWN) {
            entries.add(new ListItem(new Anchor("my-skills", getTranslation("home.mine.more", all.size() - SHOWN))));
        }
        section.add(entries);
        add(section);
    }

    private Component below(MySkills.Line line) {
        Div entry = entry(line, getTranslation("home.mine.below.levels",
                line.current() == null ? getTranslation("my-skills.none") : line.levelName(line.current()),
                line.levelName(line.target())));
        line.next().ifPresent(next -> {
            Paragraph text = new Paragraph(getTranslation("home.mine.below.next", MySkills.Line.name(next))
                    + (next.description() == null ? "" : " " + next.description()));
            text.addClassName("sb-level-text");
            text.getElement().setAttribute("lang", line.levels().language().toLanguageTag());
            entry.add(text);
        });
        return entry;
    }

    private Component unassessed(MySkills.Line line) {
        return entry(line, getTranslation("home.mine.unassessed.target", line.levelName(line.target())));
    }

    private void changes(MemberAgenda agenda) {
        String heading = agenda.firstVisit() ? getTranslation("home.mine.changes.heading.first")
                : getTranslation("home.mine.changes.heading", agenda.changes().size(),
                        dates.format(agenda.previousVisit().atZone(ZoneId.systemDefault()).toLocalDate()));
        Div section = new Div(new H4(heading));
        section.addClassName("sb-member-agenda-section");
        add(section);
        if (agenda.changes().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(agenda.firstVisit() ? "home.mine.changes.first"
                    : "home.mine.changes.none"));
            none.addClassName("sb-muted");
            section.add(none);
            return;
        }
        UnorderedList entries = new UnorderedList();
        entries.addClassName("sb-member-agenda-list");
        agenda.changes().stream().limit(SHOWN).forEach(change -> entries.add(new ListItem(change(change))));
        if (agenda.changes().size() > SHOWN) {
            entries.add(new ListItem(new Anchor("my-skills",
                    getTranslation("home.mine.more", agenda.changes().size() - SHOWN))));
        }
        section.add(entries);
    }

    private Component change(MemberAgenda.Change change) {
        MySkills.Line line = change.line();
        String by = change.by() == null ? getTranslation("home.mine.changes.by-file") : change.by();
        String level = line.levelName(change.level());
        String text = change.accepted() ? getTranslation("home.mine.changes.accepted", by, level)
                : change.was() == null ? getTranslation("home.mine.changes.new", by, level)
                : change.was().equals(change.level()) ? getTranslation("home.mine.changes.confirmed", by, level)
                : getTranslation("home.mine.changes.changed", by, line.levelName(change.was()), level);
        return entry(line, text + " — " + dates.format(change.assessedOn()));
    }

    /** An entry: the item as a link to it on "My skills", and a line about it below. */
    private static Div entry(MySkills.Line line, String detail) {
        Span about = new Span(detail);
        about.addClassName("sb-muted");
        Div entry = new Div(link(line), about);
        entry.addClassName("sb-member-agenda-entry");
        return entry;
    }

    /** The item on "My skills", opened there. */
    private static Anchor link(MySkills.Line line) {
        Anchor link = new Anchor(itemAddress(line), line.levels().displayName());
        link.addClassName("sb-member-agenda-item");
        return link;
    }

    static String itemAddress(MySkills.Line line) {
        return "my-skills?framework=" + URLEncoder.encode(line.item().family(), StandardCharsets.UTF_8) + "&item="
                + URLEncoder.encode(line.item().itemCode(), StandardCharsets.UTF_8);
    }
}
