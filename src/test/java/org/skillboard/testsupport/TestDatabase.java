package org.skillboard.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run its own database. When MariaDB is reachable (URL, user and
 * password from {@code SKILLBOARD_TEST_DB_URL}, {@code SKILLBOARD_TEST_DB_USER},
 * {@code SKILLBOARD_TEST_DB_PASSWORD}; by default 127.0.0.1:3306, root, no password)
 * a fresh database is created for the run and dropped afterwards. Otherwise the
 * run uses an in-memory H2 database and says so, unless
 * {@code SKILLBOARD_TEST_REQUIRE_MARIADB=true} (as in CI), which makes an
 * unreachable MariaDB an error.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String KIND_PROPERTY = "skillboard.test.database";
    private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private String serverUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(KIND_PROPERTY) != null) {
            return;
        }
        serverUrl = withTrailingSlash(env("SKILLBOARD_TEST_DB_URL", DEFAULT_URL));
        user = env("SKILLBOARD_TEST_DB_USER", "root");
        password = env("SKILLBOARD_TEST_DB_PASSWORD", "");
        boolean required = Boolean.parseBoolean(env("SKILLBOARD_TEST_REQUIRE_MARIADB", "false"));
        database = "skillboard_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection connection = DriverManager.getConnection(serverUrl + "?connectTimeout=3000", user, password);
                Statement statement = connection.createStatement()) {
            String version = connection.getMetaData().getDatabaseProductVersion();
            statement.execute("create database " + database
                    + " character set utf8mb4 collate utf8mb4_unicode_ci");
            System.setProperty("spring.datasource.url", serverUrl + database);
            System.setProperty("spring.datasource.username", user);
            System.setProperty("spring.datasource.password", password);
            System.setProperty(KIND_PROPERTY, "mariadb");
            banner("Tests run against MariaDB " + version + " at " + serverUrl + ", database " + database
                    + " (dropped afterwards)");
        } catch (SQLException e) {
            database = null;
            if (required) {
                banner("MariaDB is required (SKILLBOARD_TEST_REQUIRE_MARIADB=true) but not reachable at "
                        + serverUrl + ": " + e.getMessage());
                System.setProperty(KIND_PROPERTY, "mariadb-unreachable");
                System.setProperty("spring.datasource.url", serverUrl + "unreachable");
                return;
            }
            System.setProperty("spring.datasource.url",
                    "jdbc:h2:mem:skillboard-test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
            System.setProperty("spring.datasource.username", "sa");
            System.setProperty("spring.datasource.password", "");
            System.setProperty(KIND_PROPERTY, "h2");
            banner("MariaDB not reachable at " + serverUrl + " (" + e.getMessage()
                    + "): tests run on the embedded H2 database instead");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + database + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static void banner(String message) {
        System.out.println("\n==== Skillboard tests: " + message + " ====\n");
    }
}
