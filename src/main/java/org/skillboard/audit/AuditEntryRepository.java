package org.skillboard.audit;

/** A tenant's log, read only; Hibernate's tenant filter keeps it to the signed-in user's tenant. */
interface AuditEntryRepository extends AuditEntries<AuditEntry> {
}
