package org.skillboard.onboarding;

import org.skillboard.assessment.AssessmentReads;
import org.skillboard.framework.FrameworkService;
import org.skillboard.jobprofile.JobProfileService;
import org.skillboard.people.PeopleCounts;
import org.skillboard.people.PeopleService;
import org.skillboard.security.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far the tenant has come in setting itself up, for the checklist on its admin's start page: a few counts. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class GettingStarted {

    private final PeopleService people;
    private final AccountService accounts;
    private final FrameworkService frameworks;
    private final JobProfileService jobProfiles;
    private final AssessmentReads assessments;

    GettingStarted(PeopleService people, AccountService accounts, FrameworkService frameworks,
            JobProfileService jobProfiles, AssessmentReads assessments) {
        this.people = people;
        this.accounts = accounts;
        this.frameworks = frameworks;
        this.jobProfiles = jobProfiles;
        this.assessments = assessments;
    }

    public Checklist checklist() {
        PeopleCounts counts = people.counts();
        return new Checklist(counts.teams(), counts.people(), accounts.countAccounts(), frameworks.countInUse(),
                jobProfiles.countProfiles(), assessments.countAssessments());
    }

    /**
     * The tenant's counts, and which steps are done. The first administrator's own account comes with the
     * tenant, so logins are done once there is a second account.
     */
    public record Checklist(long teams, long people, long accounts, long frameworks, long jobProfiles,
            long assessments) {

        public boolean hasTeams() {
            return teams > 0;
        }

        public boolean hasPeople() {
            return people > 0;
        }

        public boolean hasLogins() {
            return accounts > 1;
        }

        public boolean hasFrameworks() {
            return frameworks > 0;
        }

        public boolean hasJobProfiles() {
            return jobProfiles > 0;
        }

        public boolean hasAssessments() {
            return assessments > 0;
        }

        public boolean done() {
            return hasTeams() && hasPeople() && hasLogins() && hasFrameworks() && hasJobProfiles()
                    && hasAssessments();
        }
    }
}
