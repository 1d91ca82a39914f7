// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.WorkerGroup;

/**
 * Writes many new cases at once with plain JDBC batches, for generated demo and load-test data: tens of thousands
 * of cases a second where saving them one by one through Hibernate manages hundreds. The caller numbers the new
 * records itself, starting from {@link #nextIds()}, so a case can refer to an employer or worker of the same batch
 * or of an earlier one; after each {@link #insert} the identity columns are moved past the highest id written, so
 * an ordinary save afterwards gets a fresh id.
 *
 * <p>Meant for a database nobody else is writing to at the same time (a new demo or benchmark database): ids are
 * reserved from the current maximum, not from the sequence. The audit trail gets one entry per batch
 * ({@code BULK}, naming the range of case ids and the counts), not one per row: a generated data set is one act.
 */
public final class CaseBulkLoader {

    /** An employer to insert with the given id. */
    public record NewEmployer(long id, String name, String creditCode, String legalRepresentative, String address,
                              String phone, String industry, String regionCode) {
    }

    /** A worker to insert with the given id. */
    public record NewWorker(long id, String name, String residentId, String phone, String address,
                            Set<WorkerGroup> groups) {
    }

    /** One claim of one worker, inserted with the given id. */
    public record NewClaim(long id, long workerId, DisputeCategory category, BigDecimal amount, String note) {
    }

    /**
     * A case to insert with the given id; {@code workerIds} in registration order, each referring to a worker in
     * this batch or stored earlier.
     */
    public record NewCase(long id, String caseNumber, CaseStatus status, CaseSource source, String regionCode,
                          String studio, LocalDate receivedDate, String summary, long employerId, Long mediatorId,
                          List<Long> workerIds, List<NewClaim> claims) {
    }

    /** What one transaction writes: new employers and workers first, then the cases referring to them. */
    public record Batch(List<NewEmployer> employers, List<NewWorker> workers, List<NewCase> cases) {
    }

    /** The first free id of each table with an identity column. */
    public record NextIds(long employer, long worker, long disputeCase, long claim) {
    }

    private static final String[] TABLES = {"employer", "worker", "dispute_case", "claim"};

    private final Session session;
    private final AuditWriter audit;

    CaseBulkLoader(Session session, AuditWriter audit) {
        this.session = session;
        this.audit = audit;
    }

    /** The ids the next records should get: one more than the highest id in use, per table. */
    public NextIds nextIds() {
        return session.doReturningWork(connection -> {
            long[] next = new long[TABLES.length];
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < TABLES.length; i++) {
                    try (ResultSet rs = statement.executeQuery("select max(id) from " + TABLES[i])) {
                        rs.next();
                        next[i] = rs.getLong(1) + 1;
                    }
                }
            }
            return new NextIds(next[0], next[1], next[2], next[3]);
        });
    }

    /** Inserts the batch in the current transaction, with one audit entry, and moves the identities past it. */
    public void insert(Batch batch) {
        Objects.requireNonNull(batch, "batch");
        session.flush();
        session.doWork(connection -> {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            insertEmployers(connection, batch.employers(), now);
            insertWorkers(connection, batch.workers(), now);
            insertCases(connection, batch.cases(), now);
            if (!batch.cases().isEmpty()) {
                long claims = batch.cases().stream().mapToLong(c -> c.claims().size()).sum();
                audit.write(connection, "DisputeCase", null, "BULK", List.of(
                    "cases: #" + batch.cases().get(0).id() + " – #" + batch.cases().get(batch.cases().size() - 1).id(),
                    "count: " + batch.cases().size() + " cases, " + batch.employers().size() + " new employers, "
                        + batch.workers().size() + " new workers, " + claims + " claims"));
            }
            restartIdentities(connection);
        });
    }

    private static void insertEmployers(Connection connection, List<NewEmployer> employers, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into employer (id, version, created_at, "
            + "updated_at, name, credit_code, legal_representative, address, phone, industry, region_code) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewEmployer e : employers) {
                insert.setLong(1, e.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, e.name());
                insert.setString(5, e.creditCode());
                insert.setString(6, e.legalRepresentative());
                insert.setString(7, e.address());
                insert.setString(8, e.phone());
                insert.setString(9, e.industry());
                insert.setString(10, e.regionCode());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertWorkers(Connection connection, List<NewWorker> workers, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into worker (id, version, created_at, "
            + "updated_at, name, resident_id, phone, address) values (?, 0, ?, ?, ?, ?, ?, ?)");
             PreparedStatement group = connection.prepareStatement(
                 "insert into worker_group (worker_id, group_code) values (?, ?)")) {
            for (NewWorker w : workers) {
                insert.setLong(1, w.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, w.name());
                insert.setString(5, w.residentId());
                insert.setString(6, w.phone());
                insert.setString(7, w.address());
                insert.addBatch();
                for (WorkerGroup g : w.groups()) {
                    group.setLong(1, w.id());
                    group.setString(2, g.name());
                    group.addBatch();
                }
            }
            insert.executeBatch();
            group.executeBatch();
        }
    }

    private static void insertCases(Connection connection, List<NewCase> cases, Timestamp now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into dispute_case (id, version, "
            + "created_at, updated_at, case_number, status, source, region_code, studio, received_date, summary, "
            + "employer_id, mediator_id) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement party = connection.prepareStatement(
                 "insert into case_worker (case_id, worker_id, worker_order) values (?, ?, ?)");
             PreparedStatement claim = connection.prepareStatement("insert into claim (id, version, created_at, "
                 + "updated_at, case_id, worker_id, category, amount, note) values (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewCase c : cases) {
                insert.setLong(1, c.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, c.caseNumber());
                insert.setString(5, c.status().name());
                insert.setString(6, c.source().name());
                insert.setString(7, c.regionCode());
                insert.setString(8, c.studio());
                insert.setObject(9, c.receivedDate());
                insert.setString(10, c.summary());
                insert.setLong(11, c.employerId());
                if (c.mediatorId() == null) {
                    insert.setNull(12, Types.BIGINT);
                } else {
                    insert.setLong(12, c.mediatorId());
                }
                insert.addBatch();
                for (int order = 0; order < c.workerIds().size(); order++) {
                    party.setLong(1, c.id());
                    party.setLong(2, c.workerIds().get(order));
                    party.setInt(3, order);
                    party.addBatch();
                }
                for (NewClaim k : c.claims()) {
                    claim.setLong(1, k.id());
                    claim.setTimestamp(2, now);
                    claim.setTimestamp(3, now);
                    claim.setLong(4, c.id());
                    claim.setLong(5, k.workerId());
                    claim.setString(6, k.category().name());
                    claim.setBigDecimal(7, k.amount());
                    claim.setString(8, k.note());
                    claim.addBatch();
                }
            }
            insert.executeBatch();
            party.executeBatch();
            claim.executeBatch();
        }
    }

    /**
     * Explicit ids do not move an identity column's counter on either database, so it is set past the highest id
     * now in the table; otherwise the next ordinary insert would collide with a loaded row.
     */
    private void restartIdentities(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
            .contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                long next;
                try (ResultSet rs = statement.executeQuery("select max(id) from " + table)) {
                    rs.next();
                    next = rs.getLong(1) + 1;
                }
                if (postgres) {
                    // setval(seq, n, false): the next value handed out is n.
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next
                        + ", false)");
                } else {
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        } catch (SQLException e) {
            throw new QiaoException(e, "store.failure", e.getMessage());
        }
    }
}
