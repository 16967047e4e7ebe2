package org.skillboard;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No native SQL on tenant-owned tables: Hibernate's tenant filter does not apply
 * to it, so one native query could read or change another tenant's rows. Checked
 * twice: in the source text (annotations and calls) and in the compiled classes,
 * where SQL sent through plain JDBC is refused as well.
 */
class NoNativeSqlTest {

    private static final String WHY = "No native SQL on tenant-owned tables: Hibernate's tenant filter does not"
            + " apply to it";
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern NATIVE_SQL = Pattern.compile(
            "nativeQuery\\s*=\\s*true|createNativeQuery|createNativeMutationQuery|@NativeQuery\\b");

    private static final ArchRule NO_NATIVE_QUERY_CALLS = noClasses()
            .should().callMethodWhere(describe("createNativeQuery or createNativeMutationQuery",
                    (JavaMethodCall call) -> call.getName().equals("createNativeQuery")
                            || call.getName().equals("createNativeMutationQuery")))
            .because(WHY);

    private static final ArchRule NO_NATIVE_REPOSITORY_QUERIES = noMethods()
            .should().beAnnotatedWith(NativeQuery.class)
            .orShould().beAnnotatedWith(describe("@Query(nativeQuery = true)", (JavaAnnotation<?> annotation) ->
                    annotation.getRawType().isEquivalentTo(Query.class)
                            && Boolean.TRUE.equals(annotation.get("nativeQuery").orElse(false))))
            .because(WHY);

    /**
     * The one class allowed plain JDBC (decision 0013): an import's bulk writes, which bind the session's
     * tenant into every statement themselves; AssessmentImportTest proves they stay in it.
     */
    static final String TENANT_BOUND_JDBC = "org.skillboard.assessment.AssessmentBulkWrites";

    private static final ArchRule NO_PLAIN_JDBC = noClasses()
            .that().doNotHaveFullyQualifiedName(TENANT_BOUND_JDBC)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc.core..")
            .orShould().dependOnClassesThat().belongToAnyOf(Statement.class, PreparedStatement.class)
            .because("SQL sent through JDBC is native SQL too: " + WHY);

    @Test
    void main_sources_contain_no_native_sql() throws IOException {
        assertThat(MAIN_SOURCES).isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (isNativeSql(lines.get(i))) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(found).as(WHY).isEmpty();
    }

    @Test
    void main_classes_never_call_a_native_query() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skillboard");
        assertThat(main).isNotEmpty();
        NO_NATIVE_QUERY_CALLS.check(main);
        NO_NATIVE_REPOSITORY_QUERIES.check(main);
        NO_PLAIN_JDBC.check(main);
        assertThat(main.contain(TENANT_BOUND_JDBC)).as("the class allowed JDBC exists under its name").isTrue();
    }

    @Test
    void the_checks_see_native_sql_when_there_is_some() {
        assertThat(isNativeSql("@Query(value = \"select * from person\", nativeQuery = true)")).isTrue();
        assertThat(isNativeSql("@Query(value=\"select 1\",nativeQuery=true)")).isTrue();
        assertThat(isNativeSql("em.createNativeQuery(\"delete from team\")")).isTrue();
        assertThat(isNativeSql("session.createNativeMutationQuery(\"update person set name = ''\")")).isTrue();
        assertThat(isNativeSql("    @NativeQuery(\"select * from team\")")).isTrue();
        assertThat(isNativeSql("@Query(\"select p from Person p\")")).isFalse();
        assertThat(isNativeSql("boolean nativeQuery = false;")).isFalse();

        JavaClasses offenders = new ClassFileImporter().importClasses(NativeQueries.class, NativeRepository.class);
        assertThatThrownBy(() -> NO_NATIVE_QUERY_CALLS.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("createNativeQuery").hasMessageContaining("createNativeMutationQuery");
        assertThatThrownBy(() -> NO_NATIVE_REPOSITORY_QUERIES.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("teamsNatively").hasMessageContaining("peopleNatively");
        assertThatThrownBy(() -> NO_PLAIN_JDBC.check(offenders)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("JdbcTemplate");
    }

    static boolean isNativeSql(String line) {
        return NATIVE_SQL.matcher(line).find();
    }

    /** What the checks must catch; never called. */
    static class NativeQueries {

        Object viaEntityManager(EntityManager entityManager) {
            return entityManager.createNativeQuery("select * from person").getResultList();
        }

        int viaSession(Session session) {
            return session.createNativeMutationQuery("delete from team").executeUpdate();
        }

        int viaJdbc(JdbcTemplate jdbc) {
            return jdbc.update("delete from person");
        }
    }

    interface NativeRepository {

        @NativeQuery("select * from team")
        List<Object> teamsNatively();

        @Query(value = "select * from person", nativeQuery = true)
        List<Object> peopleNatively();
    }
}
