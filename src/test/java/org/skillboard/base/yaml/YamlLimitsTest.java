package org.skillboard.base.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillboard.base.UserFacingException;

/**
 * A YAML file beyond what any of our formats needs (nested too deep, repeating itself with
 * aliases, too long) is refused whole with a message naming file, line and limit, never with
 * a stack overflow or memory exhausted; a file within the limits reads as before.
 */
class YamlLimitsTest {

    private final YamlProblems problems = new YamlProblems();

    private Optional<YamlNode> parse(String yaml) {
        return YamlNode.parse("f.yaml", new StringReader(yaml), problems);
    }

    private UserFacingException refusal(String yaml) {
        return catchThrowableOfType(UserFacingException.class, () -> parse(yaml));
    }

    @Test
    void two_hundred_thousand_nested_brackets_are_refused_with_the_depth_message_not_a_stack_overflow() {
        UserFacingException refused = refusal("[".repeat(200_000));

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-deep");
        assertThat(refused.arguments()).containsExactly("f.yaml", 1, YamlLimits.MAX_DEPTH);
        assertThat(refused.getMessage()).startsWith("f.yaml, line 1: lists and fields are nested more than 50");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void lists_nested_as_deep_as_the_limit_still_read() {
        int depth = YamlLimits.MAX_DEPTH;

        assertThat(parse("[".repeat(depth) + "x" + "]".repeat(depth))).isPresent();
        assertThat(refusal("[".repeat(depth + 1) + "x" + "]".repeat(depth + 1)).messageKey())
                .isEqualTo("yaml.error.too-deep");
    }

    @Test
    void block_mappings_nested_too_deep_name_the_line_where_the_limit_is_passed() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level <= YamlLimits.MAX_DEPTH; level++) {
            yaml.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        yaml.append("  ".repeat(YamlLimits.MAX_DEPTH + 1)).append("leaf\n");

        UserFacingException refused = refusal(yaml.toString());

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-deep");
        assertThat(refused.arguments()[1]).isEqualTo(YamlLimits.MAX_DEPTH + 1);
    }

    @Test
    void a_billion_laughs_of_aliases_is_refused() {
        String laughs = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        UserFacingException refused = refusal(laughs);

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-many-aliases");
        assertThat(refused.arguments()).containsExactly("f.yaml", 3, YamlLimits.MAX_ALIASES);
    }

    @Test
    void a_few_aliases_still_read() {
        assertThat(parse("a: &a [x]\nb: *a\nc: *a\n")).isPresent();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_file_longer_than_the_limit_is_refused_while_read() {
        UserFacingException refused = refusal("a: b\n" + "#x\n".repeat(YamlLimits.MAX_CHARS / 3 + 1));

        assertThat(refused.messageKey()).isEqualTo("yaml.error.too-long");
        assertThat(refused.arguments()).containsExactly("f.yaml", YamlLimits.MAX_CHARS);
    }

    @Test
    void a_syntax_error_is_still_a_problem_with_its_line_not_a_refusal() {
        assertThat(parse("a: [x\nb: y\n")).isEmpty();

        assertThat(problems.all()).singleElement()
                .satisfies(problem -> assertThat(problem.message())
                        .startsWith("the file is not valid YAML near line 2, column 2: "));
    }
}
