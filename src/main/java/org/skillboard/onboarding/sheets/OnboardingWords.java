package org.skillboard.onboarding.sheets;

import org.skillboard.people.TeamRole;

/** What a cell of the People sheet says about a role or a yes-or-no question, in any of the app's languages. */
public final class OnboardingWords {

    private OnboardingWords() {
    }

    /** Lead or member; {@code null} if the text is neither. */
    public static TeamRole role(String text) {
        if (Words.means(text, "lead", "onboarding.role.lead")) {
            return TeamRole.LEAD;
        }
        if (Words.means(text, "member", "onboarding.role.member")) {
            return TeamRole.MEMBER;
        }
        return null;
    }

    /** Yes or no (also {@code TRUE}/{@code FALSE} of a truth-value cell, 1 and 0); {@code null} if neither. */
    public static Boolean yesOrNo(String text) {
        if (Words.means(text, "yes", "onboarding.yes") || Words.means(text, "true", "onboarding.yes")
                || "1".equals(text)) {
            return Boolean.TRUE;
        }
        if (Words.means(text, "no", "onboarding.no") || Words.means(text, "false", "onboarding.no")
                || "0".equals(text)) {
            return Boolean.FALSE;
        }
        return null;
    }
}
