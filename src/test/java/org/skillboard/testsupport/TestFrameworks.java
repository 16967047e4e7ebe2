package org.skillboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Framework files for tests: small ones made here (one item, "knowledge", defined on the given
 * bands; an SFIA-shaped skills framework; a maturity model), and those the product ships.
 */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    public static String bands(String... codes) {
        return bands("bands", 1, codes);
    }

    public static String bands(int version, String... codes) {
        return bands("bands", version, codes);
    }

    public static String bands(String key, int version, String... codes) {
        StringBuilder yaml = new StringBuilder("""
                id: %s
                family: %s
                name: Bands %s
                language: es
                kind: criteria
                version: %d
                source: a test
                licence: none
                scale:
                  name: Bandas
                  levels:
                """.formatted(key, key, key, version));
        for (String code : codes) {
            yaml.append("    - code: ").append(code).append('\n');
            if (code.equals("G")) {
                yaml.append("      name: Entry\n");
            }
        }
        yaml.append("items:\n  - code: knowledge\n    name: Knowledge\n    levels:\n");
        for (String code : codes) {
            yaml.append("      ").append(code).append(": ")
                    .append(code.equals("G") ? "Entry band" : "Band " + code).append('\n');
        }
        return yaml.toString();
    }

    /**
     * A skills framework shaped like SFIA: a scale of seven levels, skill "CEXP" defined
     * on levels 2-6 and "CSMG" on 1-6, each level with its own description.
     */
    public static String skills() {
        StringBuilder yaml = new StringBuilder("""
                id: skills
                family: skills
                name: Skills test framework
                language: en
                kind: skills
                version: 1
                source: a test
                licence: none
                scale:
                  name: Levels of responsibility
                  levels:
                """);
        String[] names = {"Follow", "Assist", "Apply", "Enable", "Ensure", "Initiate", "Set strategy"};
        for (int level = 1; level <= 7; level++) {
            yaml.append("    - code: \"").append(level).append("\"\n      name: ").append(names[level - 1])
                    .append('\n');
        }
        yaml.append("items:\n");
        skill(yaml, "CEXP", "Customer experience", 2, 6);
        skill(yaml, "CSMG", "Customer service support", 1, 6);
        return yaml.toString();
    }

    /**
     * A maturity model like the CX worksheet: six levels with descriptions and practices,
     * dimensions "feedback", "ownership" and "metrics", and a how-to note of five numbered steps.
     */
    public static String maturity() {
        StringBuilder yaml = new StringBuilder("""
                id: maturity
                family: maturity
                name: Maturity test model
                language: et
                kind: maturity
                version: 1
                source: a test
                licence: none
                notes:
                  - title: How to use
                    text: |-
                      1. Read the levels.
                      2. Assess today.
                      3. Look five years ahead.
                      4. Write the ambition.
                      5. Name the critical changes.
                  - title: Ambition
                    text: Be ambitious but realistic.
                scale:
                  name: Maturity levels
                  levels:
                """);
        for (int level = 1; level <= 6; level++) {
            yaml.append("    - code: \"").append(level).append("\"\n");
            if (level == 1 || level == 6) {
                yaml.append("      name: ").append(level == 1 ? "Ignoring" : "Leading").append('\n');
            }
            yaml.append("      summary: (way ").append(level).append(")\n")
                    .append("      description: Managing customer experience the way of level ").append(level)
                    .append(".\n      practices:\n        - Practice ").append(level).append('\n');
        }
        yaml.append("""
                items:
                  - code: feedback
                    name: Feedback
                    overview: How feedback is gathered.
                    origin: tenant
                  - code: ownership
                    name: Ownership
                    overview: Who owns customer experience.
                    origin: tenant
                  - code: metrics
                    name: Metrics
                    overview: What is measured.
                    origin: tenant
                """);
        return yaml.toString();
    }

    /** A framework file the product ships (under {@code tenants/<any>/frameworks/}), by its id. */
    public static String shipped(String id) {
        try (Stream<Path> files = Files.walk(Path.of("tenants"), 3)) {
            Path file = files.filter(path -> path.getParent() != null
                    && path.getParent().getFileName().toString().equals("frameworks")
                    && path.getFileName().toString().equals(id + ".yaml")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no shipped framework " + id));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skill(StringBuilder yaml, String code, String name, int from, int to) {
        yaml.append("  - code: ").append(code).append("\n    name: ").append(name).append("\n    levels:\n");
        for (int level = from; level <= to; level++) {
            yaml.append("      \"").append(level).append("\": ").append(code).append(" at level ").append(level)
                    .append(" does this.\n");
        }
    }
}
