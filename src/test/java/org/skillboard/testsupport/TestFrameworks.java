package org.skillboard.testsupport;

/** Small framework files for tests: one item, "knowledge", defined on the given bands. */
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

    private static void skill(StringBuilder yaml, String code, String name, int from, int to) {
        yaml.append("  - code: ").append(code).append("\n    name: ").append(name).append("\n    levels:\n");
        for (int level = from; level <= to; level++) {
            yaml.append("      \"").append(level).append("\": ").append(code).append(" at level ").append(level)
                    .append(" does this.\n");
        }
    }
}
