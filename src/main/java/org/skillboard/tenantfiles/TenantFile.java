package org.skillboard.tenantfiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillboard.assessment.AssessmentKind;

/**
 * A tenant defined as code: the content of one {@code tenants/<slug>/tenant.yaml}, validated,
 * with the assessments of the file it names.
 *
 * @param assessmentSettings how the tenant runs assessments; {@code null} when the file leaves them to the app
 * @param assessmentsFile the file the assessments come from, as named in messages; {@code null} when there is none
 * @param generatedTeam a team of generated people (demo tenants only), or {@code null}
 * @param maturity the maturity assessments of the file named by {@code maturity-assessments}, or {@code null}
 */
record TenantFile(String slug, String name, Locale locale, boolean demo, String demoPassword, List<Admin> admins,
        List<PersonEntry> people, List<TeamEntry> teams, List<String> frameworks, List<JobProfileEntry> jobProfiles,
        AssessmentSettingsEntry assessmentSettings, List<PeriodEntry> periods, String assessmentsFile,
        List<AssessmentEntry> assessments, GeneratedTeamEntry generatedTeam, MaturityFile maturity) {

    /** A tenant without assessments, periods, generated team or maturity assessments. */
    TenantFile(String slug, String name, Locale locale, boolean demo, String demoPassword, List<Admin> admins,
            List<PersonEntry> people, List<TeamEntry> teams, List<String> frameworks,
            List<JobProfileEntry> jobProfiles) {
        this(slug, name, locale, demo, demoPassword, admins, people, teams, frameworks, jobProfiles, null, List.of(),
                null, List.of(), null, null);
    }

    record Admin(String login, String name, String personKey, String passwordHash) {
    }

    record PersonEntry(String key, String name, String email, String jobTitle, String login, String passwordHash,
            String jobProfile) {
    }

    /**
     * A job profile and the level it requires per item, items named {@code family/item-code}.
     *
     * @param line where the profile starts in the file, for messages about its items
     */
    record JobProfileEntry(String key, String name, String description, Map<String, String> requires, int line) {
    }

    record TeamEntry(String key, String name, List<String> leads, List<String> members) {
    }

    /** {@code assessment-settings}: after how many months an assessment is stale, and whether peers assess. */
    record AssessmentSettingsEntry(int reviewIntervalMonths, boolean peerAssessments) {
    }

    /** An assessment period (campaign). */
    record PeriodEntry(String key, String name, LocalDate starts, LocalDate ends) {

        boolean contains(LocalDate day) {
            return !day.isBefore(starts) && !day.isAfter(ends);
        }
    }

    /**
     * One entry of the assessments file: one assessor's levels of one person on one day.
     *
     * @param periodKey the period given, or the one whose dates hold the day; {@code null} if none does
     * @param assessorKey who assessed: the person for a self-assessment, the given or default lead for a
     *        manager assessment; {@code null} when not known
     */
    record AssessmentEntry(String personKey, AssessmentKind kind, LocalDate date, String periodKey,
            String assessorKey, List<LevelEntry> levels) {
    }

    /**
     * One item's level in an assessment entry; checked against the frameworks when it is loaded.
     *
     * @param item the item as {@code family/item-code}
     * @param field and {@code line} say where the level stands in the assessments file
     */
    record LevelEntry(String item, String level, String evidence, String field, int line) {
    }

    /**
     * {@code generated-team}: a team of made-up people with made-up assessments, to show a
     * demo tenant at scale.
     *
     * @param periods the keys of the periods to generate assessments in
     */
    record GeneratedTeamEntry(String key, String name, int size, String lead, String jobProfile, long seed,
            List<String> periods, int line) {
    }

    /**
     * The maturity assessments file: the maturity model it rates units on and its completed
     * worksheets. Whether the model, its dimensions and levels exist is checked when the
     * worksheets are loaded, against the tenant's frameworks.
     *
     * @param file names the file in messages, as {@code <folder>/<name>}
     * @param model the maturity model's family, such as {@code cx-maturity}
     * @param modelLine where the file names the model
     */
    record MaturityFile(String file, String model, int modelLine, List<MaturityEntry> assessments) {
    }

    /**
     * One assessor's completed maturity worksheet for one unit on one day.
     *
     * @param teamKey the team assessed; {@code null} for the whole organisation
     * @param field and {@code line} say where the entry starts; {@code levelsLine} where its levels start
     */
    record MaturityEntry(String teamKey, String assessorKey, LocalDate date, List<MaturityLevelEntry> levels,
            String ambition, List<ChangeEntry> changes, String field, int line, int levelsLine) {
    }

    /**
     * One dimension of a maturity worksheet: the level today and in five years, as level
     * codes of the model's scale.
     *
     * @param field and {@code line} say where the levels stand in the file
     */
    record MaturityLevelEntry(String dimension, String today, String target, String field, int line) {
    }

    /** One of the critical changes a worksheet names: what must change, who owns it, and by when. */
    record ChangeEntry(String description, String owner, LocalDate due) {
    }
}
