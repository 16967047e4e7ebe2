package org.skillboard.assessment;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.skillboard.base.BulkReads;
import org.skillboard.jobprofile.ItemRef;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends Repository<Assessment, Long> {

    Assessment save(Assessment assessment);

    long count();

    @Query("""
            select a from Assessment a where a.personId = :person and a.item = :item and a.kind = :kind
            and a.latest = true""")
    List<Assessment> findLatest(@Param("person") long personId, @Param("item") ItemRef item,
            @Param("kind") AssessmentKind kind);

    /** The rows marked latest of one person and item, every kind: what {@code shown} is chosen from. */
    @Query("select a from Assessment a where a.personId = :person and a.item = :item and a.latest = true")
    List<Assessment> findLatestOfItem(@Param("person") long personId, @Param("item") ItemRef item);

    @Query("""
            select a from Assessment a where a.personId = :person and a.item = :item
            order by a.assessedOn desc, a.recordedAt desc""")
    List<Assessment> history(@Param("person") long personId, @Param("item") ItemRef item);

    /** Current levels: one set-based read of the rows marked latest. */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.latest = true and a.personId in :people""")
    List<LevelFact> latestOf(@Param("people") Collection<Long> personIds);

    /** Current levels of one kind: the rows of that kind marked latest. */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.latest = true and a.kind = :kind and a.personId in :people""")
    List<LevelFact> latestOf(@Param("people") Collection<Long> personIds, @Param("kind") AssessmentKind kind);

    /** As {@link #latestOf(Collection, AssessmentKind)} for everyone in the tenant (see BulkReads). */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.latest = true and a.kind = :kind""")
    List<LevelFact> latestOfTenant(@Param("kind") AssessmentKind kind);

    /** The level shown per person and item (the latest manager assessment, else self): the rows marked shown. */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.shown = true and a.personId in :people""")
    List<LevelFact> shownOf(@Param("people") Collection<Long> personIds);

    /** As {@link #shownOf(Collection)} for everyone in the tenant (see BulkReads). */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.shown = true""")
    List<LevelFact> shownOfTenant();

    /** Current levels of everyone in the tenant, for large selections (see BulkReads). */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.latest = true""")
    List<LevelFact> latestOfTenant();

    /** The tenant's assessments up to a day, oldest first, for large selections (see BulkReads). */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.assessedOn <= :day
            order by a.assessedOn, a.recordedAt""")
    List<LevelFact> historyOfTenantUntil(@Param("day") LocalDate day);

    /** Every assessment of these people up to a day, oldest first, for "as it was on" and trends. */
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.personId in :people and a.assessedOn <= :day
            order by a.assessedOn, a.recordedAt""")
    List<LevelFact> historyUntil(@Param("people") Collection<Long> personIds, @Param("day") LocalDate day);

    /** The rows marked latest of these people, without loading them as entities: what bulk writes start from. */
    @Query("""
            select new org.skillboard.assessment.LatestRow(a.id, a.personId, a.item.family, a.item.itemCode, a.kind,
                a.assessedOn, a.recordedAt, a.shown)
            from Assessment a where a.latest = true and a.personId in :people""")
    List<LatestRow> latestRowsOf(@Param("people") Collection<Long> personIds);

    /** As {@link #latestRowsOf(Collection)} for everyone in the tenant (see BulkReads). */
    @Query("""
            select new org.skillboard.assessment.LatestRow(a.id, a.personId, a.item.family, a.item.itemCode, a.kind,
                a.assessedOn, a.recordedAt, a.shown)
            from Assessment a where a.latest = true""")
    List<LatestRow> latestRowsOfTenant();

    /** Every assessment of these people as level facts, streamed (read within the transaction, then closed). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a where a.personId in :people""")
    Stream<LevelFact> streamFactsOf(@Param("people") Collection<Long> personIds);

    /** As {@link #streamFactsOf(Collection)} for everyone in the tenant (see BulkReads). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("""
            select new org.skillboard.assessment.LevelFact(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn)
            from Assessment a""")
    Stream<LevelFact> streamFactsOfTenant();

    /**
     * Every assessment of these people, oldest first, as a stream the caller reads within its transaction and
     * closes: the driver fetches rows in batches instead of the whole result at once.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("""
            select new org.skillboard.assessment.StoredAssessment(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn, a.assessorId, a.periodId, a.evidence)
            from Assessment a where a.personId in :people
            order by a.assessedOn, a.recordedAt, a.id""")
    Stream<StoredAssessment> streamOf(@Param("people") Collection<Long> personIds);

    /** Every assessment of the tenant, oldest first, for large selections (see BulkReads); as {@link #streamOf}. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("""
            select new org.skillboard.assessment.StoredAssessment(a.personId, a.item.family, a.item.itemCode, a.kind,
                a.levelCode, a.assessedOn, a.assessorId, a.periodId, a.evidence)
            from Assessment a
            order by a.assessedOn, a.recordedAt, a.id""")
    Stream<StoredAssessment> streamOfTenant();

    /** One person's assessments of one kind, in the order they were recorded. */
    @Query("""
            select a from Assessment a where a.personId = :person and a.kind = :kind
            order by a.recordedAt, a.id""")
    List<Assessment> recordedOf(@Param("person") long personId, @Param("kind") AssessmentKind kind);

    @Query("select distinct a.assessorId from Assessment a where a.personId in :people and a.assessorId is not null")
    List<Long> assessorsOf(@Param("people") Collection<Long> personIds);

    @Query("select distinct a.assessorId from Assessment a where a.assessorId is not null")
    List<Long> assessorsOfTenant();

    /** The latest levels ({@code until == null}) or the history up to a day of some people. */
    default List<LevelFact> levelsOf(Collection<Long> personIds, LocalDate until) {
        if (!BulkReads.large(personIds)) {
            return until == null ? latestOf(personIds) : historyUntil(personIds, until);
        }
        return ofPeople(until == null ? latestOfTenant() : historyOfTenantUntil(until), personIds);
    }

    /** The tenant's levels of some people, for reads of the whole tenant (see BulkReads). */
    static List<LevelFact> ofPeople(List<LevelFact> all, Collection<Long> personIds) {
        Set<Long> wanted = new HashSet<>(personIds);
        return all.stream().filter(fact -> wanted.contains(fact.personId())).toList();
    }
}
