package org.skillboard.onboarding.sheets;

/**
 * The columns of the onboarding workbook, by sheet. A header is found by its key ({@code email}) or by its
 * text in any of the app's languages, so that a workbook filled from another language's template still reads.
 */
public enum OnboardingColumn {
    TEAM_KEY(OnboardingSheet.TEAMS, "key"),
    TEAM_NAME(OnboardingSheet.TEAMS, "name"),
    PERSON_KEY(OnboardingSheet.PEOPLE, "key"),
    PERSON_NAME(OnboardingSheet.PEOPLE, "full-name"),
    EMAIL(OnboardingSheet.PEOPLE, "email"),
    JOB_TITLE(OnboardingSheet.PEOPLE, "job-title"),
    TEAM(OnboardingSheet.PEOPLE, "team"),
    ROLE(OnboardingSheet.PEOPLE, "role"),
    LOGIN(OnboardingSheet.PEOPLE, "login"),
    TENANT_ADMIN(OnboardingSheet.PEOPLE, "tenant-admin");

    private final OnboardingSheet sheet;
    private final String key;

    OnboardingColumn(OnboardingSheet sheet, String key) {
        this.sheet = sheet;
        this.key = key;
    }

    public OnboardingSheet sheet() {
        return sheet;
    }

    String key() {
        return key;
    }

    /** The translation key of the column's header. */
    public String headerKey() {
        return "onboarding.column." + key;
    }
}
