package org.skillboard.onboarding;

/**
 * What onboarding needs of the accounts: whether a login is taken (in any tenant, as logins name their
 * tenant at sign-in) and an invitation for a new login. One port, so that the accounts service is reached
 * in one place ({@link AccountLogins}).
 */
interface Logins {

    boolean isTaken(String login);

    /** Creates the person's login and its single-use invitation link, in the caller's transaction. */
    IssuedInvitation invite(long personId, String login, boolean tenantAdmin);
}
