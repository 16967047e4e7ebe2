package org.skillboard.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The MariaDB database a benchmark runs on: one of its own, created for the run
 * ({@code <prefix>_<timestamp>}) and dropped at the end, or one kept from an earlier run
 * ({@code -Dbench.database=...}), which is neither filled nor dropped. The server comes from
 * {@code SKILLBOARD_BENCH_DB_URL}, {@code _USER} and {@code _PASSWORD} (default: the local server as root).
 */
final class BenchDatabase {

    /** "Today" for every benchmark: the wall clock's, as the app a benchmark starts reads it. */
    static final LocalDate TODAY = LocalDate.now();

    final String serverUrl;
    final String user;
    final String password;
    final String name;
    final boolean fresh;
    final String serverVersion;

    private BenchDatabase(String serverUrl, String user, String password, String name, boolean fresh,
            String serverVersion) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = name;
        this.fresh = fresh;
        this.serverVersion = serverVersion;
    }

    static BenchDatabase open(String prefix) throws SQLException {
        String url = HeatmapBenchmark.env("SKILLBOARD_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        String serverUrl = url.endsWith("/") ? url : url + "/";
        String user = HeatmapBenchmark.env("SKILLBOARD_BENCH_DB_USER", "root");
        String password = HeatmapBenchmark.env("SKILLBOARD_BENCH_DB_PASSWORD", "");
        String reuse = System.getProperty("bench.database", "");
        boolean fresh = reuse.isBlank();
        String name = fresh ? prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                : reuse;
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
            return new BenchDatabase(serverUrl, user, password, name, fresh,
                    connection.getMetaData().getDatabaseProductVersion());
        }
    }

    String jdbcUrl() {
        return serverUrl + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    String describe() {
        return "MariaDB " + serverVersion + " at " + serverUrl + ", database " + name
                + (fresh ? "" : " (reused: not filled, not dropped)");
    }

    /** Drops a database made for this run, unless {@code -Dbench.keep=true}; says how to run again on a kept one. */
    void close(String reuseProperty) throws SQLException {
        if (!fresh || Boolean.getBoolean("bench.keep")) {
            System.out.println("Database " + name + " kept; run again on it with -D" + reuseProperty + "=" + name);
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
        }
    }
}
