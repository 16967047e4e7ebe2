package org.skillboard.security;

/** The numbers at the top of the accounts page. */
public record AccountCounts(long total, long active, long invited, long disabled, long admins) {
}
