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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * indexes from it ({@link #restoreDeferredIndexes}). On H2 the foreign keys, the case numbers' unique constraint and
 * the indexes on foreign-key columns go the same way and come back checked against every row; primary keys always
 * stay. On PostgreSQL only the search indexes are left out.
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

    /** One step of a case's status timeline, as {@code CaseStatusService} records it; {@code from} null at intake. */
    public record NewStatusChange(long id, long caseId, CaseStatus from, CaseStatus to, LocalDateTime at,
                                  String byUser, String reason) {
    }

    /**
     * What one transaction writes: new employers and workers first, then the cases referring to them, their status
     * timelines, and their sessions, agreements, payments and follow-ups.
     */
    public record Batch(List<NewEmployer> employers, List<NewWorker> workers, List<NewCase> cases,
                        List<NewStatusChange> statusChanges, MediationRecordsLoader.Records records,
                        List<ReferralRecordsLoader.NewReferral> referrals) {

        /** A batch of cases without status timelines. */
        public Batch(List<NewEmployer> employers, List<NewWorker> workers, List<NewCase> cases) {
            this(employers, workers, cases, List.of(), MediationRecordsLoader.Records.NONE, List.of());
        }
    }

    /** The first free id of each table with an identity column. */
    public record NextIds(long employer, long worker, long disputeCase, long claim, long statusChange, long session,
                          long agreement, long payment, long followUp, long referral, long referralMaterial) {
    }

    /**
     * What {@link #beginLoad} changed, for {@link #endLoad} to put back.
     *
     * @param indexesDeferred     whether the indexes of {@link #DEFERRABLE_INDEXES} were dropped for the load
     * @param constraintsDeferred whether {@link #DEFERRABLE_CONSTRAINTS} and {@link #KEY_INDEXES} were too (H2 only)
     * @param previousWriteDelay  H2's write delay before the load, in ms; -1 on PostgreSQL
     */
    public record LoadSettings(boolean indexesDeferred, boolean constraintsDeferred, int previousWriteDelay) {
    }

    /** What {@code deferred_index} holds, in the order {@link #restoreDeferredIndexes} builds them back. */
    enum Deferred {
        /** A plain index: {@code create index …}. */
        INDEX,
        /** A unique constraint: {@code alter table … add constraint … unique …}. */
        UNIQUE,
        /** A foreign key, added after the indexes so that it uses the index on its column. */
        FOREIGN_KEY,
        /** An H2 setting changed for the load: {@code set …} puts it back, last (after the indexes are built). */
        SETTING
    }

    /**
     * The indexes a large load leaves out: non-unique search and ledger indexes (migrations V1 and V3), each
     * keyed on values that arrive in random order.
     */
    static final List<String> DEFERRABLE_INDEXES = List.of("ix_worker_name", "ix_worker_resident_id",
        "ix_worker_phone", "ix_employer_name", "ix_employer_credit_code", "ix_employer_phone",
        "ix_case_status_received", "ix_case_received", "ix_case_received_asc", "ix_case_region_status_received",
        "ix_case_region_received", "ix_case_mediator_received", "ix_case_source_received",
        "ix_dispute_case_court_number", "ix_dispute_case_mediation_due", "ix_claim_case_category",
        "ix_case_status_region");

    /**
     * The constraints a large load on H2 leaves out and adds back at its end, checking every row then: H2 checks
     * a foreign key with an index lookup per inserted row and keeps the index behind it (and the case numbers'
     * unique index) up to date row by row, which cost more than everything else a load does. Dropped in this
     * order: the foreign keys, then the unique constraint (nothing refers to it).
     */
    static final List<String> DEFERRABLE_CONSTRAINTS = List.of("fk_dispute_case_employer",
        "fk_dispute_case_mediator", "fk_dispute_case_linked", "fk_worker_group_worker", "fk_case_worker_case",
        "fk_case_worker_worker", "fk_claim_case", "fk_claim_worker", "fk_case_status_change_case",
        "uk_dispute_case_number");

    /** The indexes on foreign-key columns, left out with {@link #DEFERRABLE_CONSTRAINTS} (after them). */
    static final List<String> KEY_INDEXES = List.of("ix_dispute_case_employer", "ix_case_worker_worker",
        "ix_claim_case", "ix_claim_worker", "ix_case_status_change_case");

    /**
     * H2's page cache during a load, in KB: a quarter of the Java heap, at least 256 MB and at most 1 GB. The default
     * 16 MB is evicted over and over by a million-case load, and with 256 MB building the indexes of a million
     * cases (2.7 GB of file) took 284 s against 159 s with 1 GB (docs/benchmarks.md).
     */
    static final long LOAD_CACHE_KB = Math.max(256 * 1024,
        Math.min(1024 * 1024, Runtime.getRuntime().maxMemory() / 4 / 1024));

    /**
     * H2's write delay during a load: commits return before their pages are written, which H2's own thread does
     * within this many milliseconds. A crash during the load can lose the batches of that last moment, never
     * anything committed before the load; {@link #endLoad} puts the delay back and writes everything.
     */
    static final int LOAD_WRITE_DELAY_MS = 500;

    /** A foreign key of one column as {@link #h2ConstraintDefinition} writes it, without update or delete rules. */
    private static final Pattern SINGLE_COLUMN_KEY = Pattern.compile(
        "alter table (\\w+) add constraint (\\w+) foreign key \\((\\w+)\\) references (\\w+) \\((\\w+)\\)");

    private static final String[] TABLES = {"employer", "worker", "dispute_case", "claim", "case_status_change",
        "mediation_session", "agreement", "payment", "follow_up", "referral", "referral_material"};

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
            return new NextIds(next[0], next[1], next[2], next[3], next[4], next[5], next[6], next[7], next[8],
                next[9], next[10]);
        });
    }

    /**
     * Prepares the database for a load of many cases: on H2 a larger page cache, and with {@code deferIndexes} the
     * indexes of {@link #DEFERRABLE_INDEXES} recorded and dropped (on H2 each drop commits at once), on H2 also the
     * constraints of {@link #DEFERRABLE_CONSTRAINTS} and the {@link #KEY_INDEXES}. Always pair it with
     * {@link #endLoad}, in a {@code finally}.
     */
    public LoadSettings beginLoad(boolean deferIndexes) {
        session.flush();
        return session.doReturningWork(connection -> {
            try {
                int previousWriteDelay = -1;
                boolean postgres = isPostgres(connection);
                if (!postgres) {
                    long previousCache = h2CacheKb(connection);
                    if (previousCache < LOAD_CACHE_KB) {
                        record(connection, "cache_size", "set cache_size " + previousCache, Deferred.SETTING);
                        execute(connection, "set cache_size " + LOAD_CACHE_KB);
                    }
                    // Pages are written by H2's background thread, on the other core, instead of at every commit.
                    // The URL sets it back to 0 at every open, so it needs no record.
                    previousWriteDelay = Integer.parseInt(h2Setting(connection, "WRITE_DELAY", "0"));
                    execute(connection, "set write_delay " + LOAD_WRITE_DELAY_MS);
                    if (countCases(connection) == 0) {
                        // Free space is reused at once instead of after 45 s: half the file size. H2 keeps old
                        // chunks that long so that a power failure cannot leave a half-overwritten file, a risk
                        // taken here only for a database with no cases yet.
                        record(connection, "retention_time", "set retention_time "
                            + h2Setting(connection, "RETENTION_TIME", "45000"), Deferred.SETTING);
                        execute(connection, "set retention_time 0");
                    }
                }
                boolean constraints = deferIndexes && !postgres;
                if (constraints) {
                    // The constraints before the indexes that foreign keys use.
                    for (String constraint : DEFERRABLE_CONSTRAINTS) {
                        defer(connection, constraint, kindOf(constraint));
                    }
                    for (String index : KEY_INDEXES) {
                        defer(connection, index, Deferred.INDEX);
                    }
                }
                if (deferIndexes) {
                    for (String index : DEFERRABLE_INDEXES) {
                        defer(connection, index, Deferred.INDEX);
                    }
                }
                return new LoadSettings(deferIndexes, constraints, previousWriteDelay);
            } catch (SQLException e) {
                throw new QiaoException(e, "store.failure", e.getMessage());
            }
        });
    }

    /**
     * Builds the indexes and adds the constraints {@link #beginLoad} left out, puts H2's settings back and writes
     * everything to disk.
     */
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
            } catch (SQLException e) {
                throw new QiaoException(e, "store.failure", e.getMessage());
            }
        });
    }

    /**
     * Builds every index and adds every constraint recorded in {@code deferred_index}, and removes its record: the
     * end of a load, or the repair after a load that a crash interrupted. A foreign key or unique constraint is
     * checked against every row as it is added. Returns how many were restored; none on most days.
     */
    static int restoreDeferredIndexes(Connection connection) throws SQLException {
        List<String[]> deferred = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select index_name, definition, kind from deferred_index "
                 + "order by index_name")) {
            while (rs.next()) {
                deferred.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        deferred.sort(Comparator.comparing(d -> Deferred.valueOf(d[2])));
        for (String[] item : deferred) {
            if (!exists(connection, item[0], Deferred.valueOf(item[2]))) {
                execute(connection, Deferred.valueOf(item[2]) == Deferred.FOREIGN_KEY && !isPostgres(connection)
                    && allRowsReferToAParent(connection, item[1]) ? item[1] + " nocheck" : item[1]);
            }
            try (PreparedStatement delete = connection.prepareStatement(
                "delete from deferred_index where index_name = ?")) {
                delete.setString(1, item[0]);
                delete.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return deferred.size();
    }

    /**
     * Whether every row of the child table of the foreign key {@code definition} refers to an existing parent row,
     * found out in one scan: when the parent's key values are the gapless run from its lowest to its highest (as
     * ids that only grow and are never deleted are), a child value exists if and only if it lies between the two;
     * otherwise each child looks up its parent. {@code false} also for a key this cannot tell about (several
     * columns, not an integer), which H2 then checks itself, row by row, as it adds the key. H2's own check sorts
     * the child's column before looking each value up: minutes for the millions of claims, links and timeline
     * rows a large load writes.
     */
    static boolean allRowsReferToAParent(Connection connection, String definition) throws SQLException {
        Matcher key = SINGLE_COLUMN_KEY.matcher(definition);
        if (!key.matches() || !isIntegerColumn(connection, key.group(4), key.group(5))) {
            return false;
        }
        String child = key.group(1);
        String column = key.group(3);
        String parent = key.group(4);
        String parentColumn = key.group(5);
        long count;
        long lowest;
        long highest;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), min(" + parentColumn + "), max(" + parentColumn
                 + ") from " + parent)) {
            rs.next();
            count = rs.getLong(1);
            lowest = rs.getLong(2);
            highest = rs.getLong(3);
        }
        String orphans = count > 0 && highest - lowest + 1 == count
            ? "select count(*) from " + child + " where " + column + " < " + lowest + " or " + column + " > " + highest
            : "select count(*) from " + child + " c where c." + column + " is not null and not exists (select 1 from "
                + parent + " p where p." + parentColumn + " = c." + column + ")";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(orphans)) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    private static boolean isIntegerColumn(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select data_type from information_schema.columns "
            + "where table_schema = current_schema and table_name = ? and column_name = ?")) {
            query.setString(1, table.toUpperCase(Locale.ROOT));
            query.setString(2, column.toUpperCase(Locale.ROOT));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && Set.of("BIGINT", "INTEGER", "SMALLINT").contains(rs.getString(1));
            }
        }
    }

    /** How many of {@code names} (indexes, or constraints of {@code kind}) exist now (for tests). */
    long countExisting(List<String> names, Deferred kind) {
        return session.doReturningWork(connection -> {
            long count = 0;
            for (String name : names) {
                count += exists(connection, name, kind) ? 1 : 0;
            }
            return count;
        });
    }

    /** How many of {@link #DEFERRABLE_CONSTRAINTS} exist now (for tests). */
    long countConstraints() {
        return session.doReturningWork(connection -> {
            long count = 0;
            for (String constraint : DEFERRABLE_CONSTRAINTS) {
                count += exists(connection, constraint, kindOf(constraint)) ? 1 : 0;
            }
            return count;
        });
    }

    private static Deferred kindOf(String constraint) {
        return constraint.startsWith("uk_") ? Deferred.UNIQUE : Deferred.FOREIGN_KEY;
    }

    /** How many indexes and constraints are recorded as left out (for tests). */
    long countDeferred() {
        return session.doReturningWork(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from deferred_index")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Records the definition of the index or constraint {@code name} and drops it; nothing when it is not there
     * (already deferred).
     */
    private static void defer(Connection connection, String name, Deferred kind) throws SQLException {
        String definition = definition(connection, name, kind);
        if (definition == null) {
            return;
        }
        record(connection, name, definition, kind);
        execute(connection, kind == Deferred.INDEX ? "drop index " + name
            : "alter table " + definition.split(" ")[2] + " drop constraint " + name);
    }

    /** Records what {@link #restoreDeferredIndexes} is to run to put {@code name} back. */
    private static void record(Connection connection, String name, String definition, Deferred kind)
        throws SQLException {
        try (PreparedStatement record = connection.prepareStatement(
            "insert into deferred_index (index_name, definition, kind) values (?, ?, ?)")) {
            record.setString(1, name);
            record.setString(2, definition);
            record.setString(3, kind.name());
            record.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String name, Deferred kind) throws SQLException {
        if (kind == Deferred.SETTING) {
            return false;
        }
        if (kind != Deferred.INDEX && isPostgres(connection)) {
            try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_constraint where conname = ?")) {
                query.setString(1, name);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next();
                }
            }
        }
        return definition(connection, name, kind) != null;
    }

    private static String definition(Connection connection, String name, Deferred kind) throws SQLException {
        if (isPostgres(connection)) {
            if (kind != Deferred.INDEX) {
                throw new IllegalArgumentException("Constraints are deferred on H2 only: " + name);
            }
            return postgresDefinition(connection, name);
        }
        return kind == Deferred.INDEX ? h2Definition(connection, name) : h2ConstraintDefinition(connection, name);
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
        String[] key = h2Columns(connection, "select i.table_name, c.column_name, c.ordering_specification "
            + "from information_schema.indexes i join information_schema.index_columns c "
            + "on c.index_schema = i.index_schema and c.index_name = i.index_name "
            + "where i.index_schema = current_schema and i.index_name = ? order by c.ordinal_position", index, true);
        return key == null ? null : "create index " + index + " on " + key[0] + " (" + key[1] + ")";
    }

    /**
     * {@code alter table … add constraint …} for a unique constraint or a foreign key as migrations V1/V2 wrote
     * it, from H2's information schema; {@code null} when there is no such constraint.
     */
    private static String h2ConstraintDefinition(Connection connection, String constraint) throws SQLException {
        String[] key = h2ConstraintColumns(connection, constraint);
        if (key == null) {
            return null;
        }
        String head = "alter table " + key[0] + " add constraint " + constraint;
        if (!"FOREIGN KEY".equals(key[2])) {
            return head + " unique (" + key[1] + ")";
        }
        try (PreparedStatement query = connection.prepareStatement("select unique_constraint_name, update_rule, "
            + "delete_rule from information_schema.referential_constraints "
            + "where constraint_schema = current_schema and constraint_name = ?")) {
            query.setString(1, constraint.toUpperCase(Locale.ROOT));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                String[] referenced = h2ConstraintColumns(connection, rs.getString(1));
                return head + " foreign key (" + key[1] + ") references " + referenced[0] + " (" + referenced[1]
                    + ")" + rule(" on update ", rs.getString(2)) + rule(" on delete ", rs.getString(3));
            }
        }
    }

    private static String rule(String clause, String rule) {
        return "RESTRICT".equals(rule) || "NO ACTION".equals(rule) ? "" : clause + rule.toLowerCase(Locale.ROOT);
    }

    /** The table, the comma-separated columns and the type of an H2 constraint, or {@code null}. */
    private static String[] h2ConstraintColumns(Connection connection, String constraint) throws SQLException {
        return h2Columns(connection, "select t.table_name, k.column_name, t.constraint_type "
            + "from information_schema.table_constraints t join information_schema.key_column_usage k "
            + "on k.constraint_schema = t.constraint_schema and k.constraint_name = t.constraint_name "
            + "where t.constraint_schema = current_schema and t.constraint_name = ? order by k.ordinal_position",
            constraint, false);
    }

    /**
     * Runs {@code query}, which lists table, column and a detail for each column of the index or constraint
     * {@code name}: the table, the columns comma-separated (with {@code desc} where an index's ordering says so
     * when {@code ordered}) and the last detail; {@code null} when there is no such object.
     */
    private static String[] h2Columns(Connection connection, String query, String name, boolean ordered)
        throws SQLException {
        String table = null;
        String detail = null;
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name.toUpperCase(Locale.ROOT));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    table = rs.getString(1).toLowerCase(Locale.ROOT);
                    detail = rs.getString(3);
                    columns.add(rs.getString(2).toLowerCase(Locale.ROOT)
                        + (ordered && "DESC".equals(detail) ? " desc" : ""));
                }
            }
        }
        return table == null ? null : new String[] {table, String.join(", ", columns), detail};
    }

    private static long countCases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from dispute_case")) {
            rs.next();
            return rs.getLong(1);
        }
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
            Map<Long, ReferralRecordsLoader.NewReferral> referred = new HashMap<>();
            batch.referrals().forEach(r -> referred.put(r.caseId(), r));
            insertCases(connection, batch.cases(), referred, now);
            insertStatusChanges(connection, batch.statusChanges());
            MediationRecordsLoader.insert(connection, batch.records(), now);
            ReferralRecordsLoader.insert(connection, batch.referrals(), now);
            if (!batch.cases().isEmpty()) {
                long claims = batch.cases().stream().mapToLong(c -> c.claims().size()).sum();
                audit.write(connection, "DisputeCase", null, "BULK", List.of(
                    "cases: #" + batch.cases().get(0).id() + " – #" + batch.cases().get(batch.cases().size() - 1).id(),
                    "count: " + batch.cases().size() + " cases, " + batch.employers().size() + " new employers, "
                        + batch.workers().size() + " new workers, " + claims + " claims, "
                        + batch.records().sessions().size() + " sessions, " + batch.records().agreements().size()
                        + " agreements, " + batch.records().payments().size() + " payments, "
                        + batch.records().followUps().size() + " follow-ups, " + batch.referrals().size()
                        + " court referrals"));
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

    private static void insertCases(Connection connection, List<NewCase> cases,
                                    Map<Long, ReferralRecordsLoader.NewReferral> referred, Timestamp now)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into dispute_case (id, version, "
            + "created_at, updated_at, case_number, status, source, region_code, studio, received_date, summary, "
            + "employer_id, mediator_id, accepted_date, mediation_due_date, closed_date, court_name, "
            + "court_case_number) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
                ReferralRecordsLoader.NewReferral referral = referred.get(c.id());
                insert.setString(16, referral == null ? null : referral.courtName());
                insert.setString(17, referral == null ? null : referral.courtCaseNumber());
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

    private static void insertStatusChanges(Connection connection, List<NewStatusChange> changes)
        throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into case_status_change (id, case_id, "
            + "from_status, to_status, at, by_user, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (NewStatusChange change : changes) {
                insert.setLong(1, change.id());
                insert.setLong(2, change.caseId());
                insert.setString(3, change.from() == null ? null : change.from().name());
                insert.setString(4, change.to().name());
                insert.setTimestamp(5, Timestamp.valueOf(change.at()));
                insert.setString(6, change.byUser());
                insert.setString(7, change.reason());
                insert.addBatch();
            }
            insert.executeBatch();
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
