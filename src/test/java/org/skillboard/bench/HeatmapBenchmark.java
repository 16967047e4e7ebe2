package org.skillboard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.skillboard.Application;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentProvisioning;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.ProvisionedAssessment;
import org.skillboard.excel.Texts;
import org.skillboard.framework.FrameworkService;
import org.skillboard.heatmap.HeatmapData;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
import org.skillboard.people.TeamPerson;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The heatmap benchmark (issue 4): how long the heatmap read model takes for a
 * 1,000-person and a 50-person team, how big its JSON payload is, and the same
 * read model built from the full history (the design without the {@code latest}
 * and {@code shown} flags) as the baseline. A program that prints figures; it never
 * fails on a miss.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test} (see docs/benchmarks.md). It creates
 * its own MariaDB database ({@code SKILLBOARD_BENCH_DB_URL}, {@code _USER},
 * {@code _PASSWORD}; by default 127.0.0.1:3306, root, no password), fills it through
 * the app's own loaders (tenant file, framework file, {@code AssessmentProvisioning.provision}),
 * measures, and drops the database at the end. System properties {@code bench.warmup}
 * and {@code bench.runs} (default 5 and 20) and {@code bench.baseline.runs} (default 10)
 * change how often each figure is measured; {@code bench.keep=true} keeps the database, and
 * {@code bench.database=<name>} measures again on a kept one without filling it.
 */
public final class HeatmapBenchmark {

    static final int PEOPLE = 1_000;
    static final int SMALL_TEAM = 50;
    static final int SKILLS = 100;
    static final int PERSON_CHUNK = 100;
    static final String SLUG = "bench";
    static final String FAMILY = "bench-skills";
    static final String ADMIN = "admin@bench.test";
    static final String LEAD = "lead@bench.test";
    static final String SMALL_LEAD = "lead50@bench.test";

    static final double TARGET_SMALL_MS = 30;
    static final double TARGET_LARGE_MS = 300;
    static final long TARGET_PAYLOAD_BYTES = 1_500_000;

    private static final String[] FIRST = {"Ana", "João", "Marta", "Tomasz", "Kadri", "Łukasz", "Inês", "Pedro",
        "Zofia", "Mari", "Diego", "Lucía", "Rui", "Eva", "Piotr", "Liis", "Sofia", "Miguel", "Agnieszka", "Jaan",
        "Carmen", "Tiago", "Olga", "Andrus", "Beatriz"};
    private static final String[] LAST = {"Silva", "Nunes", "Ferreira", "Lewandowski", "Tamm", "Wójcik", "Costa",
        "Sousa", "Kowalska", "Saar", "García", "Martín", "Lima", "Mägi", "Nowak", "Kask", "Oliveira", "Pereira",
        "Zielińska", "Sepp", "López", "Rodrigues", "Kaczmarek", "Rebane", "Santos", "Almeida", "Fernández",
        "Wiśniewski", "Ilves", "Gomes"};

    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int runs = Integer.getInteger("bench.runs", 20);
    private final int baselineRuns = Integer.getInteger("bench.baseline.runs", 10);
    private final LocalDate today = BenchDatabase.TODAY;
    private final List<String> report = new ArrayList<>();

    private ConfigurableApplicationContext context;
    private String jdbcUrl;
    private String user;
    private String password;

    public static void main(String[] args) {
        runAndExit(() -> {
            new HeatmapBenchmark().run();
            return null;
        });
    }

    private void run() throws Exception {
        String serverUrl = env("SKILLBOARD_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        user = env("SKILLBOARD_BENCH_DB_USER", "root");
        password = env("SKILLBOARD_BENCH_DB_PASSWORD", "");
        String reuse = System.getProperty("bench.database", "");
        boolean fresh = reuse.isBlank();
        String database = fresh ? "skillboard_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMddHHmmss")) : reuse;
        jdbcUrl = serverUrl + database;
        String serverVersion;
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            serverVersion = connection.getMetaData().getDatabaseProductVersion();
            if (fresh) {
                statement.execute("create database " + database
                        + " character set utf8mb4 collate utf8mb4_unicode_ci");
            }
        }
        Path tenantsDir = Files.createTempDirectory("skillboard-bench-tenants");
        try {
            heading(this::line, "Skillboard heatmap benchmark", "MariaDB " + serverVersion + " at " + serverUrl
                    + ", database " + database + (fresh ? "" : " (reused: not filled, not dropped)"));
            line("  runs: " + warmup + " warm-up, " + runs + " measured (baseline " + baselineRuns + " measured)");
            long started = System.nanoTime();
            context = start(tenantsDir);
            line(String.format(Locale.ROOT, "  app context started in %.1f s", seconds(started)));
            Fill fill = fresh ? fill() : teams();
            measure(fill);
        } finally {
            if (context != null) {
                context.close();
            }
            Files.deleteIfExists(tenantsDir);
            if (!fresh || Boolean.getBoolean("bench.keep")) {
                System.out.println("Database " + database + " kept; run again on it with -Dbench.database="
                        + database);
            } else {
                try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                        Statement statement = connection.createStatement()) {
                    statement.execute("drop database if exists " + database);
                }
            }
        }
        summary(this::line, report);
    }

    private ConfigurableApplicationContext start(Path tenantsDir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("skillboard.tenants.load-demo", "false");
        properties.put("skillboard.tenants.dir", tenantsDir.toString());
        properties.put("skillboard.admin.username", "platform-admin");
        properties.put("skillboard.admin.password", "bench-platform-admin-password");
        // Vaadin's security configuration needs a servlet context: a web server on a free port, unused
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.org.skillboard", "warn");
        // system properties, so that they win over application.yml (as TestDatabase's do in the tests)
        properties.forEach(System::setProperty);
        return new SpringApplicationBuilder(Application.class).run();
    }

    // ---------------------------------------------------------------- fill

    /** What the fill made: the two teams and their people. */
    private record Fill(long largeTeamId, long smallTeamId, List<Long> largeIds, List<Long> smallIds) {
    }

    private Fill fill() throws SQLException {
        line("");
        line("Fill");
        List<Skill> skills = skills();
        long started = System.nanoTime();
        TenantFileLoader loader = context.getBean(TenantFileLoader.class);
        String framework = frameworkYaml(skills);
        TenantFileLoader.Outcome outcome = SystemIdentity.call(() -> loader.load("bench/tenant.yaml", SLUG,
                tenantYaml(skills), id -> id.equals(FAMILY) ? Optional.of(framework) : Optional.empty()));
        if (outcome.status() != TenantFileLoader.Status.APPLIED || !outcome.problems().isEmpty()) {
            throw new IllegalStateException("The benchmark tenant did not load: " + outcome);
        }
        long tenantId = SystemIdentity.call(() -> context.getBean(TenantService.class).findBySlug(SLUG)).id();
        line(String.format(Locale.ROOT, "  tenant file (1 tenant, %,d people, 2 teams, 4 job profiles, framework of"
                + " %d skills) loaded in %.1f s", PEOPLE, SKILLS, seconds(started)));

        AssessmentSettingsService settings = context.getBean(AssessmentSettingsService.class);
        AssessmentProvisioning assessments = context.getBean(AssessmentProvisioning.class);
        List<Period> periods = periods();
        SystemIdentity.callInTenant(tenantId, () -> {
            periods.forEach(period -> settings.provisionPeriod(period.key(), period.name(), period.startsOn(),
                    period.endsOn()));
            return null;
        });

        started = System.nanoTime();
        long added = 0;
        for (int from = 0; from < PEOPLE; from += PERSON_CHUNK) {
            List<ProvisionedAssessment> chunk = assessmentsOf(from, Math.min(PEOPLE, from + PERSON_CHUNK), skills,
                    periods);
            long chunkStarted = System.nanoTime();
            added += SystemIdentity.callInTenant(tenantId, () -> assessments.provision(chunk));
            System.out.printf(Locale.ROOT, "    people %4d-%4d: %,d assessments provisioned in %.1f s%n", from + 1,
                    from + chunk.size() / (SKILLS * 5), chunk.size(), seconds(chunkStarted));
        }
        double provisionSeconds = seconds(started);
        line(String.format(Locale.ROOT, "  %,d assessments through AssessmentProvisioning.provision (chunks of %d people)"
                + " in %.1f s (%,.0f rows/s)", added, PERSON_CHUNK, provisionSeconds, added / provisionSeconds));

        Fill teams = teams();
        List<Long> largeIds = teams.largeIds();
        signIn(ADMIN);
        started = System.nanoTime();
        JobProfileService jobProfiles = context.getBean(JobProfileService.class);
        Random random = new Random(7);
        int personal = 0;
        for (int p = 0; p < largeIds.size(); p += 10) {
            for (int k = 0; k < 5; k++) {
                Skill skill = skills.get(random.nextInt(SKILLS));
                jobProfiles.setTarget(largeIds.get(p), new ItemRef(FAMILY, skill.code()), skill.levels().getLast());
                personal++;
            }
        }
        signOut();
        line(String.format(Locale.ROOT, "  %d personal targets (every 10th person, 5 skills) set in %.1f s", personal,
                seconds(started)));
        checkFlags();
        return teams;
    }

    /** The two teams of the filled tenant, as its admin sees them. */
    private Fill teams() {
        signIn(ADMIN);
        List<TeamOverview> teams = context.getBean(PeopleService.class).myTeams();
        signOut();
        TeamOverview large = teams.stream().filter(team -> team.key().equals("everyone")).findFirst().orElseThrow();
        TeamOverview small = teams.stream().filter(team -> team.key().equals("squad")).findFirst().orElseThrow();
        Fill fill = new Fill(large.id(), small.id(), idsOf(large), idsOf(small));
        check(fill.largeIds().size() == PEOPLE && fill.smallIds().size() == SMALL_TEAM,
                "teams of " + fill.largeIds().size() + " and " + fill.smallIds().size() + " people");
        return fill;
    }

    private static List<Long> idsOf(TeamOverview team) {
        List<Long> ids = new ArrayList<>();
        team.leads().forEach(person -> ids.add(person.personId()));
        team.members().stream().map(TeamPerson::personId).filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    /**
     * Exactly one latest assessment per person, item and kind, and it is the newest; exactly
     * one shown per person and item, and it is the latest manager assessment, else the latest self-assessment.
     */
    private void checkFlags() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            long total = single(statement, "select count(*) from assessment");
            long latest = single(statement, "select count(*) from assessment where latest");
            long keys = single(statement, "select count(*) from (select 1 from assessment"
                    + " group by tenant_id, person_id, family, item_code, kind) k");
            long wrongCount = single(statement, "select count(*) from (select sum(latest) s from assessment"
                    + " group by tenant_id, person_id, family, item_code, kind having s <> 1) k");
            long notNewest = single(statement, "select count(*) from assessment a where a.latest and exists"
                    + " (select 1 from assessment b where b.tenant_id = a.tenant_id and b.person_id = a.person_id"
                    + " and b.family = a.family and b.item_code = a.item_code and b.kind = a.kind"
                    + " and b.assessed_on > a.assessed_on)");
            line(String.format(Locale.ROOT, "  check: %,d assessments, %,d marked latest for %,d person/item/kind keys;"
                    + " keys without exactly one latest: %d; latest rows that are not the newest: %d", total, latest,
                    keys, wrongCount, notNewest));
            check(wrongCount == 0 && notNewest == 0 && latest == keys, "latest flags");
            long shown = single(statement, "select count(*) from assessment where shown");
            long items = single(statement, "select count(*) from (select 1 from assessment"
                    + " where kind in ('SELF', 'MANAGER') group by tenant_id, person_id, family, item_code) k");
            long shownWrongCount = single(statement, "select count(*) from (select sum(shown) s from assessment"
                    + " where kind in ('SELF', 'MANAGER') group by tenant_id, person_id, family, item_code"
                    + " having s <> 1) k");
            long shownWrong = single(statement, "select count(*) from assessment a where a.shown and (not a.latest"
                    + " or a.kind not in ('SELF', 'MANAGER') or (a.kind = 'SELF' and exists (select 1 from assessment b"
                    + " where b.tenant_id = a.tenant_id and b.person_id = a.person_id and b.family = a.family"
                    + " and b.item_code = a.item_code and b.kind = 'MANAGER')))");
            line(String.format(Locale.ROOT, "  check: %,d marked shown for %,d person/item keys; keys without exactly"
                    + " one shown: %d; shown rows that are not the latest manager, else self, assessment: %d", shown,
                    items, shownWrongCount, shownWrong));
            check(shownWrongCount == 0 && shownWrong == 0 && shown == items, "shown flags");
            ResultSet sizes = statement.executeQuery("select round(data_length / 1048576), round(index_length /"
                    + " 1048576) from information_schema.tables where table_schema = database()"
                    + " and table_name = 'assessment'");
            sizes.next();
            line("  assessment table: " + sizes.getLong(1) + " MB data, " + sizes.getLong(2) + " MB indexes");
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("The benchmark data is not as intended: " + what);
        }
    }

    // ---------------------------------------------------------------- measure

    private void measure(Fill fill) throws SQLException {
        HeatmapService heatmaps = context.getBean(HeatmapService.class);
        AssessmentReads assessments = context.getBean(AssessmentReads.class);
        line("");
        line("Heatmap read model (HeatmapService.heatmap), current levels from the rows marked shown");
        line("  wall-clock median and p95; cpu = CPU time of the calling thread (median), which other processes on");
        line("  the machine disturb less; it leaves out the database server's share");

        // a first warm-up of every path measured below, so that the JIT has compiled what both sizes share
        HeatmapQuery smallQuery = HeatmapQuery.team(fill.smallTeamId());
        HeatmapQuery largeQuery = HeatmapQuery.team(fill.largeTeamId());
        signIn(LEAD);
        time(warmup, 0, () -> heatmaps.heatmap(largeQuery));
        time(1, 0, () -> heatmaps.heatmap(largeQuery.withAsOf(today)));
        signOut();
        signIn(SMALL_LEAD);
        time(warmup * 4, 0, () -> heatmaps.heatmap(smallQuery));
        time(warmup, 0, () -> heatmaps.heatmap(smallQuery.withAsOf(today)));

        Stats small = time(warmup, runs, () -> heatmaps.heatmap(smallQuery));
        HeatmapData smallData = heatmaps.heatmap(smallQuery);
        Stats smallBaseline = time(warmup, baselineRuns, () -> heatmaps.heatmap(smallQuery.withAsOf(today)));
        sameCells(smallData, heatmaps.heatmap(smallQuery.withAsOf(today)));
        long smallHistoryRows = assessments.historyOf(fill.smallIds(), today).size();
        signOut();

        signIn(LEAD);
        Stats large = time(warmup, runs, () -> heatmaps.heatmap(largeQuery));
        HeatmapData largeData = heatmaps.heatmap(largeQuery);
        Stats largeBaseline = time(Math.min(warmup, 2), baselineRuns,
                () -> heatmaps.heatmap(largeQuery.withAsOf(today)));
        sameCells(largeData, heatmaps.heatmap(largeQuery.withAsOf(today)));
        long largeHistoryRows = assessments.historyOf(fill.largeIds(), today).size();

        result(SMALL_TEAM + "-person team (its team lead)", smallData, small, TARGET_SMALL_MS);
        result(String.format(Locale.ROOT, "%,d-person team (its team lead)", PEOPLE), largeData, large,
                TARGET_LARGE_MS);
        line("");
        line("Baseline: the same read model from the full history (asOf = today: historyUntil, the manager's newest,");
        line("  else the newest self-assessment, per person and item found in memory; the design without the");
        line("  latest and shown flags). Same cells checked.");
        baseline(SMALL_TEAM + "-person team", smallHistoryRows, smallBaseline, small);
        baseline(String.format(Locale.ROOT, "%,d-person team", PEOPLE), largeHistoryRows, largeBaseline, large);

        line("");
        line(String.format(Locale.ROOT, "JSON payload (HeatmapPayload.json) of the %,d × %d heatmap", PEOPLE, SKILLS));
        Texts texts = Texts.of(key -> key);
        for (HeatmapPayload.Mode mode : HeatmapPayload.Mode.values()) {
            String json = HeatmapPayload.json(largeData, mode, "Everyone", texts);
            long bytes = json.getBytes(StandardCharsets.UTF_8).length;
            Stats encode = time(warmup, runs, () -> HeatmapPayload.json(largeData, mode, "Everyone", texts));
            int cells = largeData.rows().size() * largeData.columns().size();
            line(String.format(Locale.ROOT, "  %-5s mode: %,d bytes (UTF-8) for %,d cells, %.1f bytes a cell;"
                    + " target < %,d bytes: %s", mode, bytes, cells, bytes / (double) cells, TARGET_PAYLOAD_BYTES,
                    bytes < TARGET_PAYLOAD_BYTES ? "OK" : "MISS"));
            line(String.format(Locale.ROOT, "         encoded in %s", encode));
        }
        breakdown(String.format(Locale.ROOT, "%,d-person", PEOPLE), fill.largeTeamId(), fill.largeIds());
        signOut();
        signIn(SMALL_LEAD);
        breakdown(SMALL_TEAM + "-person", fill.smallTeamId(), fill.smallIds());
        signOut();

        line("");
        line("The same heatmaps seen by the tenant admin (who may open any team of the tenant)");
        signIn(ADMIN);
        Stats adminSmall = time(warmup, runs, () -> heatmaps.heatmap(smallQuery));
        Stats adminLarge = time(warmup, runs, () -> heatmaps.heatmap(largeQuery));
        signOut();
        line(String.format(Locale.ROOT, "  %-34s %s; target < %.0f ms: %s", SMALL_TEAM + "-person team", adminSmall,
                TARGET_SMALL_MS, verdict(adminSmall, TARGET_SMALL_MS)));
        line(String.format(Locale.ROOT, "  %-34s %s; target < %.0f ms: %s", String.format(Locale.ROOT,
                "%,d-person team", PEOPLE), adminLarge, TARGET_LARGE_MS, verdict(adminLarge, TARGET_LARGE_MS)));
    }

    private void result(String label, HeatmapData data, Stats stats, double targetMs) {
        line(String.format(Locale.ROOT, "  %-34s %s; target < %.0f ms: %s", label, stats, targetMs,
                verdict(stats, targetMs)));
        line(String.format(Locale.ROOT, "  %-34s %d rows × %d columns, levelsRead %,d", "", data.rows().size(),
                data.columns().size(), data.levelsRead()));
    }

    private void baseline(String label, long historyRows, Stats baseline, Stats latest) {
        line(String.format(Locale.ROOT, "  %-34s %,d rows read: %s; ratio %.1fx (cpu %.1fx)", label, historyRows,
                baseline, baseline.median() / latest.median(), baseline.cpuMedian() / latest.cpuMedian()));
    }

    private static String verdict(Stats stats, double targetMs) {
        return stats.median() < targetMs ? (stats.p95() < targetMs ? "OK" : "OK (median; p95 over)") : "MISS";
    }

    /** The baseline must show the same heatmap, or the ratio compares different work. */
    private static void sameCells(HeatmapData latest, HeatmapData fromHistory) {
        List<List<HeatmapData.Cell>> a = latest.rows().stream().map(HeatmapData.Row::cells).toList();
        List<List<HeatmapData.Cell>> b = fromHistory.rows().stream().map(HeatmapData.Row::cells).toList();
        check(a.equals(b), "the heatmap from history differs from the one from the shown rows");
    }

    /** Where the time of a team's heatmap goes: each service call it makes, timed on its own. */
    private void breakdown(String label, long teamId, List<Long> ids) throws SQLException {
        PeopleService people = context.getBean(PeopleService.class);
        FrameworkService frameworks = context.getBean(FrameworkService.class);
        JobProfileService jobProfiles = context.getBean(JobProfileService.class);
        AssessmentReads assessments = context.getBean(AssessmentReads.class);
        AssessmentSettingsService settings = context.getBean(AssessmentSettingsService.class);
        line("");
        line("Breakdown of the " + label + " heatmap (its team lead): each service call it makes, timed alone"
                + " (own transaction)");
        Map<String, Stats> parts = new LinkedHashMap<>();
        parts.put("PeopleService.team", time(warmup, runs, () -> people.team(teamId)));
        parts.put("FrameworkService.catalogue", time(warmup, runs, frameworks::catalogue));
        parts.put("JobProfileService.profilesOfPeople", time(warmup, runs, () -> jobProfiles.profilesOfPeople(ids)));
        parts.put("JobProfileService.targetsOfPeople", time(warmup, runs, () -> jobProfiles.targetsOfPeople(ids)));
        parts.put("AssessmentReads.shownLevels", time(warmup, runs, () -> assessments.shownLevels(ids, null)));
        parts.put("AssessmentSettingsService.rules", time(warmup, runs, settings::rules));
        Stats whole = time(warmup, runs, () -> context.getBean(HeatmapService.class).heatmap(
                HeatmapQuery.team(teamId)));
        double sum = 0;
        double cpuSum = 0;
        for (Map.Entry<String, Stats> part : parts.entrySet()) {
            sum += part.getValue().median();
            cpuSum += part.getValue().cpuMedian();
            line(String.format(Locale.ROOT, "  %-40s %s", part.getKey(), part.getValue()));
        }
        line(String.format(Locale.ROOT, "  %-40s median %7.1f ms, cpu %6.1f ms", "sum of these calls", sum, cpuSum));
        line(String.format(Locale.ROOT, "  %-40s %s", "whole heatmap, measured alongside", whole));
        line(String.format(Locale.ROOT, "  %-40s median %7.1f ms, cpu %6.1f ms", "rest: cells, sort, column summaries",
                whole.median() - sum, whole.cpuMedian() - cpuSum));
        Stats history = time(Math.min(warmup, 2), baselineRuns, () -> assessments.historyOf(ids, today));
        line(String.format(Locale.ROOT, "  %-40s %s", "AssessmentReads.historyOf (baseline)", history));

        // the same reads in plain JDBC, by a list of ids and (for the large team) as the tenant's rows, which
        // AssessmentReads uses for large selections: how much of the time is the database and the driver
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            long tenantId;
            try (Statement statement = connection.createStatement()) {
                tenantId = single(statement, "select id from tenant where slug = '" + SLUG + "'");
            }
            String columns = "select person_id, family, item_code, kind, level_code, assessed_on from assessment";
            String in = " and person_id in (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("shown rows, person_id in (ids)", columns + " where tenant_id = ? and shown = true" + in);
            queries.put("history, person_id in (ids)", columns + " where tenant_id = ?" + in
                    + " and assessed_on <= ? order by assessed_on, recorded_at");
            if (ids.size() > SMALL_TEAM) {
                queries.put("shown rows of the tenant", columns + " where tenant_id = ? and shown = true");
                queries.put("history of the tenant", columns + " where tenant_id = ? and assessed_on <= ?"
                        + " order by assessed_on, recorded_at");
            }
            for (Map.Entry<String, String> query : queries.entrySet()) {
                String sql = query.getValue();
                List<Long> bound = sql.contains(" in (") ? ids : List.of();
                LocalDate day = sql.contains("assessed_on <=") ? today : null;
                boolean fromHistory = day != null;
                Stats stats = time(fromHistory ? Math.min(warmup, 2) : warmup, fromHistory ? baselineRuns : runs,
                        () -> rows(connection, sql, tenantId, bound, day));
                line(String.format(Locale.ROOT, "  %-40s %s, %,d rows", "JDBC: " + query.getKey(), stats,
                        rows(connection, sql, tenantId, bound, day)));
                explain(connection, sql, tenantId, bound, day);
            }
        }
    }

    private static long rows(Connection connection, String sql, long tenantId, List<Long> ids, LocalDate day) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setLong(index++, tenantId);
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            if (day != null) {
                statement.setObject(index, day);
            }
            long count = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    result.getLong(1);
                    result.getString(2);
                    result.getString(3);
                    result.getString(4);
                    result.getString(5);
                    result.getObject(6, LocalDate.class);
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan MariaDB chooses, one line per table it reads. */
    private void explain(Connection connection, String sql, long tenantId, List<Long> ids, LocalDate day)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain " + sql)) {
            int index = 1;
            statement.setLong(index++, tenantId);
            for (Long id : ids) {
                statement.setLong(index++, id);
            }
            if (day != null) {
                statement.setObject(index, day);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    line(String.format(Locale.ROOT, "  %-40s table %s, type %s, key %s, rows %s, %s", "",
                            result.getString("table"), result.getString("type"), result.getString("key"),
                            result.getString("rows"), result.getString("Extra")));
                }
            }
        }
    }

    // ---------------------------------------------------------------- timing

    /** Wall-clock and CPU times of the measured runs, sorted, in milliseconds. */
    record Stats(double[] millis, double[] cpuMillis) {
        double median() {
            return median(millis);
        }

        double cpuMedian() {
            return median(cpuMillis);
        }

        /** Nearest-rank 95th percentile. */
        double p95() {
            return millis[Math.max(0, (int) Math.ceil(0.95 * millis.length) - 1)];
        }

        /** The runs of several measurements as one (each measured alone, for example after a reset). */
        static Stats merge(List<Stats> parts) {
            double[] millis = parts.stream().flatMapToDouble(part -> Arrays.stream(part.millis)).sorted().toArray();
            double[] cpuMillis = parts.stream().flatMapToDouble(part -> Arrays.stream(part.cpuMillis)).sorted()
                    .toArray();
            return new Stats(millis, cpuMillis);
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %7.1f ms (p95 %7.1f ms), cpu %6.1f ms", median(), p95(),
                    cpuMedian());
        }
    }

    static Stats time(int warmupRuns, int measuredRuns, Supplier<?> work) {
        for (int i = 0; i < warmupRuns; i++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[measuredRuns];
        double[] cpuMillis = new double[measuredRuns];
        for (int i = 0; i < measuredRuns; i++) {
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            Object result = work.get();
            millis[i] = (System.nanoTime() - started) / 1_000_000.0;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000.0;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return new Stats(millis, cpuMillis);
    }

    // ---------------------------------------------------------------- data

    record Skill(String code, String category, List<String> levels) {
    }

    record Period(String key, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** 100 skills on a 1–7 scale; each defines 1–6 or a part of it (1–6, 1–5, 2–6, 3–5 in turn). */
    static List<Skill> skills() {
        int[] lowest = {1, 1, 2, 3};
        int[] highest = {6, 5, 6, 5};
        List<Skill> skills = new ArrayList<>();
        for (int i = 0; i < SKILLS; i++) {
            List<String> levels = new ArrayList<>();
            for (int level = lowest[i % 4]; level <= highest[i % 4]; level++) {
                levels.add(String.valueOf(level));
            }
            skills.add(new Skill(String.format(Locale.ROOT, "SK%03d", i + 1), "cat-" + (i / 10 + 1),
                    List.copyOf(levels)));
        }
        return skills;
    }

    private List<Period> periods() {
        return List.of(
                new Period("bench-p1", "Review 1", today.minusDays(364), today.minusDays(244)),
                new Period("bench-p2", "Review 2", today.minusDays(243), today.minusDays(122)),
                new Period("bench-p3", "Review 3", today.minusDays(121), today));
    }

    static String personKey(int index) {
        return String.format(Locale.ROOT, "p%04d", index + 1);
    }

    static String personName(int index) {
        return FIRST[index % FIRST.length] + " " + LAST[(index / FIRST.length + index * 7) % LAST.length] + " "
                + (index + 1);
    }

    /**
     * Five assessments per person and skill: self in each of the three periods, manager
     * in the last two; dates spread over the past year, levels drifting upwards.
     */
    private List<ProvisionedAssessment> assessmentsOf(int from, int to, List<Skill> skills, List<Period> periods) {
        List<ProvisionedAssessment> rows = new ArrayList<>((to - from) * SKILLS * 5);
        for (int p = from; p < to; p++) {
            Random random = new Random(p * 31L + 1);
            String person = personKey(p);
            String manager = p == 0 ? null : personKey(0);
            int ability = random.nextInt(6);
            for (Skill skill : skills) {
                ItemRef item = new ItemRef(FAMILY, skill.code());
                int base = Math.clamp(ability + random.nextInt(3) - 1, 0, skill.levels().size() - 1);
                for (int period = 0; period < 3; period++) {
                    Period when = periods.get(period);
                    LocalDate selfDay = when.startsOn().plusDays(random.nextInt(60));
                    String level = skill.levels().get(Math.clamp(base + period - 1, 0, skill.levels().size() - 1));
                    rows.add(new ProvisionedAssessment(person, item, AssessmentKind.SELF, level, selfDay, person,
                            when.key(), null));
                    if (period > 0) {
                        String managerLevel = skill.levels().get(Math.clamp(base + period - 1 - random.nextInt(2), 0,
                                skill.levels().size() - 1));
                        rows.add(new ProvisionedAssessment(person, item, AssessmentKind.MANAGER, managerLevel,
                                selfDay.plusDays(1 + random.nextInt(14)), manager, when.key(), null));
                    }
                }
            }
        }
        return rows;
    }

    static String frameworkYaml(List<Skill> skills) {
        StringBuilder yaml = new StringBuilder("""
                id: %1$s
                family: %1$s
                name: Benchmark skills
                language: en
                kind: skills
                version: 1
                source: generated by HeatmapBenchmark
                licence: none
                scale:
                  name: Levels
                  levels:
                """.formatted(FAMILY));
        String[] levelNames = {"Follow", "Assist", "Apply", "Enable", "Ensure, advise", "Initiate, influence",
            "Set strategy"};
        for (int level = 1; level <= 7; level++) {
            yaml.append("    - code: \"").append(level).append("\"\n      name: ").append(levelNames[level - 1])
                    .append('\n');
        }
        yaml.append("categories:\n");
        for (int category = 1; category <= SKILLS / 10; category++) {
            yaml.append("  - code: cat-").append(category).append("\n    name: Category ").append(category)
                    .append('\n');
        }
        yaml.append("items:\n");
        for (Skill skill : skills) {
            yaml.append("  - code: ").append(skill.code()).append("\n    name: Skill ").append(skill.code())
                    .append("\n    category: ").append(skill.category()).append("\n    levels:\n");
            for (String level : skill.levels()) {
                yaml.append("      \"").append(level).append("\": Level ").append(level).append(" of ")
                        .append(skill.code()).append('\n');
            }
        }
        return yaml.toString();
    }

    /**
     * One tenant: 1,000 people in team "everyone" (led by p0001), 50 of them also in
     * team "squad" (led by p0002), four job profiles of 60 skills each held by four of
     * five people, and three logins: a tenant admin and the two team leads.
     */
    static String tenantYaml(List<Skill> skills) {
        String hash = "\"{noop}bench-password\"";
        StringBuilder yaml = new StringBuilder("""
                slug: %s
                name: Benchmark tenant
                locale: en
                frameworks: [%s]
                admins:
                  - login: %s
                    name: Benchmark admin
                    password-hash: %s
                job-profiles:
                """.formatted(SLUG, FAMILY, ADMIN, hash));
        String[] profiles = {"agent", "senior-agent", "specialist", "coordinator"};
        for (int profile = 0; profile < profiles.length; profile++) {
            yaml.append("  - key: ").append(profiles[profile]).append("\n    name: ").append(profiles[profile])
                    .append("\n    requires:\n");
            for (int i = 0; i < skills.size(); i++) {
                if ((i + profile * 10) % 5 < 3) {
                    Skill skill = skills.get(i);
                    int index = Math.min(skill.levels().size() - 1, profile + 1);
                    yaml.append("      ").append(FAMILY).append('/').append(skill.code()).append(": \"")
                            .append(skill.levels().get(index)).append("\"\n");
                }
            }
        }
        yaml.append("people:\n");
        for (int p = 0; p < PEOPLE; p++) {
            yaml.append("  - key: ").append(personKey(p)).append("\n    name: ").append(personName(p))
                    .append("\n    job-title: Agent\n");
            if (p % 5 != 4) {
                yaml.append("    job-profile: ").append(profiles[p % 5]).append('\n');
            }
            if (p == 0 || p == 1) {
                yaml.append("    login: ").append(p == 0 ? LEAD : SMALL_LEAD).append("\n    password-hash: ")
                        .append(hash).append('\n');
            }
        }
        yaml.append("teams:\n  - key: everyone\n    name: Everyone\n    leads: [").append(personKey(0))
                .append("]\n    members:\n");
        for (int p = 1; p < PEOPLE; p++) {
            yaml.append("      - ").append(personKey(p)).append('\n');
        }
        yaml.append("  - key: squad\n    name: Squad\n    leads: [").append(personKey(1)).append("]\n    members:\n");
        for (int p = 2; p < SMALL_TEAM + 1; p++) {
            yaml.append("      - ").append(personKey(p)).append('\n');
        }
        return yaml.toString();
    }

    // ---------------------------------------------------------------- helpers

    private void signIn(String login) {
        UserDetails account = context.getBean(UserDetailsService.class).loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    private static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }

    /** Runs a benchmark program and ends the JVM: 0 when it ran, 1 (with the trace) when it failed. */
    static void runAndExit(java.util.concurrent.Callable<?> program) {
        try {
            program.call();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The heading every benchmark prints: what it is, the machine, Java, the database and the load. */
    static void heading(java.util.function.Consumer<String> line, String title, String database) {
        line.accept(title);
        line.accept("  machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        line.accept("  java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        line.accept("  database: " + database);
        line.accept(String.format(Locale.ROOT, "  system load average at start: %.2f (other processes compete for the"
                + " cores: compare runs made at similar load)", loadAverage()));
    }

    /** The closing line (the load at the end), then the whole report again, to copy into docs/benchmarks.md. */
    static void summary(java.util.function.Consumer<String> line, List<String> report) {
        line.accept(String.format(Locale.ROOT, "  system load average at the end: %.2f", loadAverage()));
        System.out.println();
        System.out.println("==== Summary (copy into docs/benchmarks.md) ====");
        report.forEach(System.out::println);
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
