package org.skillboard.base.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.UserFacingException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A node of a YAML document that knows where it stands (file, line, field path),
 * so that a file's author is told exactly what to fix. Reading never throws on
 * content: problems are added to a {@link YamlProblems} and reading goes on; only a
 * document beyond the limits of {@link YamlLimits} is refused whole.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;

    private YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /**
     * Parses a document; a syntax error becomes a problem and the result is empty.
     *
     * @throws UserFacingException for a document nested too deep, with too many aliases
     *     or too long ({@link YamlLimits}): it is refused whole, not read
     */
    public static Optional<YamlNode> parse(String file, Reader reader, YamlProblems problems) {
        try {
            Optional<Node> root = YamlLimits.compose(file, reader);
            if (root.isEmpty()) {
                problems.add(new YamlProblem(file, 1, "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(new YamlNode(file, "", root.get()));
        } catch (UserFacingException beyondALimit) {
            throw beyondALimit;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
            problems.add(new YamlProblem(file, line, "", "not valid YAML: " + e.getProblem()));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(new YamlProblem(file, 1, "", "not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    public String file() {
        return file;
    }

    /** The field path, as in {@code teams[2].leads}. */
    public String path() {
        return path;
    }

    /** The 1-based line where this node starts. */
    public int line() {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    /** The fields of a mapping, in file order; a problem if this is not a mapping. */
    public Map<String, YamlNode> fields(YamlProblems problems) {
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(this, "expected a mapping of fields");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                String name = key.getValue();
                YamlNode value = new YamlNode(file, path.isEmpty() ? name : path + "." + name, tuple.getValueNode());
                if (fields.containsKey(name)) {
                    problems.add(value, "duplicate field");
                } else {
                    fields.put(name, value);
                }
            } else {
                problems.add(new YamlNode(file, path, tuple.getKeyNode()), "a field name must be plain text");
            }
        }
        return fields;
    }

    /** Reports every field that is not among the known ones (a typo would otherwise be ignored). */
    public Map<String, YamlNode> fields(Set<String> known, YamlProblems problems) {
        Map<String, YamlNode> fields = fields(problems);
        fields.forEach((name, value) -> {
            if (!known.contains(name)) {
                problems.add(value, "unknown field; expected one of " + known.stream().sorted().toList());
            }
        });
        return fields;
    }

    /** The items of a sequence; a problem if this is not a list. */
    public List<YamlNode> items(YamlProblems problems) {
        List<YamlNode> items = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(this, "expected a list");
            return items;
        }
        int index = 0;
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, path + "[" + index++ + "]", item));
        }
        return items;
    }

    /** The text of a scalar, trimmed; {@code null} and a problem if it is not plain text or is blank. */
    public String text(YamlProblems problems) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.add(this, "must not be empty");
                return null;
            }
            return value;
        }
        problems.add(this, "expected a single value");
        return null;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** The text of a required field of a mapping; a problem on the mapping if it is missing. */
    public static String required(YamlNode owner, Map<String, YamlNode> fields, String field,
            YamlProblems problems) {
        YamlNode value = fields.get(field);
        if (value == null) {
            problems.add(owner, "missing field “" + field + "”");
            return null;
        }
        return value.text(problems);
    }

    /** The text of an optional field, or {@code null}. */
    public static String optional(Map<String, YamlNode> fields, String field, YamlProblems problems) {
        YamlNode value = fields.get(field);
        return value == null ? null : value.text(problems);
    }

    /** Whether this is YAML's null ({@code ~}, {@code null} or nothing at all). */
    public boolean isNull() {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    /** A whole number within the given bounds; a problem otherwise. */
    public int integer(int min, int max, YamlProblems problems) {
        String value = text(problems);
        if (value == null) {
            return min;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(this, "expected a whole number from " + min + " to " + max);
        return min;
    }

    /** The items of a list of plain texts. */
    public List<String> texts(YamlProblems problems) {
        return items(problems).stream().map(item -> item.text(problems)).toList();
    }

    public boolean bool(YamlProblems problems) {
        String value = text(problems);
        if ("true".equals(value)) {
            return true;
        }
        if (value != null && !"false".equals(value)) {
            problems.add(this, "expected true or false");
        }
        return false;
    }
}
