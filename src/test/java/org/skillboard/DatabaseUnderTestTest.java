package org.skillboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.skillboard.testsupport.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.skillboard.testsupport.SkillboardTest;

/** The tests run on the database the run announced: MariaDB where reachable, and always in CI. */
@SkillboardTest
class DatabaseUnderTestTest {

    @Autowired
    DataSource dataSource;

    @Test
    void tests_run_on_the_announced_database_and_mariadb_when_required() throws Exception {
        String kind = System.getProperty(TestDatabase.KIND_PROPERTY);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if ("true".equals(System.getenv("SKILLBOARD_TEST_REQUIRE_MARIADB"))) {
                assertThat(kind).isEqualTo("mariadb");
            }
            assertThat(product.toLowerCase()).contains("mariadb".equals(kind) ? "maria" : "h2");
        }
    }
}
