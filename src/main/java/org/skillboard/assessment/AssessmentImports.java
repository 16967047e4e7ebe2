package org.skillboard.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillboard.base.UserFacingException;
import org.skillboard.excel.Progress;
import org.skillboard.framework.FrameworkService;
import org.skillboard.people.PeopleService;
import org.skillboard.people.PersonLookup;
import org.skillboard.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of many assessments at once (an uploaded sheet): checked row by row first, then stored all or
 * none, in bulk. Each row is checked for who may record it, as on the screens (a tenant admin may import
 * anyone's), so the rows may name any of the tenant's people.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentImports {

    private final AssessmentRepository assessments;
    private final AssessmentPeriodRepository periods;
    private final AssessmentSettingsRepository settings;
    private final AssessmentBulkAdd bulk;
    private final PeopleService people;
    private final PersonLookup lookup;
    private final FrameworkService frameworks;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AssessmentImports(AssessmentRepository assessments, AssessmentPeriodRepository periods,
            AssessmentSettingsRepository settings, AssessmentBulkAdd bulk, PeopleService people, PersonLookup lookup,
            FrameworkService frameworks, PlatformTransactionManager transactions, Clock clock) {
        this.assessments = assessments;
        this.periods = periods;
        this.settings = settings;
        this.bulk = bulk;
        this.people = people;
        this.lookup = lookup;
        this.frameworks = frameworks;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Checks imported assessments (an uploaded sheet) row by row without storing anything:
     * whether the user may record each one, whether its item and level exist, and what
     * storing it would do. Rows are checked against what is stored and against the rows
     * before them, so a sheet that repeats itself is counted once.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<ImportCheck> checkImport(List<NewAssessment> rows) {
        return checks(new ImportPlan(rows, LocalDate.now(clock)));
    }

    /**
     * Stores imported assessments, all or none: refused if any row has a problem; rows
     * that change nothing are left out, so importing the same sheet twice stores it once.
     * Imports of one tenant take turns, so two racing uploads never interleave; read
     * committed, so that the one that waited reads what the other stored (under MariaDB's
     * default, repeatable read, it would read what was there when its transaction first read).
     * The caller that owns the transaction (an upload's confirm) must run it so too.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportCounts importAll(List<NewAssessment> rows) {
        return importAll(rows, Progress.NONE);
    }

    /**
     * {@link #importAll(List)}, telling {@code progress} how many assessments were inserted so
     * far, and of how many.
     */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportCounts importAll(List<NewAssessment> rows, Progress progress) {
        makeSettingsRow();
        settings.lockForImport().orElseThrow(() -> new IllegalStateException("The tenant has no settings row"));
        ImportPlan plan = new ImportPlan(rows, LocalDate.now(clock));
        List<ImportCheck> checks = checks(plan);
        if (checks.stream().anyMatch(check -> !check.ok())) {
            throw new UserFacingException("assessment.error.import-has-problems");
        }
        Long assessor = CurrentUser.require().personId();
        List<AssessmentPeriod> allPeriods = periods.inUse();
        List<Assessment> candidates = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!checks.get(i).stores()) {
                continue;
            }
            NewAssessment row = rows.get(i);
            LocalDate day = plan.day(row);
            Long periodId = allPeriods.stream().filter(period -> period.contains(day)).findFirst()
                    .map(AssessmentPeriod::getId).orElse(null);
            candidates.add(new Assessment(row.personId(), row.item(), row.kind(), row.levelCode(), day, assessor,
                    periodId, null, Assessment.evidence(row.evidence())));
            if (checks.get(i).status() == ImportCheck.Status.NEW) {
                added++;
            } else {
                changed++;
            }
        }
        int storing = candidates.size();
        progress.update(Progress.Step.STORING, 0, storing);
        bulk.add(plan.personIds(), candidates, false,
                stored -> progress.update(Progress.Step.STORING, stored, storing));
        return new ImportCounts(added, changed, rows.size() - added - changed);
    }

    private List<ImportCheck> checks(ImportPlan plan) {
        return plan.checks(lookup, frameworks, assessments, () -> new ImportPlan.Permissions(people,
                () -> settings.rules().peerAssessments()));
    }

    /**
     * The tenant's settings row, what imports take turns on, made (with the defaults) before
     * its first import locks it, in a transaction of its own: two first imports at once would
     * otherwise both insert it, and one fail on the unique tenant.
     */
    private void makeSettingsRow() {
        if (settings.findFirstBy().isPresent()) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> settings.save(new AssessmentSettings(
                    AssessmentRules.DEFAULT.reviewIntervalMonths(), AssessmentRules.DEFAULT.peerAssessments())));
        } catch (DataIntegrityViolationException e) {
            // another import made it at the same moment: it is there to take turns on
        }
    }
}
