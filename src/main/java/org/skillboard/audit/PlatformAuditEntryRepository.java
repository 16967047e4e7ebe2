package org.skillboard.audit;

/** The platform's log, read only. */
interface PlatformAuditEntryRepository extends AuditEntries<PlatformAuditEntry> {
}
