package org.skillboard.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillboard.Application;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentProvisioning;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.ProvisionedAssessment;
import org.skillboard.bench.HeatmapBenchmark.Skill;
import org.skillboard.bench.HeatmapBenchmark.Stats;
import org.skillboard.excel.Texts;
import org.skillboard.heatmap.HeatmapExport;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HeatmapQuery;
import org.skillboard.heatmap.HeatmapService;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.HistorySink;
import org.skillboard.heatmap.sheets.HeatmapWorkbook;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.PeopleService;
import org.skillboard.people.TeamOverview;
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
 * The Excel export benchmark (issue 6): the long-format assessment history of 100,000 assessments
 * (2,000 people × 50 skills) and the 1,000 × 100 heatmap, written as .xlsx by {@link HeatmapWorkbook}
 * (streaming, SXSSF) in a JVM of 256 MB, with the time, the file's size and the heap it needed; the
 * baseline is the same export written into an {@link XSSFWorkbook}, which keeps the whole workbook in
 * memory, measured in the same run and printed as a ratio. A program that prints figures; it never fails
 * on a miss.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test} (see docs/benchmarks.md), which runs it with {@code -Xmx256m}.
 * Database, properties ({@code bench.warmup}, {@code bench.runs}, {@code bench.baseline.runs},
 * {@code bench.keep}, and {@code bench.database}, which the profile sets from {@code bench.export.database})
 * and fill as in {@link HeatmapBenchmark}: a tenant file and a framework file through the app's loaders, the
 * assessments through {@code AssessmentProvisioning.provision}.
 */
public final class ExportBenchmark {

    static final int PEOPLE = 2_000;
    static final int LARGE_TEAM = 1_000;
    static final int SMALL_TEAM = 200;
    static final int SKILLS_EACH = 50;
    static final int PERSON_CHUNK = 200;
    static final String SLUG = "bench-export";
    static final String FAMILY = HeatmapBenchmark.FAMILY;
    static final String ADMIN = "admin@export.bench";
    static final String LEAD = "lead@export.bench";
    static final String LEAD_LARGE = "lead1000@export.bench";
    static final String LEAD_SMALL = "lead200@export.bench";

    static final double TARGET_HISTORY_MS = 3_000;

    private static final Set<String> HEAP_POOLS = Set.copyOf(ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList());

    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int runs = Integer.getInteger("bench.runs", 20);
    private final int baselineRuns = Integer.getInteger("bench.baseline.runs", 10);
    private final LocalDate today = BenchDatabase.TODAY;
    private final List<String> report = new ArrayList<>();

    private ConfigurableApplicationContext context;
    private Texts texts;

    public static void main(String[] args) {
        HeatmapBenchmark.runAndExit(() -> {
            new ExportBenchmark().run();
            return null;
        });
    }

    private void run() throws Exception {
        BenchDatabase database = BenchDatabase.open("skillboard_bench_export");
        Path tenantsDir = Files.createTempDirectory("skillboard-bench-tenants");
        try {
            HeatmapBenchmark.heading(this::line, "Skillboard Excel export benchmark", database.describe());
            line("  runs: " + warmup + " warm-up, " + runs + " measured (baseline " + baselineRuns + " measured)");
            long started = System.nanoTime();
            context = start(database.jdbcUrl(), database.user, database.password, tenantsDir);
            line(String.format(Locale.ROOT, "  app context started in %.1f s", HeatmapBenchmark.seconds(started)));
            I18NProvider i18n = context.getBean(I18NProvider.class);
            texts = Texts.of(key -> i18n.getTranslation(key, Locale.ENGLISH));
            if (database.fresh) {
                fill(database);
            }
            measure(teams());
        } finally {
            if (context != null) {
                context.close();
            }
            Files.deleteIfExists(tenantsDir);
            database.close("bench.export.database");
        }
        HeatmapBenchmark.summary(this::line, report);
    }

    static ConfigurableApplicationContext start(String jdbcUrl, String user, String password,
            Path tenantsDir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("skillboard.tenants.load-demo", "false");
        properties.put("skillboard.tenants.dir", tenantsDir.toString());
        properties.put("skillboard.admin.username", "platform-admin");
        properties.put("skillboard.admin.password", "bench-platform-admin-password");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        properties.put("logging.level.org.skillboard", "warn");
        properties.forEach(System::setProperty);
        return new SpringApplicationBuilder(Application.class).run();
    }

    // ---------------------------------------------------------------- fill

    /** The teams measured: everyone (2,000 people), a 1,000-person and a 200-person team. */
    private record Teams(long everyone, long large, long small) {
    }

    private void fill(BenchDatabase database) throws SQLException {
        line("");
        line("Fill");
        List<Skill> skills = HeatmapBenchmark.skills();
        long started = System.nanoTime();
        String framework = HeatmapBenchmark.frameworkYaml(skills);
        TenantFileLoader loader = context.getBean(TenantFileLoader.class);
        TenantFileLoader.Outcome outcome = SystemIdentity.call(() -> loader.load("bench-export/tenant.yaml",
                SLUG, tenantYaml(skills), id -> id.equals(FAMILY) ? Optional.of(framework) : Optional.empty()));
        if (outcome.status() != TenantFileLoader.Status.APPLIED || !outcome.problems().isEmpty()) {
            throw new IllegalStateException("The benchmark tenant did not load: " + outcome);
        }
        long tenantId = SystemIdentity.call(() -> context.getBean(TenantService.class).findBySlug(SLUG)).id();
        line(String.format(Locale.ROOT, "  tenant file (1 tenant, %,d people, 3 teams, 2 job profiles, framework of"
                + " %d skills) loaded in %.1f s", PEOPLE, skills.size(), HeatmapBenchmark.seconds(started)));

        AssessmentSettingsService settings = context.getBean(AssessmentSettingsService.class);
        AssessmentProvisioning assessments = context.getBean(AssessmentProvisioning.class);
        SystemIdentity.callInTenant(tenantId, () -> {
            settings.provisionPeriod("p1", "Review 1", today.minusDays(364), today.minusDays(243));
            settings.provisionPeriod("p2", "Review 2", today.minusDays(242), today.minusDays(121));
            settings.provisionPeriod("p3", "Review 3", today.minusDays(120), today);
            return null;
        });
        started = System.nanoTime();
        long added = 0;
        for (int from = 0; from < PEOPLE; from += PERSON_CHUNK) {
            List<ProvisionedAssessment> chunk = assessmentsOf(from, Math.min(PEOPLE, from + PERSON_CHUNK), skills);
            added += SystemIdentity.callInTenant(tenantId, () -> assessments.provision(chunk));
        }
        double seconds = HeatmapBenchmark.seconds(started);
        line(String.format(Locale.ROOT, "  %,d assessments (%,d people × %d skills, one each) through"
                + " AssessmentProvisioning.provision in %.1f s", added, PEOPLE, SKILLS_EACH, seconds));
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*), count(evidence) from assessment")) {
            count.next();
            line(String.format(Locale.ROOT, "  check: %,d assessments in the table, %,d with evidence",
                    count.getLong(1), count.getLong(2)));
        }
    }

    /**
     * One assessment per person in 50 of the 100 skills (the even ones for even people, the odd ones for odd
     * people, so the heatmap has as many empty cells as assessed ones): by the person's manager for two people
     * in three, else by the person, dated over the past year; evidence on one in three, a text that starts
     * like a formula on one in fifty, and the longest evidence allowed (2,000 characters) on one in 500.
     */
    private List<ProvisionedAssessment> assessmentsOf(int from, int to, List<Skill> skills) {
        List<ProvisionedAssessment> rows = new ArrayList<>((to - from) * SKILLS_EACH);
        for (int p = from; p < to; p++) {
            Random random = new Random(p * 17L + 3);
            String person = HeatmapBenchmark.personKey(p);
            int ability = random.nextInt(6);
            for (int k = 0; k < SKILLS_EACH; k++) {
                Skill skill = skills.get(2 * k + p % 2);
                int index = Math.clamp(ability + random.nextInt(3) - 1, 0, skill.levels().size() - 1);
                LocalDate day = today.minusDays(random.nextInt(365));
                int period = day.isAfter(today.minusDays(121)) ? 3 : day.isAfter(today.minusDays(243)) ? 2 : 1;
                boolean self = p % 3 == 0;
                int n = p * SKILLS_EACH + k;
                String evidence = n % 500 == 0 ? "Long review notes. ".repeat(105).strip()
                        : n % 50 == 0 ? "=HYPERLINK(\"https://example.org\",\"see the review\")"
                                : n % 3 == 0 ? "Handled the escalations of week " + (n % 52 + 1)
                                        + " on her own and coached two new colleagues" : null;
                rows.add(new ProvisionedAssessment(person, new ItemRef(FAMILY, skill.code()),
                        self ? AssessmentKind.SELF : AssessmentKind.MANAGER, skill.levels().get(index), day,
                        self ? person : HeatmapBenchmark.personKey(0), "p" + period, evidence));
            }
        }
        return rows;
    }

    /**
     * 2,000 people in team "everyone" (led by p0001), the first 1,000 of them after the lead also in
     * "thousand" (led by p0002) and the first 200 in "two-hundred" (led by p0003); two job profiles of 60
     * skills each, held by four people in five.
     */
    static String tenantYaml(List<Skill> skills) {
        String hash = "\"{noop}bench-password\"";
        StringBuilder yaml = new StringBuilder("""
                slug: %s
                name: Export benchmark tenant
                locale: en
                frameworks: [%s]
                admins:
                  - login: %s
                    name: Benchmark admin
                    password-hash: %s
                job-profiles:
                """.formatted(SLUG, FAMILY, ADMIN, hash));
        String[] profiles = {"agent", "senior-agent"};
        for (int profile = 0; profile < profiles.length; profile++) {
            yaml.append("  - key: ").append(profiles[profile]).append("\n    name: ").append(profiles[profile])
                    .append("\n    requires:\n");
            for (int i = 0; i < skills.size(); i++) {
                if ((i + profile * 10) % 5 < 3) {
                    Skill skill = skills.get(i);
                    int index = Math.min(skill.levels().size() - 1, profile + 2);
                    yaml.append("      ").append(FAMILY).append('/').append(skill.code()).append(": \"")
                            .append(skill.levels().get(index)).append("\"\n");
                }
            }
        }
        yaml.append("people:\n");
        String[] logins = {LEAD, LEAD_LARGE, LEAD_SMALL};
        for (int p = 0; p < PEOPLE; p++) {
            yaml.append("  - key: ").append(HeatmapBenchmark.personKey(p)).append("\n    name: ")
                    .append(HeatmapBenchmark.personName(p)).append("\n    job-title: Agent\n");
            if (p % 5 != 4) {
                yaml.append("    job-profile: ").append(profiles[p % 2]).append('\n');
            }
            if (p < logins.length) {
                yaml.append("    login: ").append(logins[p]).append("\n    password-hash: ").append(hash)
                        .append('\n');
            }
        }
        team(yaml, "everyone", "Everyone", 0, PEOPLE);
        team(yaml, "thousand", "Thousand", 1, LARGE_TEAM);
        team(yaml, "two-hundred", "Two hundred", 2, SMALL_TEAM);
        return yaml.toString();
    }

    /** A team led by person {@code lead}, of her and the next people up to {@code size} in all. */
    private static void team(StringBuilder yaml, String key, String name, int lead, int size) {
        if (!yaml.toString().contains("\nteams:\n")) {
            yaml.append("teams:\n");
        }
        yaml.append("  - key: ").append(key).append("\n    name: ").append(name).append("\n    leads: [")
                .append(HeatmapBenchmark.personKey(lead)).append("]\n    members:\n");
        for (int p = lead + 1; p < lead + size; p++) {
            yaml.append("      - ").append(HeatmapBenchmark.personKey(p)).append('\n');
        }
    }

    private Teams teams() {
        signIn(ADMIN);
        List<TeamOverview> teams = context.getBean(PeopleService.class).myTeams();
        signOut();
        Map<String, TeamOverview> byKey = new LinkedHashMap<>();
        teams.forEach(team -> byKey.put(team.key(), team));
        return new Teams(byKey.get("everyone").id(), byKey.get("thousand").id(), byKey.get("two-hundred").id());
    }

    // ---------------------------------------------------------------- measure

    private void measure(Teams teams) throws InterruptedException {
        HeatmapService heatmaps = context.getBean(HeatmapService.class);
        int slowWarmup = Math.min(warmup, 2);

        line("");
        line(String.format(Locale.ROOT, "Assessment history, long format (HeatmapService.assessmentHistory +"
                + " HeatmapWorkbook.writeHistory), team of %,d people (its lead)", PEOPLE));
        line("  wall-clock median and p95; cpu = CPU time of the calling thread (median); heap = the most heap in use");
        line("  right after a garbage collection during one run (what the run kept, the app's own included)");
        line(String.format(Locale.ROOT, "  the app alone, after a full collection: %d MB of heap in use", idleHeap()));
        signIn(LEAD);
        Consumer<HistorySink> everyone = sink -> heatmaps.assessmentHistory(teams.everyone(), sink);
        Export history = history(everyone);
        Stats historyStats = HeatmapBenchmark.time(warmup, runs, () -> history(everyone));
        long historyHeap = liveHeap(() -> history(everyone));
        line(String.format(Locale.ROOT, "  %,d rows, %,d bytes (%.1f bytes a row)", history.rows(), history.bytes(),
                history.bytes() / (double) history.rows()));
        line(String.format(Locale.ROOT, "  %-34s %s, heap %d MB; target < %.0f ms under %d MB: %s", "streamed (SXSSF)",
                historyStats, historyHeap, TARGET_HISTORY_MS, maxHeapMb(), verdict(historyStats, TARGET_HISTORY_MS)));
        Stats readOnly = HeatmapBenchmark.time(warmup, runs, () -> heatmaps.assessmentHistory(teams.everyone(),
                new CountingSink()));
        line(String.format(Locale.ROOT, "  %-34s %s", "of which the read (no workbook)", readOnly));

        line("");
        line("Baseline: the same history without streaming: read into a list, then written into an XSSFWorkbook");
        line("  (the whole workbook in memory, then written)");
        Stats domHistory = baseline(() -> domHistory(everyone));
        if (domHistory != null) {
            line(String.format(Locale.ROOT, "  %-34s %s; ratio %.1fx (cpu %.1fx)", PEOPLE + " people, DOM",
                    domHistory, domHistory.median() / historyStats.median(),
                    domHistory.cpuMedian() / historyStats.cpuMedian()));
        }
        Consumer<HistorySink> small = sink -> heatmaps.assessmentHistory(teams.small(), sink);
        signOut();
        signIn(LEAD_SMALL);
        Export smallHistory = history(small);
        Stats smallStreamed = HeatmapBenchmark.time(warmup, runs, () -> history(small));
        long smallHeap = liveHeap(() -> history(small));
        Stats smallDom = baseline(() -> domHistory(small));
        long smallDomHeap = smallDom == null ? -1 : liveHeap(() -> domHistory(small));
        line(String.format(Locale.ROOT, "  %-34s %s, heap %d MB (%,d rows)", SMALL_TEAM + " people, streamed",
                smallStreamed, smallHeap, smallHistory.rows()));
        if (smallDom != null) {
            line(String.format(Locale.ROOT, "  %-34s %s, heap %d MB; ratio %.1fx (cpu %.1fx)",
                    SMALL_TEAM + " people, DOM", smallDom, smallDomHeap, smallDom.median() / smallStreamed.median(),
                    smallDom.cpuMedian() / smallStreamed.cpuMedian()));
        }
        signOut();

        signIn(LEAD_LARGE);
        HeatmapQuery query = HeatmapQuery.team(teams.large());
        line("");
        line(String.format(Locale.ROOT, "Heatmap as shown (HeatmapService.heatmapExport + HeatmapWorkbook.writeHeatmap),"
                + " %,d people × 100 skills (its lead)", LARGE_TEAM));
        HeatmapBenchmark.time(slowWarmup, 0, () -> heatmaps.heatmapExport(query));
        Stats readModel = HeatmapBenchmark.time(warmup, runs, () -> heatmaps.heatmapExport(query));
        long modelHeap = liveHeap(() -> heatmaps.heatmapExport(query));
        line(String.format(Locale.ROOT, "  %-34s %s, heap %d MB", "read model (heatmapExport)", readModel,
                modelHeap));
        // measured before the benchmark holds a read model of its own for the write-only figures
        Map<HeatmapPayload.Mode, Long> heaps = new EnumMap<>(HeatmapPayload.Mode.class);
        for (HeatmapPayload.Mode mode : HeatmapPayload.Mode.values()) {
            heaps.put(mode, liveHeap(() -> heatmap(heatmaps, query, mode)));
        }
        HeatmapExport data = heatmaps.heatmapExport(query);
        for (HeatmapPayload.Mode mode : HeatmapPayload.Mode.values()) {
            Export file = heatmap(heatmaps, query, mode);
            Stats whole = HeatmapBenchmark.time(warmup, runs, () -> heatmap(heatmaps, query, mode));
            Stats write = HeatmapBenchmark.time(warmup, runs, () -> heatmapFile(data, mode));
            long heap = heaps.get(mode);
            line(String.format(Locale.ROOT, "  %-5s colouring: %,d bytes for %,d rows × %d columns", mode,
                    file.bytes(), data.data().rows().size(), data.data().columns().size()));
            line(String.format(Locale.ROOT, "  %-34s %s, heap %d MB", "  read and write (SXSSF)", whole, heap));
            line(String.format(Locale.ROOT, "  %-34s %s", "  of which the write", write));
            Stats dom = baseline(() -> domHeatmap(data, mode));
            if (dom != null) {
                line(String.format(Locale.ROOT, "  %-34s %s; ratio to the write %.1fx (cpu %.1fx)",
                        "  baseline: write (DOM)", dom, dom.median() / write.median(),
                        dom.cpuMedian() / write.cpuMedian()));
            }
        }
        signOut();
    }

    /** What one export gave: rows and bytes. */
    private record Export(long rows, long bytes) {
    }

    private Export history(Consumer<HistorySink> source) {
        CountingStream out = new CountingStream();
        try {
            long rows = HeatmapWorkbook.writeHistory(source, texts, Locale.ENGLISH, out);
            return new Export(rows, out.count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The history without streaming: read into a list first, then written into an XSSFWorkbook. (Writing the
     * in-memory workbook while the read is still open would, when it runs out of heap, also break the
     * database connection the read streams on; reading first keeps a failure to the workbook.)
     */
    private Export domHistory(Consumer<HistorySink> source) {
        List<HistoryLine> lines = new ArrayList<>();
        Object[] heading = new Object[2];
        source.accept(new HistorySink() {
            @Override
            public void start(String teamName, LocalDate madeOn) {
                heading[0] = teamName;
                heading[1] = madeOn;
            }

            @Override
            public void line(HistoryLine line) {
                lines.add(line);
            }
        });
        CountingStream out = new CountingStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            long rows = HeatmapWorkbook.writeHistory(workbook, sink -> {
                sink.start((String) heading[0], (LocalDate) heading[1]);
                lines.forEach(sink::line);
            }, texts, Locale.ENGLISH);
            workbook.write(out);
            return new Export(rows, out.count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Export heatmap(HeatmapService heatmaps, HeatmapQuery query, HeatmapPayload.Mode mode) {
        return heatmapFile(heatmaps.heatmapExport(query), mode);
    }

    private Export heatmapFile(HeatmapExport data, HeatmapPayload.Mode mode) {
        CountingStream out = new CountingStream();
        try {
            HeatmapWorkbook.writeHeatmap(data, mode, texts, Locale.ENGLISH, out);
            return new Export(data.data().rows().size(), out.count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Export domHeatmap(HeatmapExport data, HeatmapPayload.Mode mode) {
        CountingStream out = new CountingStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            HeatmapWorkbook.writeHeatmap(workbook, data, mode, texts, Locale.ENGLISH);
            workbook.write(out);
            return new Export(data.data().rows().size(), out.count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline's runs, or {@code null} (and a line saying so) when it does not fit in the heap. */
    private Stats baseline(Supplier<Export> work) {
        try {
            return HeatmapBenchmark.time(Math.min(warmup, 2), baselineRuns, work);
        } catch (OutOfMemoryError e) {
            line(String.format(Locale.ROOT, "  %-34s OutOfMemoryError: the in-memory workbook does not fit in %d MB of"
                    + " heap", "baseline (DOM)", maxHeapMb()));
            System.gc();
            return null;
        }
    }

    /**
     * The most heap one run kept, in MB: the heap in use right after each garbage collection during the run
     * (what survived it), at most. The heap between collections also holds garbage, so this is what the run
     * needs, not what it touched.
     */
    static long liveHeap(Runnable work) throws InterruptedException {
        System.gc();
        AtomicLong most = new AtomicLong(usedHeap());
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                most.accumulateAndGet(used, Math::max);
            }
        };
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(NotificationEmitter.class::cast).toList();
        collectors.forEach(collector -> collector.addNotificationListener(listener, null, null));
        try {
            work.run();
            // notifications arrive on a thread of their own, shortly after each collection
            Thread.sleep(500);
        } finally {
            for (NotificationEmitter collector : collectors) {
                try {
                    collector.removeNotificationListener(listener);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return most.get() / (1024 * 1024);
    }

    /** Heap in use now, in MB, right after a full collection: what the app holds when it does nothing. */
    static long idleHeap() {
        System.gc();
        return usedHeap() / (1024 * 1024);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    private static String verdict(Stats stats, double targetMs) {
        return stats.median() < targetMs ? (stats.p95() < targetMs ? "OK" : "OK (median; p95 over)") : "MISS";
    }

    /** Counts the lines of a read that writes no workbook. */
    private static final class CountingSink implements HistorySink {
        long lines;

        @Override
        public void start(String teamName, LocalDate madeOn) {
        }

        @Override
        public void line(HistoryLine line) {
            lines++;
        }
    }

    /** Counts the bytes of a file and keeps none of them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    // ---------------------------------------------------------------- helpers

    private void signIn(String login) {
        signIn(context, login);
    }

    static void signIn(ConfigurableApplicationContext context, String login) {
        UserDetails account = context.getBean(UserDetailsService.class).loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
