// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qiao.domain.QiaoException;

/**
 * The hand-written JDBC baseline of {@code qiao bench search}: each search kind of the ledger as one plain SQL
 * statement on its own connection, with no Hibernate session or transaction object around it, returning the same
 * ledger columns (first worker, worker count, amount claimed, mediator). It shows what the database itself costs,
 * so that the service's figures can be read against it. Also draws the random lookups from the data.
 */
public final class JdbcSearchBaseline implements AutoCloseable {

    /** What one random case offers to look up. */
    public record Sample(String caseNumber, String residentId, String workerName, String employerName,
                         String creditCode, String status, String regionCode) {
    }

    private static final String COLUMNS = "select c.id, c.case_number, c.status, c.source, c.received_date, e.name, "
        + "(select count(*) from case_worker n where n.case_id = c.id), w.name, w.resident_id, "
        + "(select coalesce(sum(k.amount), 0) from claim k where k.case_id = c.id), c.region_code, u.display_name ";
    private static final String JOINS = " join employer e on e.id = c.employer_id "
        + "left join case_worker f on f.case_id = c.id and f.worker_order = 0 left join worker w on w.id = f.worker_id "
        + "left join app_user u on u.id = c.mediator_id ";
    private static final String NEWEST = " order by c.received_date desc, c.id desc limit ";
    /** Matches of one search kind considered, as in the ledger's search box. */
    private static final int CANDIDATES = CaseLedgerRepository.CANDIDATES;

    private final Connection connection;

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
        return rows("from dispute_case c" + JOINS + "where c.case_number = ?" + NEWEST + limit, number);
    }

    /** The cases of the worker with this resident ID, newest first. */
    public int byResidentId(String residentId, int limit) {
        return rowsOf(ids("select f.case_id from worker w join case_worker f on f.worker_id = w.id "
            + "where w.resident_id = ? limit " + CANDIDATES, residentId), limit);
    }

    /** Cases of workers whose name starts so, newest first among the first matches. */
    public int byWorkerNamePrefix(String prefix, int limit) {
        return rowsOf(ids("select f.case_id from worker w join case_worker f on f.worker_id = w.id "
            + "where w.name like ? escape '\\' limit " + CANDIDATES, Like.prefix(prefix)), limit);
    }

    /** Cases of employers whose name starts so, newest first among the first matches. */
    public int byEmployerNamePrefix(String prefix, int limit) {
        return rowsOf(ids("select x.id from employer e join dispute_case x on x.employer_id = e.id "
            + "where e.name like ? escape '\\' limit " + CANDIDATES, Like.prefix(prefix)), limit);
    }

    /** Cases of the employer with this unified social credit code, newest first. */
    public int byCreditCode(String creditCode, int limit) {
        return rowsOf(ids("select x.id from employer e join dispute_case x on x.employer_id = e.id "
            + "where e.credit_code = ? limit " + CANDIDATES, creditCode), limit);
    }

    /** The first page of one status in one banner/county, or in one league/city when {@code league}, newest first. */
    public int filteredPage(String status, String regionCode, boolean league, int limit) {
        List<Long> ids = league
            ? ids("select c.id from dispute_case c where c.status = ? and c.region_code like ? "
                + "order by c.status, c.received_date desc, c.id desc limit " + limit, status,
                regionCode.substring(0, 4) + "%")
            : ids("select c.id from dispute_case c where c.status = ? and c.region_code = ? "
                + "order by c.region_code, c.status, c.received_date desc, c.id desc limit " + limit, status,
                regionCode);
        return rowsOf(ids, limit);
    }

    /** The first page of the whole ledger, newest first. */
    public int firstPage(int limit) {
        return rowsOf(ids("select c.id from dispute_case c order by c.received_date desc, c.id desc limit " + limit),
            limit);
    }

    /** Step one, as the ledger does it: the ids of the matching cases, by an index. */
    private List<Long> ids(String sql, String... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Step two: the ledger rows of those cases by primary key, newest first, at most {@code limit}. */
    private int rowsOf(List<Long> ids, int limit) {
        if (ids.isEmpty()) {
            return 0;
        }
        StringBuilder in = new StringBuilder();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            in.append(in.length() == 0 ? "" : ", ").append(id.longValue());
        }
        return rows("from dispute_case c" + JOINS + "where c.id in (" + in + ")" + NEWEST + limit);
    }

    private int rows(String sqlAfterColumns, String... params) {
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS + sqlAfterColumns)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    // Read every column, as the ledger does.
                    for (int column = 1; column <= 12; column++) {
                        rs.getObject(column);
                    }
                    rows++;
                }
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
            connection.close();
        } catch (SQLException ignored) {
            // nothing to do: the benchmark is over
        }
    }
}
