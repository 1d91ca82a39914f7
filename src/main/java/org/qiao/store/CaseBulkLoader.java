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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>A large load can leave the search and ledger indexes out while it writes ({@link #beginLoad}) and build them
 * once at its end ({@link #endLoad}): every row would otherwise update a dozen indexes at random places (names,
 * resident IDs, phone numbers), which on H2 rewrites pages all over the file. Each index left out is first recorded
 * with its definition in {@code deferred_index}, in the same step as it is dropped, so a load interrupted by a
 * crash leaves the cases committed so far and the record; the next {@link Database#open} builds the missing
 * indexes from it ({@link #restoreDeferredIndexes}). Primary keys, unique and foreign-key indexes always stay.
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
                          List<Long> workerIds, List<NewClaim> claims, LocalDate acceptedDate,
                          LocalDate mediationDueDate, LocalDate closedDate) {

        /** A case without acceptance, deadline or closing dates. */
        public NewCase(long id, String caseNumber, CaseStatus status, CaseSource source, String regionCode,
                       String studio, LocalDate receivedDate, String summary, long employerId, Long mediatorId,
                       List<Long> workerIds, List<NewClaim> claims) {
            this(id, caseNumber, status, source, regionCode, studio, receivedDate, summary, employerId, mediatorId,
                workerIds, claims, null, null, null);
        }
    }

    /** What one transaction writes: new employers and workers first, then the cases referring to them. */
    public record Batch(List<NewEmployer> employers, List<NewWorker> workers, List<NewCase> cases) {
    }

    /** The first free id of each table with an identity column. */
    public record NextIds(long employer, long worker, long disputeCase, long claim) {
    }

    /**
     * What {@link #beginLoad} changed, for {@link #endLoad} to put back.
     *
     * @param indexesDeferred   whether the indexes of {@link #DEFERRABLE_INDEXES} were dropped for the load
     * @param previousCacheKb   H2's page cache size before the load, in KB; 0 on PostgreSQL
     * @param previousWriteDelay H2's write delay before the load, in ms; -1 on PostgreSQL
     */
    public record LoadSettings(boolean indexesDeferred, long previousCacheKb, int previousWriteDelay) {
    }

    /**
     * The indexes a large load leaves out: non-unique search and ledger indexes (migrations V1 and V3), each
     * keyed on values that arrive in random order. The foreign-key indexes on ids, which grow at their end, stay.
     */
    static final List<String> DEFERRABLE_INDEXES = List.of("ix_worker_name", "ix_worker_resident_id",
        "ix_worker_phone", "ix_employer_name", "ix_employer_credit_code", "ix_employer_phone",
        "ix_case_status_received", "ix_case_received", "ix_case_received_asc", "ix_case_region_status_received",
        "ix_case_region_received", "ix_case_mediator_received", "ix_case_source_received",
        "ix_dispute_case_court_number", "ix_dispute_case_mediation_due", "ix_claim_case_category",
        "ix_case_status_region");

    /** H2's page cache during a load, in KB: the default 16 MB is evicted over and over by a million-case load. */
    static final long LOAD_CACHE_KB = 256 * 1024;

    /**
     * H2's write delay during a load: commits return before their pages are written, which H2's own thread does
     * within this many milliseconds. A crash during the load can lose the batches of that last moment, never
     * anything committed before the load; {@link #endLoad} puts the delay back and writes everything.
     */
    static final int LOAD_WRITE_DELAY_MS = 500;

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

    /**
     * Prepares the database for a load of many cases: on H2 a larger page cache, and with {@code deferIndexes} the
     * indexes of {@link #DEFERRABLE_INDEXES} recorded and dropped (on H2 each drop commits at once). Always pair it
     * with {@link #endLoad}, in a {@code finally}.
     */
    public LoadSettings beginLoad(boolean deferIndexes) {
        session.flush();
        return session.doReturningWork(connection -> {
            try {
                long previousCache = 0;
                int previousWriteDelay = -1;
                if (!isPostgres(connection)) {
                    previousCache = h2CacheKb(connection);
                    if (previousCache < LOAD_CACHE_KB) {
                        execute(connection, "set cache_size " + LOAD_CACHE_KB);
                    }
                    // Pages are written by H2's background thread, on the other core, instead of at every commit.
                    previousWriteDelay = Integer.parseInt(h2Setting(connection, "WRITE_DELAY", "0"));
                    execute(connection, "set write_delay " + LOAD_WRITE_DELAY_MS);
                }
                if (deferIndexes) {
                    for (String index : DEFERRABLE_INDEXES) {
                        deferIndex(connection, index);
                    }
                }
                return new LoadSettings(deferIndexes, previousCache, previousWriteDelay);
            } catch (SQLException e) {
                throw new QiaoException(e, "store.failure", e.getMessage());
            }
        });
    }

    /** Builds the indexes {@link #beginLoad} left out and puts H2's cache size back. */
    public void endLoad(LoadSettings settings) {
        Objects.requireNonNull(settings, "settings");
        session.flush();
        session.doWork(connection -> {
            try {
                restoreDeferredIndexes(connection);
                if (settings.previousWriteDelay() >= 0) {
                    execute(connection, "set write_delay " + settings.previousWriteDelay());
                    // Everything loaded is on disk before the load reports done.
                    execute(connection, "checkpoint");
                }
                if (settings.previousCacheKb() > 0 && settings.previousCacheKb() < LOAD_CACHE_KB) {
                    execute(connection, "set cache_size " + settings.previousCacheKb());
                }
            } catch (SQLException e) {
                throw new QiaoException(e, "store.failure", e.getMessage());
            }
        });
    }

    /**
     * Builds every index recorded in {@code deferred_index} and removes its record: the end of a load, or the
     * repair after a load that a crash interrupted. Returns how many were built; none on most days.
     */
    static int restoreDeferredIndexes(Connection connection) throws SQLException {
        List<String[]> deferred = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select index_name, definition from deferred_index "
                 + "order by index_name")) {
            while (rs.next()) {
                deferred.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] index : deferred) {
            if (!indexExists(connection, index[0])) {
                execute(connection, index[1]);
            }
            try (PreparedStatement delete = connection.prepareStatement(
                "delete from deferred_index where index_name = ?")) {
                delete.setString(1, index[0]);
                delete.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return deferred.size();
    }

    /** How many of {@code indexes} exist now (for tests). */
    long countIndexes(List<String> indexes) {
        return session.doReturningWork(connection -> {
            long count = 0;
            for (String index : indexes) {
                count += indexExists(connection, index) ? 1 : 0;
            }
            return count;
        });
    }

    /** How many indexes are recorded as left out (for tests). */
    long countDeferred() {
        return session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from deferred_index")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Records the definition of {@code index} and drops it; nothing when it is not there (already deferred). */
    private static void deferIndex(Connection connection, String index) throws SQLException {
        String definition = isPostgres(connection) ? postgresDefinition(connection, index)
            : h2Definition(connection, index);
        if (definition == null) {
            return;
        }
        try (PreparedStatement record = connection.prepareStatement(
            "insert into deferred_index (index_name, definition) values (?, ?)")) {
            record.setString(1, index);
            record.setString(2, definition);
            record.executeUpdate();
        }
        execute(connection, "drop index " + index);
    }

    private static boolean indexExists(Connection connection, String index) throws SQLException {
        return (isPostgres(connection) ? postgresDefinition(connection, index) : h2Definition(connection, index))
            != null;
    }

    private static String postgresDefinition(Connection connection, String index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "select indexdef from pg_indexes where schemaname = current_schema() and indexname = ?")) {
            query.setString(1, index);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** {@code create index …} as migration V1/V3 wrote it, from H2's information schema. */
    private static String h2Definition(Connection connection, String index) throws SQLException {
        String table = null;
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select i.table_name, c.column_name, "
            + "c.ordering_specification from information_schema.indexes i join information_schema.index_columns c "
            + "on c.index_schema = i.index_schema and c.index_name = i.index_name "
            + "where i.index_schema = current_schema and i.index_name = ? order by c.ordinal_position")) {
            query.setString(1, index.toUpperCase(Locale.ROOT));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    table = rs.getString(1).toLowerCase(Locale.ROOT);
                    columns.add(rs.getString(2).toLowerCase(Locale.ROOT)
                        + ("DESC".equals(rs.getString(3)) ? " desc" : ""));
                }
            }
        }
        return table == null ? null : "create index " + index + " on " + table + " (" + String.join(", ", columns)
            + ")";
    }

    private static long h2CacheKb(Connection connection) throws SQLException {
        // Reported in MB.
        return Long.parseLong(h2Setting(connection, "info.CACHE_MAX_SIZE", "0").strip()) * 1024;
    }

    private static String h2Setting(Connection connection, String name, String otherwise) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "select setting_value from information_schema.settings where setting_name = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : otherwise;
            }
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
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
            + "employer_id, mediator_id, accepted_date, mediation_due_date, closed_date) "
            + "values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
                insert.setObject(13, c.acceptedDate(), Types.DATE);
                insert.setObject(14, c.mediationDueDate(), Types.DATE);
                insert.setObject(15, c.closedDate(), Types.DATE);
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
        boolean postgres = isPostgres(connection);
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
