package org.skillboard.security;

/** Where an account stands, as its administrator sees it. */
public enum AccountStatus {
    /** Signs in with the password she chose. */
    ACTIVE,
    /** Invited; has not opened her link and chosen a password yet. */
    INVITED,
    /** Cannot sign in until an administrator enables the account again. */
    DISABLED
}
