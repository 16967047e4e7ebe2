package org.skillboard.base.yaml;

/** One thing wrong in a YAML file, with where it is: file, line and field. */
public record YamlProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
