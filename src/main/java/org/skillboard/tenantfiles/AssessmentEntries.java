package org.skillboard.tenantfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.assessment.AssessmentProvisioning;
import org.skillboard.assessment.AssessmentSettingsService;
import org.skillboard.assessment.ProvisionedAssessment;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.people.PeopleProvisioning;
import org.skillboard.people.TeamRole;
import org.skillboard.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the assessment side of a tenant file: its settings and periods with the rest of
 * the tenant, then, once the frameworks are loaded, the generated team and the
 * assessments, in one transaction. An assessment level that names an unknown item or a
 * level its item does not define is reported with file and line and left out; the rest
 * loads. The assessments are applied again only when tenant.yaml or the assessments file
 * changed since they were last applied in full, and adding them again adds nothing; the
 * generated team is written again only when what it generates changed.
 */
@Component
class AssessmentEntries {

    /** The row of tenant_file_state that remembers what the assessments were last applied from. */
    static final String STATE = "assessments";
    /** The row that remembers what the generated team was last made of, so that it is not written again. */
    static final String GENERATED_STATE = "generated-team";
    private static final Logger log = LoggerFactory.getLogger(AssessmentEntries.class);

    private final AssessmentProvisioning assessments;
    private final AssessmentSettingsService settings;
    private final FrameworkService frameworks;
    private final PeopleProvisioning people;
    private final JobProfileService jobProfiles;
    private final TenantFileStateRepository states;
    private final TransactionTemplate tx;
    private final Clock clock;

    AssessmentEntries(AssessmentProvisioning assessments, AssessmentSettingsService settings,
            FrameworkService frameworks, PeopleProvisioning people,
            JobProfileService jobProfiles, TenantFileStateRepository states, TransactionTemplate tx, Clock clock) {
        this.assessments = assessments;
        this.settings = settings;
        this.frameworks = frameworks;
        this.people = people;
        this.jobProfiles = jobProfiles;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
    }

    /** What loading the assessments did. */
    record Result(boolean applied, List<String> problems) {
        static final Result NOTHING = new Result(false, List.of());
    }

    /** The settings and periods; runs in the transaction that applies the tenant's content. */
    void applySettingsAndPeriods(TenantFile file) {
        if (file.assessmentSettings() != null) {
            settings.provisionRules(file.assessmentSettings().reviewIntervalMonths(),
                    file.assessmentSettings().peerAssessments());
        }
        for (TenantFile.PeriodEntry period : file.periods()) {
            settings.provisionPeriod(period.key(), period.name(), period.starts(), period.ends());
        }
    }

    /**
     * The generated team and the assessments, unless they were applied in full from the
     * same files before.
     *
     * @param label names tenant.yaml in messages
     * @param checksum of tenant.yaml and the assessments file together
     */
    Result apply(long tenantId, String label, TenantFile file, String checksum) {
        if (file.assessments().isEmpty() && file.generatedTeam() == null) {
            return Result.NOTHING;
        }
        try {
            Result result = SystemIdentity.callInTenant(tenantId, () -> tx.execute(status ->
                    matches(STATE, checksum) ? Result.NOTHING : applyInTransaction(label, file, checksum)));
            result.problems().forEach(problem -> log.error("Assessments not loaded in full: {}", problem));
            return result;
        } catch (RuntimeException e) {
            log.error("The assessments of tenant {} were not loaded: {}", file.slug(), e.getMessage(), e);
            String where = file.assessmentsFile() != null ? file.assessmentsFile() : label;
            return new Result(false, List.of(where + ":1: the assessments were not loaded: " + e.getMessage()));
        }
    }

    private Result applyInTransaction(String label, TenantFile file, String checksum) {
        long started = System.nanoTime();
        Map<ItemRef, CatalogueItem> catalogue = new HashMap<>();
        for (CatalogueItem item : frameworks.catalogue()) {
            catalogue.put(new ItemRef(item.family(), item.itemCode()), item);
        }
        List<String> problems = new ArrayList<>();
        List<ProvisionedAssessment> rows = fromFile(file, catalogue, problems);
        int fromFile = rows.size();
        String generatedChecksum = null;
        if (file.generatedTeam() != null) {
            Generated generated = generate(file, catalogue);
            // the team as it was last written in full needs no writing again (a thousand people and their
            // assessments take seconds to compare); a new seed, size, item or day that has come does
            if (!matches(GENERATED_STATE, generated.checksum())) {
                List<String> teamProblems = write(label, file, generated);
                problems.addAll(teamProblems);
                rows.addAll(generated.assessments());
                generatedChecksum = teamProblems.isEmpty() ? generated.checksum() : null;
            }
        }
        int added = rows.isEmpty() ? 0 : assessments.provision(rows);
        if (generatedChecksum != null) {
            remember(GENERATED_STATE, generatedChecksum);
        }
        if (problems.isEmpty()) {
            remember(STATE, checksum);
        }
        log.info("Tenant {}: {} assessments from its file, {} generated, {} of them new, in {} ms", file.slug(),
                fromFile, rows.size() - fromFile, added, (System.nanoTime() - started) / 1_000_000);
        return new Result(true, problems);
    }

    private boolean matches(String state, String checksum) {
        return states.findByFileName(state).map(row -> row.getChecksum().equals(checksum)).orElse(false);
    }

    private void remember(String state, String checksum) {
        states.findByFileName(state).ifPresentOrElse(row -> row.applied(checksum),
                () -> states.save(new TenantFileState(state, checksum)));
    }

    /** The file's assessments whose items and levels the tenant's frameworks define; problems for the others. */
    private static List<ProvisionedAssessment> fromFile(TenantFile file, Map<ItemRef, CatalogueItem> catalogue,
            List<String> problems) {
        List<ProvisionedAssessment> rows = new ArrayList<>();
        for (TenantFile.AssessmentEntry entry : file.assessments()) {
            for (TenantFile.LevelEntry level : entry.levels()) {
                int slash = level.item().indexOf('/');
                ItemRef ref = new ItemRef(level.item().substring(0, slash), level.item().substring(slash + 1));
                CatalogueItem item = catalogue.get(ref);
                if (item == null) {
                    problems.add(problem(file, level, "no item “" + level.item() + "” in the tenant's frameworks;"
                            + " this level was not loaded"));
                } else if (!item.defines(level.level())) {
                    problems.add(problem(file, level, "“" + level.level() + "” is not a level of " + level.item()
                            + " (" + item.itemName() + " has " + String.join(", ", item.levelCodes())
                            + "); this level was not loaded"));
                } else {
                    rows.add(new ProvisionedAssessment(entry.personKey(), ref, entry.kind(), level.level(),
                            entry.date(), entry.assessorKey(), entry.periodKey(), level.evidence()));
                }
            }
        }
        return rows;
    }

    private static String problem(TenantFile file, TenantFile.LevelEntry level, String message) {
        return new YamlProblem(file.assessmentsFile(), level.line(), level.field(), message).toString();
    }

    /** The generated team's people and assessments, made up but not yet written. */
    private record Generated(List<PeopleProvisioning.PersonData> people, List<ProvisionedAssessment> assessments,
            String checksum) {
    }

    /** Makes up the generated team; cheap, as it writes nothing. */
    private Generated generate(TenantFile file, Map<ItemRef, CatalogueItem> catalogue) {
        TenantFile.GeneratedTeamEntry entry = file.generatedTeam();
        GeneratedTeam team = new GeneratedTeam(entry);
        TenantFile.JobProfileEntry profile = file.jobProfiles().stream()
                .filter(candidate -> candidate.key().equals(entry.jobProfile())).findFirst().orElseThrow();
        List<PeopleProvisioning.PersonData> generated = team.people(file.locale()).stream()
                .map(person -> new PeopleProvisioning.PersonData(person.key(), person.name(), null, profile.name()))
                .toList();

        List<GeneratedTeam.Item> required = new ArrayList<>();
        profile.requires().forEach((ref, level) -> {
            int slash = ref.indexOf('/');
            CatalogueItem item = catalogue.get(new ItemRef(ref.substring(0, slash), ref.substring(slash + 1)));
            if (item != null) {
                required.add(new GeneratedTeam.Item(new ItemRef(item.family(), item.itemCode()), item.levelCodes(),
                        level));
            }
        });
        List<GeneratedTeam.Item> all = catalogue.values().stream()
                .map(item -> new GeneratedTeam.Item(new ItemRef(item.family(), item.itemCode()), item.levelCodes(),
                        null))
                .toList();
        List<TenantFile.PeriodEntry> periods = file.periods().stream()
                .filter(period -> entry.periods().contains(period.key())).toList();
        List<ProvisionedAssessment> rows = team.assessments(GeneratedTeam.items(required, all), periods,
                LocalDate.now(clock));

        StringBuilder content = new StringBuilder(entry.key()).append('\n').append(entry.name()).append('\n')
                .append(entry.lead()).append('\n').append(entry.jobProfile()).append('\n');
        generated.forEach(person -> content.append(person).append('\n'));
        rows.forEach(row -> content.append(row).append('\n'));
        return new Generated(generated, rows, Checksums.sha256(content.toString()));
    }

    /** Writes the generated people, their team and their job profile; gives the problems. */
    private List<String> write(String label, TenantFile file, Generated generated) {
        List<String> problems = new ArrayList<>();
        TenantFile.GeneratedTeamEntry entry = file.generatedTeam();
        Map<String, Long> ids = people.people(generated.people());
        people.team(entry.key(), entry.name());
        people.memberships(entry.key(), ids.keySet(), TeamRole.MEMBER);
        people.membership(entry.key(), entry.lead(), TeamRole.LEAD);
        if (!jobProfiles.provisionAssignments(ids.values(), entry.jobProfile())) {
            problems.add(label + ":" + entry.line() + ": generated-team: the job profile “" + entry.jobProfile()
                    + "” was not loaded, so the generated people have none");
        }
        return problems;
    }
}
