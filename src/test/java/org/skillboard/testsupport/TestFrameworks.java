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
}
