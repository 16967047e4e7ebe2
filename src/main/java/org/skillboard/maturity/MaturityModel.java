package org.skillboard.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillboard.framework.FrameworkDefinition;

/**
 * A maturity model as the worksheet shows it: the scale's levels, each a way of managing
 * with its description and practices, the dimensions every unit is rated on, and the
 * worksheet's own steps where the model's notes number them.
 *
 * @param steps the numbered steps of the model's "how to use" note, in its language; empty when it has none
 */
public record MaturityModel(String family, String name, Locale language, String description, String scaleName,
        List<Level> levels, List<Dimension> dimensions, String guideTitle, List<String> steps,
        List<FrameworkDefinition.Note> notes) {

    private static final Pattern STEP = Pattern.compile("^\\s*(\\d+)[.)]\\s*(.+)$");
    /** The worksheet has five steps: read, assess today, look ahead, ambition, critical changes. */
    static final int STEPS = 5;

    public record Level(String code, int rank, String name, String summary, String description,
            List<String> practices, String nextStep) {

        /** "3 Name" where the scale names the level, else "3 (summary)", else the code. */
        public String label() {
            if (name != null && !name.isBlank()) {
                return code + " " + name;
            }
            return summary == null || summary.isBlank() ? code : code + " " + summary;
        }
    }

    public record Dimension(String code, String name, String overview) {
    }

    static MaturityModel of(FrameworkDefinition framework) {
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < framework.levels().size(); i++) {
            FrameworkDefinition.Level level = framework.levels().get(i);
            levels.add(new Level(level.code(), i + 1, level.name(), level.summary(), level.description(),
                    level.practices(), level.nextStep()));
        }
        List<Dimension> dimensions = framework.items().stream()
                .map(item -> new Dimension(item.code(), item.name(), item.overview())).toList();
        String guideTitle = null;
        List<String> steps = List.of();
        for (FrameworkDefinition.Note note : framework.notes()) {
            List<String> numbered = numberedSteps(note.text());
            if (numbered.size() == STEPS) {
                guideTitle = note.title();
                steps = numbered;
                break;
            }
        }
        return new MaturityModel(framework.family(), framework.name(), framework.language(), framework.description(),
                framework.scaleName(), List.copyOf(levels), dimensions, guideTitle, steps, framework.notes());
    }

    /** The lines "1. …", "2. …" of a text, when they are numbered 1, 2, 3 … in order; empty otherwise. */
    static List<String> numberedSteps(String text) {
        List<String> steps = new ArrayList<>();
        if (text == null) {
            return steps;
        }
        for (String line : text.split("\\R")) {
            Matcher matcher = STEP.matcher(line);
            if (matcher.matches()) {
                if (Integer.parseInt(matcher.group(1)) != steps.size() + 1) {
                    return List.of();
                }
                steps.add(matcher.group(2).strip());
            }
        }
        return steps;
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).findFirst();
    }

    /** The rank of a level code, 1 for the lowest; 0 when the scale has no such level. */
    public int rankOf(String code) {
        return level(code).map(Level::rank).orElse(0);
    }

    public int scaleSize() {
        return levels.size();
    }

    public boolean hasDimension(String code) {
        return dimensions.stream().anyMatch(dimension -> dimension.code().equals(code));
    }
}
