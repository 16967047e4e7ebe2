package org.skillboard.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.CatalogueItem;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records assessments one at a time, as people make them on the screens. Members assess themselves, team
 * leads the people in their teams (and may accept a self-assessment as it is), peers each other where the
 * tenant allows it. Nothing is overwritten: every assessment stays in the history and the newest per
 * person, item and kind is the current one.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentRecording {

    private final AssessmentRepository assessments;
    private final AssessmentPeriodRepository periods;
    private final AssessmentAccess access;
    private final HistoryEntries entries;
    private final FrameworkService frameworks;
    private final Clock clock;

    AssessmentRecording(AssessmentRepository assessments, AssessmentPeriodRepository periods, AssessmentAccess access,
            HistoryEntries entries, FrameworkService frameworks, Clock clock) {
        this.assessments = assessments;
        this.periods = periods;
        this.access = access;
        this.entries = entries;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /** Records one assessment, if the signed-in user may make it. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    @Transactional
    public AssessmentEntry record(NewAssessment input) {
        access.checkMayAssess(input.personId(), input.kind());
        checkLevel(input.item(), input.levelCode());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = input.assessedOn() == null ? today : input.assessedOn();
        if (day.isAfter(today)) {
            throw new UserFacingException("assessment.error.future-date");
        }
        Long periodId = input.periodId();
        if (periodId != null && periods.findById(periodId).filter(period -> !period.isArchived()).isEmpty()) {
            throw new UserFacingException("assessment.error.no-period");
        }
        if (periodId == null) {
            periodId = periods.containing(day).map(AssessmentPeriod::getId).orElse(null);
        }
        Assessment saved = save(new Assessment(input.personId(), input.item(), input.kind(), input.levelCode(), day,
                CurrentUser.require().personId(), periodId, null, Assessment.evidence(input.evidence())));
        return entries.of(List.of(saved)).getFirst();
    }

    /** A team lead takes the person's current self-assessment as her own assessment. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD')")
    @Transactional
    public AssessmentEntry acceptSelfAssessment(long personId, ItemRef item) {
        access.checkMayAssess(personId, AssessmentKind.MANAGER);
        Assessment self = assessments.findLatest(personId, item, AssessmentKind.SELF).stream()
                .max(Comparator.comparing(Assessment::getAssessedOn).thenComparing(Assessment::getRecordedAt))
                .orElseThrow(() -> new UserFacingException("assessment.error.no-self-assessment"));
        checkLevel(item, self.getLevelCode());
        LocalDate today = LocalDate.now(clock);
        Long periodId = periods.containing(today).map(AssessmentPeriod::getId).orElse(self.getPeriodId());
        Assessment saved = save(new Assessment(personId, item, AssessmentKind.MANAGER, self.getLevelCode(), today,
                CurrentUser.require().personId(), periodId, self.getId(), null));
        return entries.of(List.of(saved)).getFirst();
    }

    /** The periods an assessment may be recorded in (those in use), newest first. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public List<PeriodSummary> periods() {
        return periods.inUse().stream().map(AssessmentPeriod::summary).toList();
    }

    /** What the signed-in user may record for this person: none, or some of self, manager, peer. */
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'TEAM_LEAD', 'MEMBER')")
    public Set<AssessmentKind> kindsIMayRecord(long personId) {
        Set<AssessmentKind> kinds = EnumSet.noneOf(AssessmentKind.class);
        for (AssessmentKind kind : AssessmentKind.values()) {
            if (access.mayAssess(personId, kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Stores one assessment: the latest of its kind unless a newer one is stored, and shown by the rules. */
    private Assessment save(Assessment fresh) {
        List<Assessment> ofItem = new ArrayList<>(assessments.findLatestOfItem(fresh.getPersonId(), fresh.item()));
        List<Assessment> current = ofItem.stream().filter(row -> row.getKind() == fresh.getKind()).toList();
        boolean newest = current.stream().allMatch(previous -> LatestAndShown.isNewer(fresh, previous));
        if (newest) {
            current.forEach(previous -> previous.setLatest(false));
        }
        fresh.setLatest(newest);
        ofItem.add(fresh);
        LatestAndShown.markShown(ofItem);
        return assessments.save(fresh);
    }

    private void checkLevel(ItemRef ref, String levelCode) {
        CatalogueItem item = frameworks.catalogue().stream()
                .filter(candidate -> candidate.family().equals(ref.family())
                        && candidate.itemCode().equals(ref.itemCode()))
                .findFirst()
                .orElseThrow(() -> new UserFacingException("assessment.error.unknown-item", ref.itemCode()));
        if (levelCode == null || !item.defines(levelCode)) {
            throw new UserFacingException("assessment.error.level-not-defined", String.valueOf(levelCode),
                    item.itemName(), String.join(", ", item.levelCodes()));
        }
    }
}
