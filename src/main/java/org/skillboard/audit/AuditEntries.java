package org.skillboard.audit;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.skillboard.base.AdminChange;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reads a log, the tenant's or the platform's: it has no method that writes, because entries are only ever
 * persisted, by {@link AuditRecorder}. Every filter is left out when its parameter is null; newest first. Both
 * tables are indexed on their time, and on kind and time, so a page of the newest entries reads a page of the
 * index.
 */
@NoRepositoryBean
interface AuditEntries<T> extends Repository<T, Long> {

    String RECORD = "new org.skillboard.audit.AuditRecord(e.id, e.facts.occurredAt, e.facts.actorLogin,"
            + " e.facts.actorName, e.facts.kind, e.facts.action, e.facts.subject, e.facts.before, e.facts.after,"
            + " e.tenantId)";

    String WHERE = " where (:kind is null or e.facts.kind = :kind)"
            + " and (:since is null or e.facts.occurredAt >= :since)"
            + " and (:until is null or e.facts.occurredAt < :until)"
            + " and (:actor is null or lower(e.facts.actorName) like :actor escape '!'"
            + " or lower(e.facts.actorLogin) like :actor escape '!')"
            + " and (:subject is null or lower(e.facts.subject) like :subject escape '!')";

    String NEWEST_FIRST = " order by e.facts.occurredAt desc, e.id desc";

    @Query("select " + RECORD + " from #{#entityName} e" + WHERE + NEWEST_FIRST)
    Slice<AuditRecord> find(@Param("kind") AdminChange.Kind kind, @Param("since") Instant since,
            @Param("until") Instant until, @Param("actor") String actor, @Param("subject") String subject,
            Pageable page);

    @Query("select count(e) from #{#entityName} e" + WHERE)
    long count(@Param("kind") AdminChange.Kind kind, @Param("since") Instant since, @Param("until") Instant until,
            @Param("actor") String actor, @Param("subject") String subject);

    /** Every entry the filter keeps, newest first, handed over by the database a thousand rows at a time. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("select " + RECORD + " from #{#entityName} e" + WHERE + NEWEST_FIRST)
    Stream<AuditRecord> stream(@Param("kind") AdminChange.Kind kind, @Param("since") Instant since,
            @Param("until") Instant until, @Param("actor") String actor, @Param("subject") String subject);

    default Slice<AuditRecord> find(AuditFilter filter, Pageable page) {
        return find(filter.kind(), filter.since(), filter.until(), filter.actorPattern(), filter.subjectPattern(),
                page);
    }

    default long count(AuditFilter filter) {
        return count(filter.kind(), filter.since(), filter.until(), filter.actorPattern(), filter.subjectPattern());
    }

    default Stream<AuditRecord> stream(AuditFilter filter) {
        return stream(filter.kind(), filter.since(), filter.until(), filter.actorPattern(), filter.subjectPattern());
    }
}
