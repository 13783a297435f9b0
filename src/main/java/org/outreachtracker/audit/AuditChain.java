package org.outreachtracker.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the sealed chain at the end of the transaction that records them. Events are
 * collected while the transaction runs and written just before it commits, after everything else
 * it changed has been written: the chain's head is then the last lock the transaction takes and
 * is held only for the few statements that append, so appends from every node and thread line up
 * in one chain without waiting on each other's other work (and without a lock-order deadlock).
 * An event is kept exactly when its transaction commits.
 */
@Component
class AuditChain {

    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;

    AuditChain(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Adds an event to the current transaction's; it is written when the transaction commits. */
    void append(AuditSeal.Fields event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Audit events are recorded in a transaction.");
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance)
                .map(Pending.class::cast)
                .filter(p -> p.chain == this)
                .findFirst()
                .orElse(null);
        if (pending == null) {
            pending = new Pending(this);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(event);
    }

    private void write(List<AuditSeal.Fields> events, boolean readOnly) {
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        if (!readOnly && entityManager != null) {
            entityManager.flush();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            AuditSeal.append(connection, events);
        } catch (SQLException e) {
            RuntimeException translated =
                    new SQLExceptionSubclassTranslator().translate("Appending to the audit trail", null, e);
            throw translated != null
                    ? translated
                    : new UncategorizedSQLException("Appending to the audit trail", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The events of one transaction, waiting for its commit. */
    private static final class Pending implements TransactionSynchronization {

        private final AuditChain chain;
        private final List<AuditSeal.Fields> events = new ArrayList<>();

        Pending(AuditChain chain) {
            this.chain = chain;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            chain.write(List.copyOf(events), readOnly);
            events.clear();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
