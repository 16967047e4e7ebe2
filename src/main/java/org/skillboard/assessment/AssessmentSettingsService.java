package org.skillboard.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.skillboard.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a tenant runs assessments: its rules (when an assessment becomes stale, whether peers assess) and its
 * assessment periods. Everyone reads them; a tenant admin changes them, and so do the tenant's files.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentSettingsService {

    private static final Pattern PERIOD_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final AssessmentSettingsRepository settings;
    private final AssessmentPeriodRepository periods;

    AssessmentSettingsService(AssessmentSettingsRepository settings, AssessmentPeriodRepository periods) {
        this.settings = settings;
        this.periods = periods;
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public AssessmentRules rules() {
        return settings.rules();
    }

    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public AssessmentRules changeRules(int reviewIntervalMonths, boolean peerAssessments) {
        return applyRules(reviewIntervalMonths, peerAssessments);
    }

    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<PeriodSummary> periods() {
        return periods.findAllByOrderByStartsOnDesc().stream().map(AssessmentPeriod::summary).toList();
    }

    /** Creates the period with this key, or renames and re-dates it. */
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    @Transactional
    public PeriodSummary savePeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        return applyPeriod(key, name, startsOn, endsOn);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionRules(int reviewIntervalMonths, boolean peerAssessments) {
        applyRules(reviewIntervalMonths, peerAssessments);
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public void provisionPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        applyPeriod(key, name, startsOn, endsOn);
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

    private PeriodSummary applyPeriod(String key, String name, LocalDate startsOn, LocalDate endsOn) {
        if (key == null || !PERIOD_KEY.matcher(key).matches()) {
            throw new UserFacingException("assessment.error.period-key", String.valueOf(key));
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("assessment.error.period-name");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new UserFacingException("assessment.error.period-dates");
        }
        AssessmentPeriod period = periods.findByKey(key)
                .orElseGet(() -> periods.save(new AssessmentPeriod(key, name.strip(), startsOn, endsOn)));
        period.update(name.strip(), startsOn, endsOn);
        return period.summary();
    }
}
