package org.skillboard.bench;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.sheets.AssessmentTemplate;
import org.skillboard.assessment.sheets.AssessmentUploads;
import org.skillboard.assessment.sheets.ImportPreview;
import org.skillboard.assessment.sheets.ImportSummary;
import org.skillboard.assessment.sheets.TemplateData;
import org.skillboard.bench.HeatmapBenchmark.Skill;
import org.skillboard.bench.HeatmapBenchmark.Stats;
import org.skillboard.excel.Texts;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.framework.FrameworkService;
import org.skillboard.heatmap.HeatmapPayload;
import org.skillboard.heatmap.HistoryLine;
import org.skillboard.heatmap.sheets.HeatmapWorkbook;
import org.skillboard.security.SystemIdentity;
import org.skillboard.tenant.TenantService;
import org.skillboard.tenantfiles.TenantFileLoader;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Excel import benchmark (issue 6): a long-format sheet of 100,000 assessments (2,000 people × 50
 * skills, as the history export writes it) and the matching wide sheet (the team template of the same
 * 2,000 people, 100 skill columns, 50 filled in each row), each uploaded through
 * {@link AssessmentUploads#confirm} (read, check, store in one transaction) in a JVM of 256 MB. The parse
 * alone, {@link XlsxReader}, is measured against loading the same file into POI's {@link XSSFWorkbook}
 * in the same run, printed as a ratio. A program that prints figures; it never fails on a miss.
 *
 * <p>Run with {@code ./mvnw -Pbenchmark test-compile exec:exec@import-benchmark} (see docs/benchmarks.md).
 * It creates its own MariaDB database ({@code skillboard_bench_import_<timestamp>}), loads the export
 * benchmark's tenant into it (2,000 people, 3 teams, a framework of 100 skills) and drops it at the end.
 * Before each measured run every assessment and import record is deleted, so each run starts alike.
 */
public final class ImportBenchmark {

    static final int PEOPLE = ExportBenchmark.PEOPLE;
    static final int SKILLS_EACH = ExportBenchmark.SKILLS_EACH;
    static final double TARGET_IMPORT_MS = 6_000;
    static final double TARGET_PARSE_RATIO = 3;
    static final int SAMPLE_PEOPLE = 100;

    private final int warmup = Math.min(Integer.getInteger("bench.warmup", 5), 2);
    private final int runs = Math.min(Integer.getInteger("bench.runs", 20), 5);
    private final LocalDate today = BenchDatabase.TODAY;
    private final List<String> report = new ArrayList<>();

    private ConfigurableApplicationContext context;
    private BenchDatabase database;

    public static void main(String[] args) {
        HeatmapBenchmark.runAndExit(() -> {
            new ImportBenchmark().run();
            return null;
        });
    }

    private void run() throws Exception {
        database = BenchDatabase.open("skillboard_bench_import");
        Path tenantsDir = Files.createTempDirectory("skillboard-bench-tenants");
        try {
            HeatmapBenchmark.heading(this::line, "Skillboard Excel import benchmark", database.describe());
            line("  runs: " + warmup + " warm-up, " + runs + " measured (each import stores 100,000 rows)");
            long started = System.nanoTime();
            context = ExportBenchmark.start(database.jdbcUrl(), database.user, database.password, tenantsDir);
            line(String.format(Locale.ROOT, "  app context started in %.1f s", HeatmapBenchmark.seconds(started)));
            measure(files(database.fresh));
        } finally {
            if (context != null) {
                context.close();
            }
            Files.deleteIfExists(tenantsDir);
            database.close("bench.import.database");
        }
        HeatmapBenchmark.summary(this::line, report);
    }

    // ---------------------------------------------------------------- files

    /** The two sheets uploaded: the long format and the wide team template. */
    private record Sheets(byte[] longSheet, byte[] longSample, byte[] wideSheet) {
    }

    private Sheets files(boolean loadTenant) throws IOException {
        line("");
        line("Files");
        List<Skill> skills = HeatmapBenchmark.skills();
        if (loadTenant) {
            String framework = HeatmapBenchmark.frameworkYaml(skills);
            long started = System.nanoTime();
            TenantFileLoader loader = context.getBean(TenantFileLoader.class);
            TenantFileLoader.Outcome outcome = SystemIdentity.call(() -> loader.load(
                    "bench-export/tenant.yaml", ExportBenchmark.SLUG, ExportBenchmark.tenantYaml(skills),
                    id -> id.equals(ExportBenchmark.FAMILY) ? Optional.of(framework) : Optional.empty()));
            if (outcome.status() != TenantFileLoader.Status.APPLIED || !outcome.problems().isEmpty()) {
                throw new IllegalStateException("The benchmark tenant did not load: " + outcome);
            }
            line(String.format(Locale.ROOT, "  tenant file (1 tenant, %,d people, framework of %d skills) loaded in"
                    + " %.1f s", PEOPLE, skills.size(), HeatmapBenchmark.seconds(started)));
        }
        I18NProvider i18n = context.getBean(I18NProvider.class);
        Texts texts = Texts.of(key -> i18n.getTranslation(key, Locale.ENGLISH));

        long started = System.nanoTime();
        byte[] longSheet = longFile(PEOPLE, skills, texts);
        line(String.format(Locale.ROOT, "  long format (the history export's layout): %,d rows, %,d bytes, written in"
                + " %.1f s", PEOPLE * SKILLS_EACH, longSheet.length, HeatmapBenchmark.seconds(started)));
        byte[] longSample = longFile(SAMPLE_PEOPLE, skills, texts);
        line(String.format(Locale.ROOT, "  its first %,d rows as a file of their own (for the XSSFWorkbook baseline,"
                + " should the whole not fit): %,d bytes", SAMPLE_PEOPLE * SKILLS_EACH, longSample.length));

        started = System.nanoTime();
        long tenantId = SystemIdentity.call(() -> context.getBean(TenantService.class)
                .findBySlug(ExportBenchmark.SLUG)).id();
        ExportBenchmark.signIn(context, ExportBenchmark.ADMIN);
        var catalogue = context.getBean(FrameworkService.class).catalogue();
        ExportBenchmark.signOut();
        List<TemplateData.Person> people = new ArrayList<>();
        Map<String, Map<String, String>> levels = new HashMap<>();
        for (int p = 0; p < PEOPLE; p++) {
            String key = HeatmapBenchmark.personKey(p);
            people.add(new TemplateData.Person(key, HeatmapBenchmark.personName(p)));
            Random random = new Random(p * 13L + 5);
            Map<String, String> own = new HashMap<>();
            for (int k = 0; k < SKILLS_EACH; k++) {
                Skill skill = skills.get(2 * k + p % 2);
                own.put(ExportBenchmark.FAMILY + "/" + skill.code(),
                        skill.levels().get(random.nextInt(skill.levels().size())));
            }
            levels.put(key, own);
        }
        ByteArrayOutputStream wideOut = new ByteArrayOutputStream();
        AssessmentTemplate.write(new TemplateData(tenantId, "Everyone", AssessmentKind.MANAGER, people, catalogue,
                levels), (key, arguments) -> i18n.getTranslation(key, Locale.ENGLISH, arguments), wideOut);
        byte[] wideSheet = wideOut.toByteArray();
        line(String.format(Locale.ROOT, "  wide format (the team template, %,d people × %d skill columns, %d filled in"
                + " each row): %,d bytes, written in %.1f s", PEOPLE, catalogue.size(), SKILLS_EACH, wideSheet.length,
                HeatmapBenchmark.seconds(started)));
        return new Sheets(longSheet, longSample, wideSheet);
    }

    /**
     * The long format as the history export writes it, for the first {@code people} people: 50 manager
     * assessments each, dated over the past year, evidence on one in three.
     */
    private byte[] longFile(int people, List<Skill> skills, Texts texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HeatmapWorkbook.writeHistory(sink -> {
            sink.start("Everyone", today);
            for (int p = 0; p < people; p++) {
                Random random = new Random(p * 31L + 7);
                for (int k = 0; k < SKILLS_EACH; k++) {
                    Skill skill = skills.get(2 * k + p % 2);
                    String level = skill.levels().get(random.nextInt(skill.levels().size()));
                    int n = p * SKILLS_EACH + k;
                    sink.line(new HistoryLine(HeatmapBenchmark.personKey(p), HeatmapBenchmark.personName(p),
                            ExportBenchmark.FAMILY, skill.code(), "Skill " + skill.code(), level,
                            AssessmentKind.MANAGER, today.minusDays(1 + random.nextInt(364)), null, "Benchmark admin",
                            n % 3 == 0 ? "Handled the escalations of week " + (n % 52 + 1) + " on her own" : null));
                }
            }
        }, texts, Locale.ENGLISH, out);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- measure

    private void measure(Sheets files) throws Exception {
        AssessmentUploads uploads = context.getBean(AssessmentUploads.class);
        ExportBenchmark.signIn(context, ExportBenchmark.ADMIN);

        line("");
        line("Import (AssessmentUploads.confirm: read, check, store in one transaction), as the tenant admin");
        line("  wall-clock median and p95; cpu = CPU time of the calling thread (median); heap = the most heap in use");
        line("  right after a garbage collection during one run");
        line(String.format(Locale.ROOT, "  the app alone, after a full collection: %d MB of heap in use",
                ExportBenchmark.idleHeap()));
        ImportSummary[] last = new ImportSummary[1];
        Supplier<ImportSummary> longIntoEmpty = () -> {
            reset();
            return last[0] = uploads.confirm("long.xlsx", files.longSheet());
        };
        Stats intoEmpty = timeAfterReset(() -> uploads.confirm("long.xlsx", files.longSheet()), last);
        line(String.format(Locale.ROOT, "  %-40s %s; target < %.0f ms: %s", "long format, into an empty history",
                intoEmpty, TARGET_IMPORT_MS, verdict(intoEmpty)));
        line("  " + counts(last[0]));
        Stats checkOnly = timeAfter(this::reset, () -> {
            ImportPreview preview = uploads.preview("long.xlsx", files.longSheet());
            return new ImportSummary(null, null, null, null, preview.added(), preview.changed(), preview.unchanged());
        }, last);
        line(String.format(Locale.ROOT, "  %-40s %s", "  of which read and check (preview)", checkOnly));
        Stats again = HeatmapBenchmark.time(warmup, runs, () -> last[0] = uploads.confirm("long.xlsx",
                files.longSheet()));
        line(String.format(Locale.ROOT, "  %-40s %s", "the same file again (stores nothing)", again));
        line("  " + counts(last[0]));
        Stats wide = timeAfter(() -> {
            reset();
            uploads.confirm("long.xlsx", files.longSheet());
        }, () -> uploads.confirm("wide.xlsx", files.wideSheet()), last);
        line(String.format(Locale.ROOT, "  %-40s %s; target < %.0f ms: %s", "wide template, over the long one",
                wide, TARGET_IMPORT_MS, verdict(wide)));
        line("  " + counts(last[0]));
        long heap = ExportBenchmark.liveHeap(() -> longIntoEmpty.get());
        line(String.format(Locale.ROOT, "  heap of one long import into an empty history: %d MB of %d MB", heap,
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        ExportBenchmark.signOut();

        line("");
        line("Parse alone: XlsxReader (streaming, both passes, every row to a handler that counts cells) against");
        line("  loading the same bytes into POI's XSSFWorkbook and reading every cell's text (DataFormatter)");
        // the whole long file last: its in-memory baseline may not fit, and running out of heap is best left to the end
        parse(String.format(Locale.ROOT, "first %,d rows", SAMPLE_PEOPLE * SKILLS_EACH), files.longSample());
        parse("wide template", files.wideSheet());
        parse("long format", files.longSheet());
    }

    private void parse(String name, byte[] file) {
        Stats streamed = HeatmapBenchmark.time(warmup, runs, () -> streamedCells(file));
        long cells = streamedCells(file);
        line(String.format(Locale.ROOT, "  %-18s XlsxReader    %s (%,d cells)", name, streamed, cells));
        try {
            Stats dom = HeatmapBenchmark.time(Math.min(warmup, 1), Math.min(runs, 3), () -> domCells(file));
            line(String.format(Locale.ROOT, "  %-18s XSSFWorkbook  %s (%,d cells); ratio %.1fx (cpu %.1fx); target"
                    + " >= %.0fx: %s", name, dom, domCells(file), dom.median() / streamed.median(),
                    dom.cpuMedian() / streamed.cpuMedian(), TARGET_PARSE_RATIO,
                    dom.median() / streamed.median() >= TARGET_PARSE_RATIO ? "OK" : "MISS"));
        } catch (OutOfMemoryError | IllegalArgumentException e) {
            // out of heap, also as "Self-suppression not permitted" when closing the workbook fails the same way
            System.gc();
            line(String.format(Locale.ROOT, "  %-18s XSSFWorkbook  OutOfMemoryError: the file does not load in %d MB"
                    + " of heap", name, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
    }

    private static long streamedCells(byte[] file) {
        long[] cells = new long[1];
        try {
            XlsxReader.read(new ByteArrayInputStream(file), XlsxReader.Limits.DEFAULTS,
                    (sheet, row) -> cells[0] += row.cells().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells[0];
    }

    private static long domCells(byte[] file) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        long cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!formatter.formatCellValue(cell).isEmpty()) {
                            cells++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** Runs {@code work} after a reset of the history each time; only {@code work} is timed. */
    private Stats timeAfterReset(Supplier<ImportSummary> work, ImportSummary[] last) {
        return timeAfter(this::reset, work, last);
    }

    private Stats timeAfter(Runnable before, Supplier<ImportSummary> work, ImportSummary[] last) {
        List<Stats> each = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            before.run();
            Stats one = HeatmapBenchmark.time(0, 1, () -> last[0] = work.get());
            if (i >= warmup) {
                each.add(one);
            }
        }
        return Stats.merge(each);
    }

    /**
     * Every assessment and import record deleted: each measured import starts from the same empty history.
     * Then waits for InnoDB to purge the deleted rows, work that would otherwise compete with the next
     * import for the two cores although it belongs to the reset, not to the import.
     */
    private void reset() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("delete from assessment_import");
            statement.execute("delete from assessment");
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (purgePending(statement) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether InnoDB still has deleted rows to purge ("History list length" above 0). */
    private static boolean purgePending(Statement statement) throws SQLException {
        try (ResultSet status = statement.executeQuery("show engine innodb status")) {
            status.next();
            Matcher history = Pattern.compile("History list length (\\d+)").matcher(status.getString("Status"));
            return history.find() && Long.parseLong(history.group(1)) > 0;
        }
    }

    private static String counts(ImportSummary summary) {
        return String.format(Locale.ROOT, "  stored: %,d new, %,d changed; %,d unchanged (left out)", summary.added(),
                summary.changed(), summary.unchanged());
    }

    private static String verdict(Stats stats) {
        return stats.median() < TARGET_IMPORT_MS ? (stats.p95() < TARGET_IMPORT_MS ? "OK" : "OK (median; p95 over)")
                : "MISS";
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
