package org.skillboard.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of framework files (for editors) agrees with the loader:
 * every shipped framework passes it, and typical mistakes the loader refuses fail it too.
 */
class FrameworkSchemaTest {

    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("docs", "schema", "framework.schema.json")), InputFormat.JSON);

    @Test
    void every_shipped_framework_file_follows_the_schema() throws Exception {
        try (var files = Files.walk(Path.of("tenants"))) {
            List<Path> frameworks = files.filter(f -> f.toString().endsWith(".yaml")
                    && f.getParent().getFileName().toString().equals("frameworks")).toList();
            assertThat(frameworks).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : frameworks) {
                assertThat(errors(read(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void mistakes_the_loader_refuses_are_refused_by_the_schema_too() {
        String valid = """
                id: ok
                family: ok
                name: Ok
                language: es
                kind: criteria
                version: 1
                source: s
                licence: l
                scale:
                  name: Bandas
                  levels:
                    - code: G
                items:
                  - code: a
                    name: A
                    levels:
                      G: ~
                """;
        assertThat(errors(valid)).isEmpty();
        assertThat(errors(valid.replace("kind: criteria", "kind: criterion"))).isNotEmpty();
        assertThat(errors(valid.replace("version: 1", "version: 0"))).isNotEmpty();
        assertThat(errors(valid.replace("    name: A\n", "    name: A\n    nmae: typo\n"))).isNotEmpty();
        assertThat(errors(valid.replace("    levels:\n      G: ~\n", ""))).as("criteria define levels")
                .isNotEmpty();
        assertThat(errors(valid.replace("kind: criteria", "kind: maturity"))).as("dimensions have no levels")
                .isNotEmpty();
    }

    private static List<Error> errors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
