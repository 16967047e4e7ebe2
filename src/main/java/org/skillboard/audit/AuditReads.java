package org.skillboard.audit;

import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Reading one audit log: a tenant's ({@link AuditLog}) or the platform's ({@link PlatformAuditLog}). */
public interface AuditReads {

    /** One page of the entries the filter keeps, newest first. */
    Slice<AuditRecord> entries(AuditFilter filter, Pageable page);

    /** How many entries the filter keeps. */
    long count(AuditFilter filter);

    /**
     * Hands every entry the filter keeps to {@code each}, newest first, as the database reads them (for an
     * export: nothing is held in memory).
     *
     * @return how many entries were handed over
     */
    long eachEntry(AuditFilter filter, Consumer<AuditRecord> each);
}
