// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.HibernateException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.exception.ConstraintViolationException;
import org.qiao.domain.QiaoException;

/**
 * Runs a unit of work in one database transaction: all of it is stored, or none of it. Failures come out as
 * {@link QiaoException}: {@code store.conflict} when someone else changed the same record meanwhile,
 * {@code store.constraint} when the change breaks a rule of the schema (e.g. a case number already in use),
 * {@code store.failure} for any other database error. Records handed out are detached: reading them after the
 * transaction is fine, changes are stored by saving them again in a later transaction.
 */
public final class Transactions {

    private final SessionFactory sessionFactory;
    private final AuditWriter audit;
    private final ConnectionProvider connections;

    Transactions(SessionFactory sessionFactory, AuditWriter audit) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.connections = sessionFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
            .getService(ConnectionProvider.class);
    }

    /** Runs {@code work} in a transaction and returns its result once committed. */
    public <T> T call(Function<Repositories, T> work) {
        Session session = sessionFactory.openSession();
        Transaction transaction = null;
        try {
            transaction = session.beginTransaction();
            T result = work.apply(new Repositories(session, audit));
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(transaction);
            throw translate(e);
        } finally {
            session.close();
        }
    }

    /**
     * Runs read-only work on the case ledger (plain-SQL projections, see {@link CaseLedgerRepository}) on a pooled
     * connection in autocommit, without a Hibernate session or transaction: around a query the database answers in a
     * tenth of a millisecond, a session would cost more than the query (docs/benchmarks.md). Each statement reads
     * committed data; nothing is changed, so nothing is audited. Failures come out as in {@link #call}.
     */
    public <T> T readLedger(Function<CaseLedgerRepository, T> work) {
        Connection connection = null;
        boolean committed = false;
        try {
            connection = connections.getConnection();
            T result = work.apply(new CaseLedgerRepository(connection));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new QiaoException(e, "store.failure", e.getMessage());
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            release(connection, committed);
        }
    }

    /** Gives a connection of {@link #readLedger} back to the pool, which resets its settings. */
    private void release(Connection connection, boolean committed) {
        if (connection == null) {
            return;
        }
        try {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // A connection that cannot be rolled back is broken; the pool finds out and drops it.
        } finally {
            try {
                connections.closeConnection(connection);
            } catch (SQLException ignored) {
                // Already given back or broken: nothing left to release.
            }
        }
    }

    /** Runs {@code work} in a transaction. */
    public void run(Consumer<Repositories> work) {
        call(repositories -> {
            work.accept(repositories);
            return null;
        });
    }

    private static void rollback(Transaction transaction) {
        if (transaction == null) {
            return;
        }
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException ignored) {
            // The original failure is what matters; a broken connection cannot be rolled back and the database
            // discards the uncommitted work itself.
        }
    }

    /**
     * The constraint as the migration names it, the same on both databases: H2 reports
     * {@code PUBLIC.UK_DISPUTE_CASE_NUMBER_INDEX_5}, or for a check {@code CK_PAYMENT_AMOUNT: ; SQL statement: …},
     * PostgreSQL {@code uk_dispute_case_number}.
     */
    static String constraintName(String reported) {
        if (reported == null) {
            return "";
        }
        String name = reported.toLowerCase(java.util.Locale.ROOT).replaceFirst(":[\\s\\S]*$", "");
        name = name.substring(name.lastIndexOf('.') + 1);
        return name.replaceFirst("_index_[0-9a-f]+$", "");
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof QiaoException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                || t instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
                return new QiaoException(e, "store.conflict");
            }
            if (t instanceof ConstraintViolationException violation) {
                return new QiaoException(e, "store.constraint", constraintName(violation.getConstraintName()));
            }
        }
        if (e instanceof PersistenceException || e instanceof HibernateException) {
            return new QiaoException(e, "store.failure", Database.rootMessage(e));
        }
        return e;
    }
}
