package org.skillboard.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper's JDK search ({@code .mvn/jdk.sh}, sourced by {@code ./mvnw}): a newcomer whose
 * default java is older than 21 gets the newest installed JDK 21+, and a clear message when there
 * is none. Runs the real script in {@code sh} against fake JDK folders.
 */
class JdkDiscoveryTest {

    private static final Path SCRIPT = Path.of(".mvn/jdk.sh").toAbsolutePath();

    @TempDir
    Path jvms;

    @Test
    void an_older_default_jdk_gives_way_to_the_newest_installed_jdk_21_or_later() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.5");
        Path newest = fakeJdk("temurin-25", "25.0.3");

        Run run = source(old);

        assertThat(run.exit).isZero();
        assertThat(run.out.strip()).isEqualTo(newest.toString());
        assertThat(run.err).contains("using the JDK 25").contains("the default is 17");
    }

    @Test
    void a_jdk_21_or_later_already_in_use_is_kept() throws Exception {
        Path current = fakeJdk("jdk-21", "21.0.5");
        fakeJdk("temurin-25", "25.0.3");

        Run run = source(current);

        assertThat(run.exit).isZero();
        assertThat(run.out.strip()).isEqualTo(current.toString());
        assertThat(run.err).isEmpty();
    }

    @Test
    void without_any_jdk_21_the_wrapper_says_what_to_install_and_stops() throws Exception {
        Path old = fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jre-only-25", "25.0.3", false);

        Run run = source(old);

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("needs a JDK 21 or newer").contains("the JDK in use is 17")
                .contains("openjdk-21-jdk-headless");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        return fakeJdk(name, version, true);
    }

    private Path fakeJdk(String name, String version, boolean withCompiler) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name).resolve("bin"));
        executable(home.resolve("java"));
        if (withCompiler) {
            executable(home.resolve("javac"));
        }
        Files.writeString(home.getParent().resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.getParent();
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Sources the script as mvnw does (sh, globbing off) with JAVA_HOME set to {@code current}. */
    private Run source(Path current) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c",
                "set -euf; . \"$1\"; printf '%s\\n' \"$JAVA_HOME\"", "sh", SCRIPT.toString());
        builder.environment().put("JAVA_HOME", current.toString());
        builder.environment().put("SKILLBOARD_JDK_DIRS", jvms + "/*");
        builder.environment().remove("SKILLBOARD_JDK_SEARCH");
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {
    }
}
