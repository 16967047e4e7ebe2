package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module (Spring Modulith): modules form no cycle, and a feature reaches
 * another only through that feature's top package or a sub-package whose package-info declares a
 * {@code @NamedInterface} (such as {@code base.ui}). Tenancy and privilege rules that Modulith does
 * not know about stay in {@link ArchitectureTest}.
 */
class ModularityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/skillboard");

    @Test
    void features_reach_each_other_only_through_what_they_expose() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void every_package_says_in_its_package_info_what_it_is_for() {
        assertThat(packagesWithoutDescription(SOURCES)).isEmpty();
    }

    @Test
    void a_package_without_a_described_package_info_is_found(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("described"));
        Files.writeString(root.resolve("described/Thing.java"), "package described;");
        Files.writeString(root.resolve("described/package-info.java"), "/** Things. */\npackage described;");
        Files.createDirectories(root.resolve("silent"));
        Files.writeString(root.resolve("silent/Thing.java"), "package silent;");
        Files.writeString(root.resolve("silent/package-info.java"), "package silent;");
        Files.createDirectories(root.resolve("missing"));
        Files.writeString(root.resolve("missing/Thing.java"), "package missing;");

        assertThat(packagesWithoutDescription(root)).containsExactlyInAnyOrder("missing", "silent");
    }

    /** Folders holding Java sources whose package-info.java is missing or has no Javadoc comment. */
    private static List<String> packagesWithoutDescription(Path root) {
        try (Stream<Path> folders = Files.walk(root)) {
            return folders.filter(Files::isDirectory)
                    .filter(ModularityTest::holdsSources)
                    .filter(folder -> !described(folder.resolve("package-info.java")))
                    .map(folder -> root.relativize(folder).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsSources(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java")
                    && !file.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean described(Path packageInfo) {
        try {
            return Files.exists(packageInfo) && Files.readString(packageInfo).strip().startsWith("/**");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
