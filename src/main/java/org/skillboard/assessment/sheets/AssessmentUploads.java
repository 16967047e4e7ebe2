package org.skillboard.assessment.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentImports;
import org.skillboard.assessment.AssessmentReads;
import org.skillboard.assessment.ImportCheck;
import org.skillboard.assessment.ImportCounts;
import org.skillboard.assessment.LevelFact;
import org.skillboard.assessment.NewAssessment;
import org.skillboard.base.AdminChange;
import org.skillboard.base.CurrentTenant;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Progress;
import org.skillboard.excel.SheetProblem;
import org.skillboard.excel.Texts;
import org.skillboard.excel.read.RowHandler;
import org.skillboard.excel.read.SheetInfo;
import org.skillboard.excel.read.SheetRow;
import org.skillboard.excel.read.XlsxReader;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.people.NamedPerson;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonLookup;
import org.skillboard.people.TeamOverview;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads of assessment sheets in the long format (one row per assessment: person,
 * framework, skill or criterion, level, kind, date, evidence). An upload is first
 * previewed: every row is checked (who, what, which level, whether the user may record
 * it) and every problem is named with sheet and cell; nothing is stored. Confirming reads
 * the same file again and stores all of it in one transaction, or nothing; rows that
 * change nothing are left out, so the same file twice stores it once. Every confirmed
 * upload is recorded for the tenant admin, and in the audit log (an import, in the same transaction).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentUploads {

    /** Rows read between two progress reports. */
    private static final int PROGRESS_EVERY = 1_000;

    private final AssessmentImports assessments;
    private final AssessmentReads reads;
    private final FrameworkService frameworks;
    private final PeopleService people;
    private final PersonLookup lookup;
    private final AssessmentImportRepository imports;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final XlsxReader.Limits limits;

    AssessmentUploads(AssessmentImports assessments, AssessmentReads reads, FrameworkService frameworks,
            PeopleService people, PersonLookup lookup, AssessmentImportRepository imports, Clock clock,
            ApplicationEventPublisher events, @Value("${skillboard.upload.max-bytes:10485760}") long maxBytes) {
        this.assessments = assessments;
        this.reads = reads;
        this.frameworks = frameworks;
        this.people = people;
        this.lookup = lookup;
        this.imports = imports;
        this.clock = clock;
        this.events = events;
        this.limits = XlsxReader.Limits.DEFAULTS.withMaxBytes(maxBytes);
    }

    /** The largest upload the server takes, in bytes (configurable: {@code skillboard.upload.max-bytes}). */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public long maxBytes() {
        return limits.maxBytes();
    }

    /**
     * What confirming this file would do, and every problem in it; stores nothing. A file
     * that is not a safe Excel workbook is refused with a {@link UserFacingException}.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public ImportPreview preview(String fileName, byte[] content) {
        return preview(fileName, content, Progress.NONE);
    }

    /** {@link #preview(String, byte[])}, telling {@code progress} how far it got. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public ImportPreview preview(String fileName, byte[] content, Progress progress) {
        return read(fileName, content, progress, true).preview();
    }

    /**
     * Stores what the file says, in one transaction: all of it, or, while any problem
     * remains, nothing (refused with the problems' count).
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED) // see AssessmentImports.importAll: racing uploads
    public ImportSummary confirm(String fileName, byte[] content) {
        return confirm(fileName, content, Progress.NONE);
    }

    /** {@link #confirm(String, byte[])}, telling {@code progress} how far it got. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED) // see AssessmentImports.importAll: racing uploads
    public ImportSummary confirm(String fileName, byte[] content, Progress progress) {
        // the rows are checked against what is stored once, by importAll, when this import's turn has come
        Reading reading = read(fileName, content, progress, false);
        if (!reading.problems.isEmpty()) {
            throw reading.refusal();
        }
        ImportCounts counts;
        try {
            counts = assessments.importAll(reading.rows, progress);
        } catch (UserFacingException refusal) {
            // problems found once its turn came (another upload changed what it checks against): counted
            UserFacingException counted = reading.refusal();
            throw reading.problems.isEmpty() ? refusal : counted;
        }
        AssessmentImport record = imports.save(new AssessmentImport(clock.instant(), CurrentUser.require().getUsername(),
                clip(fileName), checksum(content), counts.added(), counts.changed(), counts.unchanged()));
        events.publishEvent(AdminChange.of(AdminChange.Kind.IMPORT, "imported", clip(fileName), null,
                auditText(reading.rows.size(), counts)));
        return record.summary();
    }

    /** The latest confirmed uploads of the tenant, newest first. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<ImportSummary> recentImports() {
        return imports.findTop50ByOrderByImportedAtDesc().stream().map(AssessmentImport::summary).toList();
    }

    /**
     * A team's template to fill in offline: a lead's (or admin's) for one of her teams, with
     * the people's current manager levels; a member's ({@code teamId == null}) for herself,
     * with her self-assessments.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public void template(Long teamId, Texts texts, OutputStream out) throws IOException {
        Long me = CurrentUser.require().personId();
        List<Long> ids = new ArrayList<>();
        AssessmentKind kind;
        String title;
        if (teamId == null) {
            if (me == null) {
                throw new UserFacingException("sheets.error.no-person");
            }
            ids.add(me);
            kind = AssessmentKind.SELF;
            title = texts.format("template.title.mine", CurrentUser.require().displayName(), LocalDate.now(clock));
        } else {
            TeamOverview team = people.team(teamId);
            team.leads().forEach(person -> ids.add(person.personId()));
            team.members().forEach(person -> ids.add(person.personId()));
            ids.remove(me);
            kind = AssessmentKind.MANAGER;
            title = texts.format("template.title.team", team.name(), LocalDate.now(clock));
        }
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, String> keys = people.keysOf(distinct);
        Map<Long, String> names = people.names(distinct);
        Map<String, Map<String, String>> levels = new HashMap<>();
        for (LevelFact fact : reads.currentLevels(distinct, null, kind)) {
            levels.computeIfAbsent(keys.get(fact.personId()), key -> new HashMap<>())
                    .put(TemplateData.itemKey(fact.family(), fact.itemCode()), fact.levelCode());
        }
        List<TemplateData.Person> rows = distinct.stream().filter(keys::containsKey)
                .map(id -> new TemplateData.Person(keys.get(id), names.get(id)))
                .sorted(Comparator.comparing(TemplateData.Person::name)).toList();
        AssessmentTemplate.write(new TemplateData(CurrentTenant.require(), title, kind, rows, frameworks.catalogue(),
                levels), texts, out);
    }

    /**
     * The blank long format, one row per assessment, for bulk loads and history: with the
     * tenant's skills and criteria and the people the user may assess (a tenant admin:
     * everyone; a lead: her teams' people; anyone: herself) to look up.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public void longTemplate(Texts texts, OutputStream out) throws IOException {
        SkillboardUser me = CurrentUser.require();
        List<NamedPerson> assessable;
        if (me.hasRole(Roles.TENANT_ADMIN)) {
            assessable = people.everyone();
        } else {
            Set<Long> ids = new HashSet<>();
            if (me.personId() != null) {
                ids.add(me.personId());
            }
            if (me.hasRole(Roles.TEAM_LEAD)) {
                people.myTeams().forEach(team -> {
                    team.leads().forEach(person -> ids.add(person.personId()));
                    team.members().forEach(person -> ids.add(person.personId()));
                });
            }
            assessable = people.keysAndNames(ids).values().stream()
                    .sorted(Comparator.comparing(NamedPerson::name)).toList();
        }
        LongTemplate.write(texts.format("template.long.title", LocalDate.now(clock)), frameworks.catalogue(),
                assessable, texts, out);
    }

    /**
     * Reads and checks an upload: the sheet's own problems (unknown people, skills, kinds,
     * dates) always; with {@code check}, also each row against what is stored and what the
     * user may record (see {@link AssessmentImports#checkImport}).
     */
    private Reading read(String fileName, byte[] content, Progress progress, boolean check) {
        LongSheet sheet = new LongSheet();
        TemplateSheet template = new TemplateSheet();
        try {
            XlsxReader.read(new ByteArrayInputStream(content), limits, new RowHandler() {
                private RowHandler chosen;
                private long total;
                private long read;

                @Override
                public void startWorkbook(List<SheetInfo> sheets, long rows) {
                    // a team template has its hidden key sheet; anything else is read as the long format
                    chosen = sheets.stream().anyMatch(info -> info.hidden()
                            && info.name().equals(AssessmentTemplate.KEY_SHEET)) ? template : sheet;
                    total = rows;
                    progress.update(Progress.Step.READING, 0, total);
                }

                @Override
                public void startSheet(SheetInfo info) {
                    chosen.startSheet(info);
                }

                @Override
                public void row(SheetInfo info, SheetRow row) {
                    chosen.row(info, row);
                    if (++read % PROGRESS_EVERY == 0) {
                        progress.update(Progress.Step.READING, read, total);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reading reading = new Reading(fileName, checksum(content));
        if (template.isTemplate()) {
            if (!java.util.Objects.equals(template.tenantId(), CurrentTenant.require())) {
                reading.problems.add(new SheetProblem("", "", 0, "sheets.error.other-organisation", List.of()));
                return reading;
            }
            reading.parse(template.lines(frameworks.catalogue()), progress, check);
            return reading;
        }
        if (!sheet.foundHeader()) {
            reading.problems.add(new SheetProblem("", "", 0, "sheets.error.no-header", List.of()));
            return reading;
        }
        reading.parse(sheet.lines(), progress, check);
        return reading;
    }

    /** One upload as read and checked. */
    private final class Reading {

        private final String fileName;
        private final String checksum;
        private final List<SheetProblem> problems = new ArrayList<>();
        private final List<NewAssessment> rows = new ArrayList<>();
        private final List<LongSheet.Line> rowLines = new ArrayList<>();
        private final List<ImportCheck> checks = new ArrayList<>();
        private final Map<Long, String> names = new HashMap<>();
        private final Map<ItemRef, CatalogueItem> items = new HashMap<>();
        // a sheet writes the same kinds and days again and again
        private final Map<String, AssessmentKind> kinds = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();

        Reading(String fileName, String checksum) {
            this.fileName = fileName;
            this.checksum = checksum;
        }

        void parse(List<LongSheet.Line> lines, Progress progress, boolean againstStored) {
            progress.update(Progress.Step.CHECKING, 0, lines.size());
            Catalogue catalogue = new Catalogue(frameworks.catalogue());
            catalogue.items.forEach(item -> items.put(new ItemRef(item.family(), item.itemCode()), item));
            Set<String> keys = new HashSet<>();
            lines.forEach(line -> {
                if (line.value(SheetColumns.PERSON) != null) {
                    keys.add(line.value(SheetColumns.PERSON));
                }
            });
            Map<String, Long> ids = lookup.idsByKey(keys);
            LocalDate today = LocalDate.now(clock);
            for (LongSheet.Line line : lines) {
                NewAssessment row = row(line, ids, catalogue, today);
                if (row != null) {
                    rows.add(row);
                    rowLines.add(line);
                }
            }
            problems.sort(Comparator.comparing(SheetProblem::sheet).thenComparingInt(SheetProblem::row));
            if (againstStored) {
                checkAgainstStored();
            }
            progress.update(Progress.Step.CHECKING, lines.size(), lines.size());
        }

        /** Each row against what is stored and what the user may record; its problems added to the sheet's. */
        void checkAgainstStored() {
            checks.addAll(assessments.checkImport(rows));
            for (int i = 0; i < rows.size(); i++) {
                ImportCheck check = checks.get(i);
                if (!check.ok()) {
                    problems.add(problem(rowLines.get(i), cellOf(check.problemKey()), check.problemKey(),
                            check.problemArguments().toArray()));
                }
            }
            problems.sort(Comparator.comparing(SheetProblem::sheet).thenComparingInt(SheetProblem::row));
            names.putAll(lookup.names(rows.stream().map(NewAssessment::personId).distinct().toList()));
        }

        /** Refused: the sheet's problems counted, those found against what is stored among them. */
        UserFacingException refusal() {
            if (checks.isEmpty() && !rows.isEmpty()) {
                checkAgainstStored();
            }
            return new UserFacingException("sheets.error.has-problems", problems.size());
        }

        /** The assessment a line says, or {@code null} with its problems added. */
        private NewAssessment row(LongSheet.Line line, Map<String, Long> ids, Catalogue catalogue,
                LocalDate today) {
            int before = problems.size();
            String key = required(line, SheetColumns.PERSON);
            Long personId = key == null ? null : ids.get(key);
            if (key != null && personId == null) {
                problems.add(problem(line, SheetColumns.PERSON, "sheets.error.unknown-person", key));
            }
            CatalogueItem item = item(line, catalogue);
            String level = required(line, SheetColumns.LEVEL);
            AssessmentKind kind = null;
            String kindText = required(line, SheetColumns.KIND);
            if (kindText != null) {
                kind = kinds.computeIfAbsent(kindText, LongSheet::kind);
                if (kind == null) {
                    problems.add(problem(line, SheetColumns.KIND, "sheets.error.unknown-kind", kindText));
                }
            }
            LocalDate day = today;
            String dateText = line.value(SheetColumns.DATE);
            if (dateText != null) {
                day = dates.computeIfAbsent(dateText, LongSheet::date);
                if (day == null) {
                    problems.add(problem(line, SheetColumns.DATE, "sheets.error.not-a-date", dateText));
                }
            }
            if (problems.size() > before || item == null) {
                return null;
            }
            return new NewAssessment(personId, new ItemRef(item.family(), item.itemCode()), kind,
                    levelOf(item, level), line.value(SheetColumns.EVIDENCE), day, null);
        }

        private String required(LongSheet.Line line, SheetColumns column) {
            String value = line.value(column);
            if (value == null) {
                problems.add(problem(line, column, "sheets.error.missing." + column.key()));
            }
            return value;
        }

        /** The item a line names: by code within its framework (family or name), or by code alone if unique. */
        private CatalogueItem item(LongSheet.Line line, Catalogue catalogue) {
            String code = required(line, SheetColumns.ITEM);
            if (code == null) {
                return null;
            }
            String framework = line.value(SheetColumns.FRAMEWORK);
            List<CatalogueItem> matches = catalogue.named(code, framework);
            if (matches.size() == 1) {
                return matches.getFirst();
            }
            if (matches.isEmpty()) {
                problems.add(problem(line, SheetColumns.ITEM, "sheets.error.unknown-item", code,
                        framework == null ? "" : framework));
            } else {
                problems.add(problem(line, SheetColumns.FRAMEWORK, "sheets.error.which-framework", code));
            }
            return null;
        }

        ImportPreview preview() {
            int added = 0;
            int changed = 0;
            int unchanged = 0;
            List<ImportPreview.Change> changes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ImportCheck check = checks.get(i);
                if (!check.ok()) {
                    continue;
                }
                NewAssessment row = rows.get(i);
                LongSheet.Line line = rowLines.get(i);
                switch (check.status()) {
                    case NEW -> added++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
                if (check.stores()) {
                    CatalogueItem item = items.get(row.item());
                    changes.add(new ImportPreview.Change(line.sheet(), line.row(), names.get(row.personId()),
                            item.itemCode(), item.itemName(), row.kind(), row.assessedOn(), check.previousLevel(),
                            row.levelCode(), check.status()));
                }
            }
            return new ImportPreview(fileName, checksum, added, changed, unchanged, changes, List.copyOf(problems));
        }
    }

    /**
     * The tenant's skills and criteria, found by code (in any case) and framework (its family or its
     * name, as people write it): looked up once per distinct code and framework, as a sheet repeats them.
     */
    private static final class Catalogue {

        private final List<CatalogueItem> items;
        private final Map<String, List<CatalogueItem>> byCode = new HashMap<>();
        private final Map<List<String>, List<CatalogueItem>> found = new HashMap<>();

        Catalogue(List<CatalogueItem> items) {
            this.items = items;
            items.forEach(item -> byCode.computeIfAbsent(item.itemCode().toLowerCase(Locale.ROOT),
                    code -> new ArrayList<>()).add(item));
        }

        List<CatalogueItem> named(String code, String framework) {
            return found.computeIfAbsent(Arrays.asList(code, framework), key -> {
                String plain = framework == null ? null : SheetColumns.plain(framework);
                return byCode.getOrDefault(code.toLowerCase(Locale.ROOT), List.of()).stream()
                        .filter(item -> framework == null || item.family().equalsIgnoreCase(framework)
                                || SheetColumns.plain(item.frameworkName()).equals(plain))
                        .toList();
            });
        }
    }

    /** The level as the item writes it: sheets bring bands in any case. */
    private static String levelOf(CatalogueItem item, String level) {
        return item.levelCodes().stream().filter(code -> code.equalsIgnoreCase(level)).findFirst().orElse(level);
    }

    /** Which column a problem found by the assessment checks is about. */
    private static SheetColumns cellOf(String problemKey) {
        return switch (problemKey) {
            case "assessment.error.unknown-item" -> SheetColumns.ITEM;
            case "assessment.error.level-not-defined" -> SheetColumns.LEVEL;
            case "assessment.error.future-date" -> SheetColumns.DATE;
            case "assessment.error.evidence-too-long" -> SheetColumns.EVIDENCE;
            default -> SheetColumns.PERSON;
        };
    }

    private static SheetProblem problem(LongSheet.Line line, SheetColumns column, String key, Object... arguments) {
        return new SheetProblem(line.sheet(), line.cell(column), line.row(), key, List.of(arguments));
    }

    /** What an import did, for the audit log: the rows read and what storing them changed. */
    static String auditText(int rows, ImportCounts counts) {
        return AdminChange.word("audit.word.rows") + ": " + rows + "; " + AdminChange.word("audit.word.new") + ": "
                + counts.added() + ", " + AdminChange.word("audit.word.changed") + ": " + counts.changed() + ", "
                + AdminChange.word("audit.word.unchanged") + ": " + counts.unchanged();
    }

    private static String clip(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload.xlsx" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
