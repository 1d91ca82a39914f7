// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qiao.domain.QiaoException;

/**
 * The hand-written JDBC baseline of {@code qiao bench search}: each search kind of the ledger as the one plain SQL
 * statement a developer would write for it, on one connection of its own, prepared once and reused, parameters
 * bound, with no pool, transaction or layer around it. It returns the same rows in the same order as the ledger
 * (same columns, read into the same {@link org.qiao.domain.cases.LedgerRow}s), so the service's figures can be
 * read against what the database itself costs. Also draws the random lookups from the data.
 */
public final class JdbcSearchBaseline implements AutoCloseable {

    /** What one random case offers to look up. */
    public record Sample(String caseNumber, String residentId, String workerName, String employerName,
                         String creditCode, String status, String regionCode) {
    }

    private static final String ROWS = CaseLedgerRepository.ROW_FROM;
    private static final String NEWEST = " order by c.received_date desc, c.id desc";

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private JdbcSearchBaseline(Connection connection) {
        this.connection = connection;
    }

    /** A connection of its own to the database of {@code config} (in the same process for embedded H2). */
    public static JdbcSearchBaseline open(DatabaseConfig config) {
        try {
            Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
            connection.setReadOnly(true);
            return new JdbcSearchBaseline(connection);
        } catch (SQLException e) {
            throw new QiaoException(e, "store.open.failed", config.safeUrl(), e.getMessage());
        }
    }

    /** {@code count} random cases (by random id between the lowest and highest), the same for the same seed. */
    public List<Sample> sample(int count, long seed) {
        try {
            long min;
            long max;
            try (PreparedStatement range = connection.prepareStatement("select min(id), max(id) from dispute_case");
                 ResultSet rs = range.executeQuery()) {
                rs.next();
                min = rs.getLong(1);
                max = rs.getLong(2);
            }
            List<Sample> samples = new ArrayList<>(count);
            if (max < min || max == 0) {
                return samples;
            }
            Random random = new Random(seed);
            try (PreparedStatement one = connection.prepareStatement("select c.case_number, w.resident_id, w.name, "
                + "e.name, e.credit_code, c.status, c.region_code from dispute_case c join employer e on "
                + "e.id = c.employer_id join case_worker f on f.case_id = c.id and f.worker_order = 0 join worker w "
                + "on w.id = f.worker_id where c.id >= ? order by c.id limit 1")) {
                for (int tries = 0; samples.size() < count && tries < count * 10; tries++) {
                    one.setLong(1, min + (long) (random.nextDouble() * (max - min + 1)));
                    try (ResultSet rs = one.executeQuery()) {
                        if (rs.next()) {
                            samples.add(new Sample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7)));
                        }
                    }
                }
            }
            return samples;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The case with this number; returns the rows read. */
    public int byCaseNumber(String number, int limit) {
        return read(statement(ROWS + " where c.case_number = ?", number));
    }

    /** The cases of the worker with this resident ID, newest first. */
    public int byResidentId(String residentId, int limit) {
        return rowsOf(ids("select g.case_id from worker p join case_worker g on g.worker_id = p.id join dispute_case s "
            + "on s.id = g.case_id where p.resident_id = ?" + NEWEST.replace("c.", "s.") + " limit ?", residentId,
            limit));
    }

    /**
     * Cases of the first workers whose name starts so: by name, newest worker first, each one's newest case first.
     * The prefix is asked as a range, which H2 answers faster than a {@code like} (see the ledger's search box).
     */
    public int byWorkerNamePrefix(String prefix, int limit) {
        return rowsOf(ids("select g.case_id from (select id, name from worker where name >= ? and name < ? "
            + "order by name, id desc limit ?) q join case_worker g on g.worker_id = q.id join dispute_case s "
            + "on s.id = g.case_id order by q.name, q.id desc, s.received_date desc, s.id desc limit ?", prefix,
            Like.after(prefix), limit, limit));
    }

    /** Cases of the first employers whose name starts so, ordered as {@link #byWorkerNamePrefix}. */
    public int byEmployerNamePrefix(String prefix, int limit) {
        return rowsOf(ids("select s.id from (select id, name from employer where name >= ? and name < ? "
            + "order by name, id desc limit ?) q join dispute_case s on s.employer_id = q.id "
            + "order by q.name, q.id desc, s.received_date desc, s.id desc limit ?", prefix, Like.after(prefix),
            limit, limit));
    }

    /** Cases of the employer with this unified social credit code, newest first. */
    public int byCreditCode(String creditCode, int limit) {
        return rowsOf(ids("select s.id from employer p join dispute_case s on s.employer_id = p.id "
            + "where p.credit_code = ?" + NEWEST.replace("c.", "s.") + " limit ?", creditCode, limit));
    }

    /**
     * The first page of one status in one banner/county, or in one league/city when {@code league}, newest first,
     * and one row more to know whether a next page follows (as the ledger asks).
     */
    public int filteredPage(String status, String regionCode, boolean league, int limit) {
        return rowsOf(league
            ? ids("select c.id from dispute_case c where c.status = ? and c.region_code like ? "
                + "order by c.status, c.received_date desc, c.id desc limit ?", status,
                regionCode.substring(0, 4) + "%", limit + 1)
            : ids("select c.id from dispute_case c where c.status = ? and c.region_code = ? "
                + "order by c.region_code, c.status, c.received_date desc, c.id desc limit ?", status, regionCode,
                limit + 1));
    }

    /** The first page of the whole ledger, newest first, and one row more. */
    public int firstPage(int limit) {
        return rowsOf(ids("select c.id from dispute_case c order by c.received_date desc, c.id desc limit ?",
            limit + 1));
    }

    /** Step one of a page: the ids, by an index. */
    private List<Long> ids(String sql, Object... params) {
        try (ResultSet rs = statement(sql, params).executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Step two: the ledger rows of those ids by primary key. */
    private int rowsOf(List<Long> ids) {
        return ids.isEmpty() ? 0 : read(statement(CaseLedgerRepository.ROW_SQL + "?, ".repeat(ids.size() - 1) + "?)",
            ids.toArray()));
    }

    /** A statement prepared once and reused, with these parameters bound. */
    private PreparedStatement statement(String sql, Object... params) {
        try {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Reads every row into a ledger row, as the ledger does; returns how many. */
    private static int read(PreparedStatement statement) {
        try (ResultSet rs = statement.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                CaseLedgerRepository.row(rs);
                rows++;
            }
            return rows;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static QiaoException failure(SQLException e) {
        return new QiaoException(e, "store.failure", e.getMessage());
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : statements.values()) {
                statement.close();
            }
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do: the benchmark is over
        }
    }
}
