/**
 * Onboarding a tenant: people, teams, memberships and logins from one workbook, previewed by sheet and
 * cell and stored all or nothing; and the getting-started checklist an empty tenant's admin sees.
 */
package org.skillboard.onboarding;
