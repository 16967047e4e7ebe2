package org.skillboard.base;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction in an explicit tenant scope. Hibernate fixes a session's tenant
 * when the session opens, so the scope is opened first and the transaction is
 * always a new one: joining a caller's transaction would silently keep the
 * caller's tenant.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate newTransaction;

    TenantTransactions(PlatformTransactionManager transactions) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T inTenant(long tenantId, Supplier<T> work) {
        return TenantScope.callAs(tenantId, () -> newTransaction.execute(status -> work.get()));
    }

    /** For platform services only: sees every tenant's rows. */
    public <T> T acrossTenants(Supplier<T> work) {
        return TenantScope.callAcrossTenants(() -> newTransaction.execute(status -> work.get()));
    }
}
