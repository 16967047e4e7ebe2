package org.skillboard.framework.editor;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkKind;
import org.springframework.stereotype.Component;

/**
 * The first content of a new framework, in the framework's own language: a scale of the usual kind with its level
 * names, and one example item that names what to do with it. A blank framework starts with nothing, and the
 * editor lists what it still needs.
 */
@Component
class FrameworkStarters {

    private static final List<String> LETTERS = List.of("G", "F", "E", "D", "C", "B");
    private static final int NUMERIC_LEVELS = 7;
    private static final int MATURITY_LEVELS = 6;

    private final I18NProvider texts;

    FrameworkStarters(I18NProvider texts) {
        this.texts = texts;
    }

    FrameworkDefinition start(String key, String name, Locale language, Starter starter, FrameworkKind blankKind) {
        FrameworkKind kind = starter.kind() == null ? blankKind : starter.kind();
        String source = text("framework-starter.source", language);
        String licence = text("framework-starter.licence", language);
        return switch (starter) {
            case NUMERIC -> new FrameworkDefinition(key, key, name, language, kind, 1, source, licence, null, null,
                    List.of(), text("framework-starter.numeric.scale", language), numbered(language), List.of(),
                    List.of(example("framework-starter.numeric.item", language, List.of("2", "3", "4", "5"))));
            case LETTERS -> new FrameworkDefinition(key, key, name, language, kind, 1, source, licence, null, null,
                    List.of(), text("framework-starter.letters.scale", language), letters(), List.of(),
                    List.of(example("framework-starter.letters.item", language, List.of("G", "F", "E"))));
            case MATURITY -> new FrameworkDefinition(key, key, name, language, kind, 1, source, licence, null, null,
                    List.of(), text("framework-starter.maturity.scale", language), maturity(language), List.of(),
                    List.of(example("framework-starter.maturity.item", language, List.of())));
            case BLANK -> new FrameworkDefinition(key, key, name, language, kind, 1, source, licence, null, null,
                    List.of(), null, List.of(), List.of(), List.of());
        };
    }

    private List<FrameworkDefinition.Level> numbered(Locale language) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>();
        for (int number = 1; number <= NUMERIC_LEVELS; number++) {
            levels.add(new FrameworkDefinition.Level(String.valueOf(number),
                    text("framework-starter.numeric.level." + number, language),
                    text("framework-starter.numeric.summary." + number, language), null, List.of(), null));
        }
        return levels;
    }

    private static List<FrameworkDefinition.Level> letters() {
        return LETTERS.stream().map(code -> new FrameworkDefinition.Level(code, null, null, null, List.of(), null))
                .toList();
    }

    private List<FrameworkDefinition.Level> maturity(Locale language) {
        List<FrameworkDefinition.Level> levels = new ArrayList<>();
        for (int number = 1; number <= MATURITY_LEVELS; number++) {
            levels.add(new FrameworkDefinition.Level(String.valueOf(number),
                    text("framework-starter.maturity.level." + number, language),
                    text("framework-starter.maturity.summary." + number, language), null, List.of(), null));
        }
        return levels;
    }

    /** One item to rename and rewrite, defining the given levels, with its overview saying so. */
    private FrameworkDefinition.Item example(String key, Locale language, List<String> levels) {
        return new FrameworkDefinition.Item("example", text(key, language), null,
                text("framework-starter.example-overview", language), null, null, List.of(), null, null, false,
                levels.stream().map(code -> new FrameworkDefinition.ItemLevel(code, null, null)).toList());
    }

    private String text(String key, Locale language) {
        return texts.getTranslation(key, language);
    }
}
