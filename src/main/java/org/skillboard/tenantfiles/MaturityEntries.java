package org.skillboard.tenantfiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillboard.base.yaml.YamlProblem;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkService;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.ProvisionedMaturityAssessment;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the maturity assessments file of a tenant file once the tenant's frameworks,
 * people and teams are loaded, in one transaction. A worksheet that names a dimension or
 * level the model does not have, leaves a dimension out or wants less in five years than
 * today is reported with file and line and left out; the others load. The worksheets are
 * applied again only when tenant.yaml or the maturity file changed since they were last
 * applied in full, and adding them again adds nothing.
 */
@Component
class MaturityEntries {

    /** The row of tenant_file_state that remembers what the maturity assessments were last applied from. */
    static final String STATE = "maturity-assessments";
    private static final Logger log = LoggerFactory.getLogger(MaturityEntries.class);

    private final MaturityService maturity;
    private final FrameworkService frameworks;
    private final TenantFileStateRepository states;
    private final TransactionTemplate tx;

    MaturityEntries(MaturityService maturity, FrameworkService frameworks, TenantFileStateRepository states,
            TransactionTemplate tx) {
        this.maturity = maturity;
        this.frameworks = frameworks;
        this.states = states;
        this.tx = tx;
    }

    /** What loading the maturity assessments did: whether they were applied, and the problems. */
    record Result(boolean applied, List<String> problems) {
        static final Result NOTHING = new Result(false, List.of());
    }

    /**
     * The worksheets of the maturity file, unless they were applied in full from the same
     * files before.
     *
     * @param checksum of tenant.yaml and the maturity file together
     */
    Result apply(long tenantId, TenantFile file, String checksum) {
        TenantFile.MaturityFile maturityFile = file.maturity();
        if (maturityFile == null) {
            return Result.NOTHING;
        }
        try {
            Result result = SystemIdentity.callInTenant(tenantId, () -> tx.execute(status ->
                    matches(checksum) ? Result.NOTHING : applyInTransaction(file.slug(), maturityFile, checksum)));
            result.problems().forEach(problem -> log.error("Maturity assessments not loaded in full: {}", problem));
            return result;
        } catch (RuntimeException e) {
            log.error("The maturity assessments of tenant {} were not loaded: {}", file.slug(), e.getMessage(), e);
            return new Result(false, List.of(maturityFile.file() + ":1: the maturity assessments were not loaded: "
                    + e.getMessage()));
        }
    }

    private Result applyInTransaction(String slug, TenantFile.MaturityFile file, String checksum) {
        List<String> problems = new ArrayList<>();
        List<FrameworkDefinition> models = frameworks.maturityModels(Locale.ROOT);
        Optional<FrameworkDefinition> model = models.stream()
                .filter(candidate -> candidate.family().equals(file.model())).findFirst();
        if (model.isEmpty()) {
            String known = models.isEmpty() ? "it has none"
                    : "it has " + models.stream().map(FrameworkDefinition::family).collect(Collectors.joining(", "));
            problems.add(new YamlProblem(file.file(), file.modelLine(), "model", "no maturity model “"
                    + file.model() + "” among the tenant's frameworks (" + known + "; a maturity model is a "
                    + "framework of kind maturity listed in frameworks of tenant.yaml); no maturity assessment was "
                    + "loaded").toString());
            return new Result(true, problems);
        }
        List<ProvisionedMaturityAssessment> rows = new ArrayList<>();
        for (TenantFile.MaturityEntry entry : file.assessments()) {
            List<String> found = check(file.file(), model.get(), entry);
            if (found.isEmpty()) {
                rows.add(new ProvisionedMaturityAssessment(model.get().family(), entry.teamKey(), entry.assessorKey(),
                        answers(entry)));
            }
            problems.addAll(found);
        }
        int added = rows.isEmpty() ? 0 : maturity.provision(rows);
        if (problems.isEmpty()) {
            remember(checksum);
        }
        log.info("Tenant {}: {} maturity assessments from its file, {} of them new", slug, rows.size(), added);
        return new Result(true, problems);
    }

    /** The problems of a worksheet against the model: each level and dimension must be the model's. */
    private static List<String> check(String fileName, FrameworkDefinition model, TenantFile.MaturityEntry entry) {
        List<String> problems = new ArrayList<>();
        String leftOut = "; this assessment was not loaded";
        Set<String> dimensions = model.items().stream().map(FrameworkDefinition.Item::code)
                .collect(Collectors.toSet());
        String scale = model.levels().stream().map(FrameworkDefinition.Level::code)
                .collect(Collectors.joining(", "));
        Set<String> rated = new java.util.HashSet<>();
        for (TenantFile.MaturityLevelEntry level : entry.levels()) {
            rated.add(level.dimension());
            if (!dimensions.contains(level.dimension())) {
                problems.add(new YamlProblem(fileName, level.line(), level.field(), "no dimension “"
                        + level.dimension() + "” in the maturity model " + model.family() + " (it has "
                        + model.items().stream().map(FrameworkDefinition.Item::code)
                                .collect(Collectors.joining(", ")) + ")" + leftOut).toString());
                continue;
            }
            int today = model.rankOf(level.today());
            int target = model.rankOf(level.target());
            if (today == 0 || target == 0) {
                String unknown = today == 0 ? level.today() : level.target();
                problems.add(new YamlProblem(fileName, level.line(), level.field(), "“" + unknown
                        + "” is not a level of the maturity model " + model.family() + " (its scale has " + scale
                        + ")" + leftOut).toString());
            } else if (target < today) {
                problems.add(new YamlProblem(fileName, level.line(), level.field(), "the level in five years ("
                        + level.target() + ") is below today's (" + level.today() + ")" + leftOut).toString());
            }
        }
        List<String> missing = model.items().stream().map(FrameworkDefinition.Item::code)
                .filter(code -> !rated.contains(code)).toList();
        if (!missing.isEmpty()) {
            problems.add(new YamlProblem(fileName, entry.levelsLine(), entry.field() + ".levels",
                    "no levels for " + String.join(", ", missing) + ": a completed worksheet rates every dimension "
                            + "of the model" + leftOut).toString());
        }
        return problems;
    }

    private static WorksheetAnswers answers(TenantFile.MaturityEntry entry) {
        Map<String, WorksheetAnswers.Choice> choices = new HashMap<>();
        entry.levels().forEach(level -> choices.put(level.dimension(),
                new WorksheetAnswers.Choice(level.today(), level.target())));
        List<WorksheetAnswers.Change> changes = entry.changes().stream()
                .map(change -> new WorksheetAnswers.Change(change.description(), change.owner(), change.due()))
                .toList();
        return new WorksheetAnswers(entry.date(), choices, entry.ambition(), changes);
    }

    private boolean matches(String checksum) {
        return states.findByFileName(STATE).map(row -> row.getChecksum().equals(checksum)).orElse(false);
    }

    private void remember(String checksum) {
        states.findByFileName(STATE).ifPresentOrElse(row -> row.applied(checksum),
                () -> states.save(new TenantFileState(STATE, checksum)));
    }
}
