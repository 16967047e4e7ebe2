/**
 * The tenant administrator's accounts page: who can sign in, invitations, resets,
 * roles. The rules live in {@code security.AccountAdministration}; this feature only
 * brings accounts and people together on screen.
 */
package org.skillboard.accounts;
