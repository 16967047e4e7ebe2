package org.skillboard.base.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects every problem of a file, so that the author sees all of them at once. */
public final class YamlProblems {

    private final List<YamlProblem> problems = new ArrayList<>();

    public void add(YamlNode where, String message) {
        problems.add(new YamlProblem(where.file(), where.line(), where.path(), message));
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
