package org.skillboard.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkKind;

/**
 * Texts and small pieces the framework views share. Keys are spelled out per
 * value (no {@code "kind." + kind}) so that the translations test sees every one.
 */
final class FrameworkComponents {

    private FrameworkComponents() {
    }

    static String kind(Component ui, FrameworkKind kind) {
        return switch (kind) {
            case SKILLS -> ui.getTranslation("kind.SKILLS");
            case CRITERIA -> ui.getTranslation("kind.CRITERIA");
            case MATURITY -> ui.getTranslation("kind.MATURITY");
        };
    }

    /** The heading over a framework's items: skills, criteria or maturity dimensions. */
    static String items(Component ui, FrameworkKind kind) {
        return switch (kind) {
            case SKILLS -> ui.getTranslation("framework.items.SKILLS");
            case CRITERIA -> ui.getTranslation("framework.items.CRITERIA");
            case MATURITY -> ui.getTranslation("framework.items.MATURITY");
        };
    }

    static String itemCount(Component ui, FrameworkKind kind, int count) {
        return switch (kind) {
            case SKILLS -> ui.getTranslation("framework.count.SKILLS", count);
            case CRITERIA -> ui.getTranslation("framework.count.CRITERIA", count);
            case MATURITY -> ui.getTranslation("framework.count.MATURITY", count);
        };
    }

    /** A language's name in the given language, capitalised as a label: "Polski", "Espanhol". */
    static String languageName(Locale language, Locale in) {
        String name = language.getDisplayLanguage(in);
        if (name.isEmpty()) {
            return language.toLanguageTag();
        }
        return name.substring(0, 1).toUpperCase(in) + name.substring(1);
    }

    static Span badge(String text, String... variants) {
        Span badge = new Span(text);
        badge.addClassName("sb-badge");
        badge.addClassNames(variants);
        return badge;
    }

    /** A revision mark the source prints ({@code modified}, {@code unchanged}, {@code new}). */
    static Span changeBadge(Component ui, String mark) {
        String text = switch (mark) {
            case "modified" -> ui.getTranslation("framework.change.modified");
            case "unchanged" -> ui.getTranslation("framework.change.unchanged");
            case "new" -> ui.getTranslation("framework.change.new");
            default -> mark;
        };
        return badge(text, "change", mark);
    }

    /** A level's name, or "Level 2" where it has none; nothing is invented, so the placeholder is marked. */
    static String levelName(Component ui, FrameworkDefinition.Level level) {
        return level.name() != null ? level.name() : ui.getTranslation("framework.level.unnamed", level.code());
    }

    /**
     * A text from a framework file as the source wrote it: paragraphs at blank
     * lines, line breaks kept, and lines starting with "- " as a bulleted list.
     */
    static Div text(String text) {
        Div box = new Div();
        box.addClassName("sb-text");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            StringBuilder paragraph = new StringBuilder();
            UnorderedList list = null;
            for (String line : block.lines().toList()) {
                String trimmed = line.strip();
                if (trimmed.startsWith("- ")) {
                    addParagraph(box, paragraph);
                    if (list == null) {
                        list = new UnorderedList();
                        box.add(list);
                    }
                    ListItem entry = new ListItem(trimmed.substring(2));
                    if (Character.isWhitespace(line.charAt(0))) {
                        entry.addClassName("sb-nested");
                    }
                    list.add(entry);
                } else {
                    list = null;
                    paragraph.append(paragraph.isEmpty() ? "" : "\n").append(trimmed);
                }
            }
            addParagraph(box, paragraph);
        }
        return box;
    }

    private static void addParagraph(Div box, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            box.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
