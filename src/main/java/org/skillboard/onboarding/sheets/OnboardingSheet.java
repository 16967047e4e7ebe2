package org.skillboard.onboarding.sheets;

import java.util.Arrays;
import java.util.List;

/** The two sheets an onboarding workbook is read from; any other sheet (instructions, notes) is left alone. */
public enum OnboardingSheet {
    TEAMS("teams", "onboarding.sheet.teams"),
    PEOPLE("people", "onboarding.sheet.people");

    private final String key;
    private final String nameKey;

    OnboardingSheet(String key, String nameKey) {
        this.key = key;
        this.nameKey = nameKey;
    }

    /** The translation key of the sheet's name. */
    public String nameKey() {
        return nameKey;
    }

    public List<OnboardingColumn> columns() {
        return Arrays.stream(OnboardingColumn.values()).filter(column -> column.sheet() == this).toList();
    }

    /** The sheet a tab's name stands for, in any of the app's languages; {@code null} for any other tab. */
    static OnboardingSheet named(String name) {
        for (OnboardingSheet sheet : values()) {
            if (Words.means(name, sheet.key, sheet.nameKey)) {
                return sheet;
            }
        }
        return null;
    }
}
