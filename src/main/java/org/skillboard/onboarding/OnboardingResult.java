package org.skillboard.onboarding;

import java.util.List;

/** What a confirmed workbook stored, and the invitations for its new logins, for the admin to pass on. */
public record OnboardingResult(String fileName, int teams, int people, int memberships,
        List<IssuedInvitation> invitations) {

    public OnboardingResult {
        invitations = List.copyOf(invitations);
    }
}
