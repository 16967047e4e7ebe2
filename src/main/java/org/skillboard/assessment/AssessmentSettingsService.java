package org.skillboard.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.skillboard.base.AdminChange;
import org.skillboard.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a tenant runs assessments: its rules (when an assessment becomes stale, whether peers assess) and its
 * assessment periods. Everyone reads them; a tenant admin changes them, and so do the tenant's files.
 * Periods in use never overlap, so that every day belongs to at most one; a period made by mistake is
 * archived, not deleted, and the assessments made in it keep its name.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSettingsService {

    private static final Pattern PERIOD_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final AssessmentSettingsRepository settings;
    private final AssessmentPeriodRepository periods;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentSettingsService(AssessmentSettingsRepository settings, AssessmentPeriodRepository periods,
            ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.periods = periods;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public AssessmentRules rules() {
        return settings.rules();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public AssessmentRules changeRules(int reviewIntervalMonths, boolean peerAssessments) {
        AssessmentRules before = settings.rules();
        AssessmentRules after = applyRules(reviewIntervalMonths, peerAssessments);
        if (!before.equals(after)) {
            events.publishEvent(AdminChange.of(AdminChange.Kind.SETTINGS, "changed", AdminChange.word("menu.assessment-settings"),
                    describe(before), describe(after)));
        }
        return after;
    }

    /** The periods in use, newest first. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<PeriodSummary> periods() {
        return periods.inUse().stream().map(AssessmentPeriod::summary).toList();
    }

    /** Every period, the archived ones too, newest first, for the tenant administrator. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<PeriodSummary> periodsWithArchived() {
        return periods.findAllByOrderByStartsOnDesc().stream().map(AssessmentPeriod::summary).toList();
    }

    /**
     * Creates the period with this key, or renames and re-dates it. Refused if it would end before it
     * starts or share a day with another period in use, or if the period is archived.
     */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public PeriodSummary savePeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        String before = periods.findByKey(String.valueOf(key)).map(AssessmentPeriod::describe).orElse(null);
        AssessmentPeriod period = applyPeriod(key, name, startsOn, endsOn);
        if (!period.describe().equals(before)) {
            events.publishEvent(AdminChange.of(AdminChange.Kind.PERIOD, before == null ? "created" : "changed",
                    period.getName(), before, period.describe()));
        }
        return period.summary();
    }

    /** Takes a period out of use; the assessments made in it keep its name. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public PeriodSummary archivePeriod(long periodId) {
        AssessmentPeriod period = period(periodId);
        if (!period.isArchived()) {
            period.archive(LocalDate.now(clock));
            events.publishEvent(AdminChange.of(AdminChange.Kind.PERIOD, "archived", period.getName(),
                    period.describe(), AdminChange.word("audit.word.archived")));
        }
        return period.summary();
    }

    /** Brings an archived period back, unless a period in use now shares a day with it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public PeriodSummary restorePeriod(long periodId) {
        AssessmentPeriod period = period(periodId);
        if (period.isArchived()) {
            checkNoOverlap(period.getKey(), period.getName(), period.getStartsOn(), period.getEndsOn());
            period.restore();
            events.publishEvent(AdminChange.of(AdminChange.Kind.PERIOD, "restored", period.getName(),
                    AdminChange.word("audit.word.archived"),
                    period.describe()));
        }
        return period.summary();
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionRules(int reviewIntervalMonths, boolean peerAssessments) {
        applyRules(reviewIntervalMonths, peerAssessments);
    }

    /** A period from a tenant file; one an administrator has archived stays archived. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        if (periods.findByKey(String.valueOf(key)).filter(AssessmentPeriod::isArchived).isEmpty()) {
            applyPeriod(key, name, startsOn, endsOn);
        }
    }

    private AssessmentRules applyRules(int reviewIntervalMonths, boolean peerAssessments) {
        if (reviewIntervalMonths < 1 || reviewIntervalMonths > 60) {
            throw new UserFacingException("assessment.error.review-interval", 1, 60);
        }
        AssessmentSettings row = settings.findFirstBy()
                .orElseGet(() -> settings.save(new AssessmentSettings(reviewIntervalMonths, peerAssessments)));
        row.update(reviewIntervalMonths, peerAssessments);
        return row.rules();
    }

    private AssessmentPeriod applyPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        if (key == null || !PERIOD_KEY.matcher(key).matches()) {
            throw new UserFacingException("assessment.error.period-key", String.valueOf(key));
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("assessment.error.period-name");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new UserFacingException("assessment.error.period-dates");
        }
        AssessmentPeriod existing = periods.findByKey(key).orElse(null);
        if (existing != null && existing.isArchived()) {
            throw new UserFacingException("assessment.error.period-archived", existing.getName());
        }
        checkNoOverlap(key, name.strip(), startsOn, endsOn);
        AssessmentPeriod period = existing != null ? existing
                : periods.save(new AssessmentPeriod(key, name.strip(), startsOn, endsOn));
        period.update(name.strip(), startsOn, endsOn);
        return period;
    }

    /** Refuses dates that share a day with another period in use, naming that period and both date ranges. */
    private void checkNoOverlap(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        periods.inUse().stream().filter(other -> !other.getKey().equals(key))
                .filter(other -> other.overlaps(startsOn, endsOn)).findFirst().ifPresent(other -> {
                    throw new UserFacingException("assessment.error.period-overlap", name, day(startsOn),
                            day(endsOn), other.getName(), day(other.getStartsOn()), day(other.getEndsOn()));
                });
    }

    private AssessmentPeriod period(long periodId) {
        return periods.findById(periodId)
                .orElseThrow(() -> new UserFacingException("assessment.error.period-not-found"));
    }

    /** A day as the message formats of every language format dates ({@code {1,date,long}}), in the user's locale. */
    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String describe(AssessmentRules rules) {
        return AdminChange.word("audit.word.review-months") + ": " + rules.reviewIntervalMonths() + "; "
                + AdminChange.word("audit.word.peer-assessments") + ": "
                + AdminChange.word(rules.peerAssessments() ? "audit.word.on" : "audit.word.off");
    }
}
