package org.skillboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action the code publishes has a text in the audit log: an action written as a literal in
 * {@code AdminChange.of(kind, "action", ...)} or {@code AdminChange.onTenant(tenant, kind, "action", ...)}
 * must be one of {@link AuditActions#ALL}, whose texts TranslationsTest checks in every language.
 */
class AuditActionsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    /** The action: the first string literal after the kind (of) or after the tenant and the kind (onTenant). */
    private static final Pattern PUBLISHED_ACTION = Pattern.compile(
            "(?:\\bAdminChange\\.of\\(\\s*[\\w.]+\\s*,|\\bonTenant\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*[\\w.]+\\s*,)"
                    + "\\s*\"([^\"]*)\"");

    @Test
    void every_action_published_in_the_code_is_a_known_action() throws IOException {
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains("AdminChange")) {
                    published.addAll(actions(source));
                }
            }
        }
        assertThat(published).as("actions published in the code").contains("imported");
        assertThat(published).as("actions published without a text: add them to AuditActions.ALL and to"
                + " audit.action.<action> in every language").isSubsetOf(AuditActions.ALL);
    }

    @Test
    void the_detector_finds_actions_in_both_forms_and_in_any_layout() {
        String planted = """
                events.publishEvent(AdminChange.of(Kind.TEAM, "renamed", team.getName(), before, after));
                events.publishEvent(AdminChange.of(AdminChange.Kind.PERSON,
                        "teleported", person.getName(), null, null));
                events.publishEvent(AdminChange.onTenant(tenant.getId(), Kind.TENANT, "suspended", name, a, b));
                publisher.publishEvent(onTenant(tenantId, TENANT, "vanished", name, a, b));
                List.of("not", "an", "action");
                Map.of(key, "value");
                """;

        assertThat(actions(planted)).containsExactlyInAnyOrder("renamed", "teleported", "suspended", "vanished");
        assertThat(actions(planted)).filteredOn(action -> !AuditActions.known(action))
                .containsExactlyInAnyOrder("teleported", "vanished");
    }

    @Test
    void every_known_action_is_a_short_lowercase_word_that_fits_its_column() {
        assertThat(AuditActions.ALL).doesNotHaveDuplicates().allMatch(action -> action.matches("[a-z]+(-[a-z]+)*")
                && action.length() <= AuditFacts.MAX_ACTION);
    }

    private static Set<String> actions(String source) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PUBLISHED_ACTION.matcher(source);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
