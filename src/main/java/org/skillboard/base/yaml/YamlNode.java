package org.skillboard.base.yaml;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.skillboard.base.Message;
import org.skillboard.base.UserFacingException;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A node of a YAML document that knows where it stands (file, line, field path, and the field in
 * words: "the field “name” of the item “Responsabilidade”"), so that a file's author is told
 * exactly what to fix, in her language. Reading never throws on
 * content: problems are added to a {@link YamlProblems} and reading goes on; only a
 * document beyond the limits of {@link YamlLimits} is refused whole.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;
    /** The node in words, or {@code null} for the document as a whole. */
    private final Message words;

    private YamlNode(String file, String path, Node node, Message words) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.words = words;
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
                problems.add(new YamlProblem(file, 1, "", Message.of("yaml.where.file", file),
                        Message.of("yaml.problem.empty-file")));
                return Optional.empty();
            }
            return Optional.of(new YamlNode(file, "", root.get(), null));
        } catch (UserFacingException beyondALimit) {
            throw beyondALimit;
        } catch (MarkedYamlEngineException e) {
            // the parser's own words ("expected <block end>") mean nothing to the author: line and column do
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1);
            int column = e.getProblemMark().map(mark -> mark.getColumn() + 1).orElse(1);
            problems.add(new YamlProblem(file, line, "", Message.of("yaml.where.file", file),
                    Message.of("yaml.problem.syntax", line, column)));
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(new YamlProblem(file, 1, "", Message.of("yaml.where.file", file),
                    Message.of("yaml.problem.unreadable")));
            return Optional.empty();
        }
    }

    /** The same node, named in words by the format that knows what it is ("the item “Responsabilidade”"). */
    public YamlNode named(Message name) {
        return new YamlNode(file, path, node, name);
    }

    /** Where this node stands, in words: the line, and the field unless it is the whole document. */
    public Message place() {
        return words == null ? Message.of("yaml.where.line", line()) : Message.of("yaml.where.line-of", line(), words);
    }

    /**
     * The plain text of a field of this mapping, without reporting anything: to name the node in words before
     * its fields are checked. {@code null} if there is none.
     */
    public String peek(String field) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)
                        && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                    return value.getValue().strip();
                }
            }
        }
        return null;
    }

    private Message fieldWords(String name) {
        Object field = FieldNames.shown(name);
        return words == null ? Message.of("yaml.where.field", field) : Message.of("yaml.where.field-of", field, words);
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
            problems.add(this, Message.of("yaml.problem.not-a-mapping"));
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                String name = key.getValue();
                YamlNode value = new YamlNode(file, path.isEmpty() ? name : path + "." + name, tuple.getValueNode(),
                        fieldWords(name));
                if (fields.containsKey(name)) {
                    problems.add(value, Message.of("yaml.problem.duplicate-field"));
                } else {
                    fields.put(name, value);
                }
            } else {
                problems.add(new YamlNode(file, path, tuple.getKeyNode(), words),
                        Message.of("yaml.problem.field-name-not-text"));
            }
        }
        return fields;
    }

    /** Reports every field that is not among the known ones (a typo would otherwise be ignored). */
    public Map<String, YamlNode> fields(Set<String> known, YamlProblems problems) {
        Map<String, YamlNode> fields = fields(problems);
        fields.forEach((name, value) -> {
            if (!known.contains(name)) {
                problems.add(value, Message.of("yaml.problem.unknown-field",
                        String.join(", ", known.stream().sorted().toList())));
            }
        });
        return fields;
    }

    /** The items of a sequence; a problem if this is not a list. */
    public List<YamlNode> items(YamlProblems problems) {
        List<YamlNode> items = new ArrayList<>();
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(this, Message.of("yaml.problem.not-a-list"));
            return items;
        }
        int index = 0;
        for (Node item : sequence.getValue()) {
            Message entry = Message.of("yaml.where.entry", index + 1, words == null ? "" : words);
            items.add(new YamlNode(file, path + "[" + index++ + "]", item, entry));
        }
        return items;
    }

    /** The text of a scalar, trimmed; {@code null} and a problem if it is not plain text or is blank. */
    public String text(YamlProblems problems) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problems.add(this, Message.of("yaml.problem.empty"));
                return null;
            }
            return value;
        }
        problems.add(this, Message.of("yaml.problem.not-a-value"));
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
            problems.add(owner, Message.of("yaml.problem.missing-field", FieldNames.shown(field)));
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
        // as texts, so that no language writes 100000 with a separator the file must not have
        problems.add(this, Message.of("yaml.problem.not-a-number", String.valueOf(min), String.valueOf(max)));
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
            problems.add(this, Message.of("yaml.problem.not-a-boolean"));
        }
        return false;
    }
}
