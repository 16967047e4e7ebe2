package org.skillboard.assessment;

import java.util.Collection;
import org.skillboard.people.PeopleService;
import org.skillboard.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and who may record whose assessments: a person sees her own, her leads and the tenant's admins
 * see them too; members assess themselves, leads the people of their teams, peers each other where the
 * tenant allows it.
 */
@Component
class AssessmentAccess {

    private final PeopleService people;
    private final AssessmentSettingsRepository settings;

    AssessmentAccess(PeopleService people, AssessmentSettingsRepository settings) {
        this.people = people;
        this.settings = settings;
    }

    /** Whether the user may record this kind for this person now: never for someone who has left. */
    boolean mayAssess(long personId, AssessmentKind kind) {
        return mayAssessWhileHere(personId, kind) && people.isActive(personId);
    }

    private boolean mayAssessWhileHere(long personId, AssessmentKind kind) {
        return switch (kind) {
            case SELF -> Long.valueOf(personId).equals(CurrentUser.require().personId());
            case MANAGER -> people.leadsTeamOf(personId);
            case PEER -> settings.rules().peerAssessments() && people.sharesTeamWith(personId);
        };
    }

    /** Refused when the user may not assess her; when she has left, refused with a message that says so. */
    void checkMayAssess(long personId, AssessmentKind kind) {
        if (!mayAssessWhileHere(personId, kind)) {
            throw new AccessDeniedException("May not record a " + kind + " assessment of person " + personId);
        }
        people.checkActive(personId);
    }

    void checkMaySee(long personId) {
        if (!Long.valueOf(personId).equals(CurrentUser.require().personId()) && !people.oversees(personId)) {
            throw new AccessDeniedException("Not one of your people");
        }
    }

    /** Refused unless the user may see every one of these people (one query for a team lead). */
    void checkMaySee(Collection<Long> personIds) {
        if (!people.maySee(personIds)) {
            throw new AccessDeniedException("Not one of your people");
        }
    }
}
