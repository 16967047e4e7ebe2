package org.skillboard.assessment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.LongConsumer;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.ValueBinder;

/**
 * The writes of an import of a hundred thousand assessments, in plain JDBC on the session's own connection
 * and transaction: inserts in batches, and the flags of the stored rows they displace changed by id. Through
 * the persistence context the same work took longer than the database itself: its bookkeeping per entity
 * (events, snapshots, the value bindings of every column) for the inserts, a query translation per chunk of
 * ids for the updates (decision 0013).
 *
 * <p>Everything Hibernate decides for a row is still Hibernate's: the id comes from the entity's own
 * generator (the {@code assessment_seq} pool), the tenant from the session's current tenant, and dates and
 * instants are bound by the entity's own binders, so a row written here reads back exactly as one that was
 * persisted. Every statement is limited to the session's tenant, as Hibernate limits its own. The rows are
 * not managed afterwards: callers read them back by query.
 */
final class AssessmentBulkWrites {

    private static final String INSERT = """
            insert into assessment (id, tenant_id, version, person_id, family, item_code, kind, level_code,
                assessed_on, recorded_at, assessor_id, period_id, accepted_from, evidence, latest, shown)
            values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private AssessmentBulkWrites() {
    }

    /**
     * Inserts the assessments, {@code batch} at a time, telling {@code inserted} the count after each batch.
     * Pending changes of the session must have been flushed.
     */
    static void insert(Session session, List<Assessment> assessments, int batch, LongConsumer inserted) {
        SharedSessionContractImplementor owner = session.unwrap(SharedSessionContractImplementor.class);
        EntityPersister persister = owner.getFactory().getMappingMetamodel().getEntityDescriptor(Assessment.class);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) persister.getGenerator();
        long tenant = tenantOf(owner);
        ValueBinder<Object> day = binder(persister, "assessedOn");
        ValueBinder<Object> instant = binder(persister, "recordedAt");
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < assessments.size(); i++) {
                    Assessment assessment = assessments.get(i);
                    insert.setLong(1, (Long) ids.generate(owner, assessment, null, EventType.INSERT));
                    insert.setLong(2, tenant);
                    insert.setLong(3, assessment.getPersonId());
                    insert.setString(4, assessment.item().family());
                    insert.setString(5, assessment.item().itemCode());
                    insert.setString(6, assessment.getKind().name());
                    insert.setString(7, assessment.getLevelCode());
                    day.bind(insert, assessment.getAssessedOn(), 8, owner);
                    instant.bind(insert, assessment.getRecordedAt(), 9, owner);
                    setLong(insert, 10, assessment.getAssessorId());
                    setLong(insert, 11, assessment.getPeriodId());
                    setLong(insert, 12, assessment.getAcceptedFrom());
                    if (assessment.getEvidence() == null) {
                        insert.setNull(13, Types.VARCHAR);
                    } else {
                        insert.setString(13, assessment.getEvidence());
                    }
                    insert.setBoolean(14, assessment.isLatest());
                    insert.setBoolean(15, assessment.isShown());
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i + 1 == assessments.size()) {
                        insert.executeBatch();
                        inserted.accept(i + 1);
                    }
                }
            }
        });
    }

    /** A change of flags on stored assessments, as one SQL assignment list. */
    enum FlagChange {
        NO_LONGER_LATEST_NOR_SHOWN("latest = false, shown = false"),
        NO_LONGER_LATEST("latest = false"),
        NOW_SHOWN("shown = true"),
        NO_LONGER_SHOWN("shown = false");

        private final String assignments;

        FlagChange(String assignments) {
            this.assignments = assignments;
        }
    }

    /** Changes the flags of the current tenant's assessments of these ids, {@code batch} ids per statement. */
    static void change(Session session, FlagChange change, List<Long> ids, int batch) {
        if (ids.isEmpty()) {
            return;
        }
        long tenant = tenantOf(session.unwrap(SharedSessionContractImplementor.class));
        session.doWork(connection -> {
            for (int from = 0; from < ids.size(); from += batch) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + batch));
                String sql = "update assessment set " + change.assignments + ", version = version + 1"
                        + " where tenant_id = ? and id in (" + "?, ".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setLong(1, tenant);
                    for (int i = 0; i < chunk.size(); i++) {
                        update.setLong(i + 2, chunk.get(i));
                    }
                    update.executeUpdate();
                }
            }
        });
    }

    /** The session's tenant; never the platform's root tenant, which sees every tenant's rows. */
    private static long tenantOf(SharedSessionContractImplementor session) {
        if (session.getTenantIdentifierValue() instanceof Long tenant && !session.isRootTenant()) {
            return tenant;
        }
        throw new IllegalStateException("Bulk writes run in one tenant's scope, not in "
                + session.getTenantIdentifier());
    }

    @SuppressWarnings("unchecked")
    private static ValueBinder<Object> binder(EntityPersister persister, String attribute) {
        return (ValueBinder<Object>) persister.findAttributeMapping(attribute).getSingleJdbcMapping()
                .getJdbcValueBinder();
    }

    private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }
}
