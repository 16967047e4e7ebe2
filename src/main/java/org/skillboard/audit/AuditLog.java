package org.skillboard.audit;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant administrator reads her tenant's audit log: every administrative change made in it, newest first,
 * filtered by actor, kind, days and subject. Only her tenant's entries: Hibernate's tenant filter applies to
 * every query. Nothing here writes; entries cannot be changed or removed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('TENANT_ADMIN')")
public class AuditLog implements AuditReads {

    private final AuditEntryRepository entries;

    AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public Slice<AuditRecord> entries(AuditFilter filter, Pageable page) {
        return entries.find(filter, page);
    }

    @Override
    public long count(AuditFilter filter) {
        return entries.count(filter);
    }

    @Override
    public long eachEntry(AuditFilter filter, Consumer<AuditRecord> each) {
        return handOver(entries.stream(filter), each);
    }

    static long handOver(Stream<AuditRecord> records, Consumer<AuditRecord> each) {
        long count = 0;
        try (records) {
            for (AuditRecord record : (Iterable<AuditRecord>) records::iterator) {
                each.accept(record);
                count++;
            }
        }
        return count;
    }
}
