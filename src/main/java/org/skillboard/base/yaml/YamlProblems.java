package org.skillboard.base.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.skillboard.base.Message;

/** Collects every problem of a file, so that the author sees all of them at once. */
public final class YamlProblems {

    private final List<YamlProblem> problems = new ArrayList<>();

    /** A problem with a node, told in the user's language: where names the line and the field in words. */
    public void add(YamlNode where, Message what) {
        problems.add(new YamlProblem(where.file(), where.line(), where.path(), where.place(), what));
    }

    /** A problem only operators read (the tenant files' own checks), in English. */
    public void add(YamlNode where, String message) {
        add(where, Message.literal(message));
    }

    public void add(YamlProblem problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<YamlProblem> all() {
        return List.copyOf(problems);
    }

    @Override
    public String toString() {
        return problems.stream().map(YamlProblem::toString).collect(Collectors.joining("\n"));
    }
}
