// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;

/**
 * The case ledger at a million cases: pages of {@link LedgerRow}s, filtered, sorted and searched without ever
 * reading every case. Plain SQL over JDBC, written so that both databases walk an index (migration V3):
 * <ul>
 * <li>A page is found in two steps: first the ids of the page's cases, from {@code dispute_case} alone, in index
 * order (so {@code limit} stops the walk early); then those cases' details by primary key.</li>
 * <li>H2 2.3 cannot read an index backwards, so "newest first" names the equality-filtered columns first in
 * {@code order by} ({@code order by status, received_date desc, id desc}), matching an index declared that way
 * (TOOLCHAIN.md, gotchas).</li>
 * <li>The search box runs only index lookups: an exact resident ID or credit code, or a prefix ({@code like 'x%'})
 * of a case number, worker or employer name, or phone number. Each kind contributes at most
 * {@value #CANDIDATES} cases; beyond that the result is marked as not exhaustive.</li>
 * <li>Counts stop at {@value #COUNT_CAP}; a sort no index serves (e.g. by amount claimed) is refused over more than
 * {@value #SORTABLE_MAX} matching cases with {@code ledger.sort.tooMany}, asking for a narrower filter.</li>
 * </ul>
 */
public final class CaseLedgerRepository {

    /** Counting stops here: "10,000+" is as useful on screen as the exact figure, and much cheaper. */
    public static final int COUNT_CAP = 10_000;
    /** The most cases a sort without an index may order. */
    public static final int SORTABLE_MAX = 20_000;
    /** The most cases one kind of search-box match contributes. */
    public static final int CANDIDATES = 1_000;

    private static final Pattern ID_OR_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9-]+");
    private static final Pattern CASE_NUMBER_BRACKETS = Pattern.compile("[〔〕]");
    private static final Pattern DOTS = Pattern.compile("[•‧・∙⋅．.]");

    private static final String ROW_SQL = "select c.id, c.case_number, c.status, c.source, c.received_date, "
        + "e.name, (select count(*) from case_worker n where n.case_id = c.id), w.name, w.resident_id, "
        + "(select coalesce(sum(k.amount), 0) from claim k where k.case_id = c.id), c.region_code, u.display_name "
        + "from dispute_case c join employer e on e.id = c.employer_id "
        + "left join case_worker f on f.case_id = c.id and f.worker_order = 0 "
        + "left join worker w on w.id = f.worker_id "
        + "left join app_user u on u.id = c.mediator_id where c.id in (";

    private final Session session;

    CaseLedgerRepository(Session session) {
        this.session = session;
    }

    /** One page of the ledger with a capped count of all matches. */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        return session.doReturningWork(connection -> {
            Candidates candidates = candidates(connection, filter.query());
            Query where = where(filter, candidates);
            long matches = count(connection, where, COUNT_CAP);
            boolean exact = matches <= COUNT_CAP && candidates.complete;
            List<LedgerRow> rows = rows(connection, pageIds(connection, where, filter, sort, offset, limit));
            return new LedgerPage(rows, offset, Math.min(matches, COUNT_CAP), exact);
        });
    }

    /** Up to {@code limit} cases found by the search box, newest received first, without counting. */
    public List<LedgerRow> find(String query, Set<CaseStatus> statuses, int limit) {
        LedgerFilter filter = LedgerFilter.ALL.withQuery(query).withStatuses(statuses);
        return session.doReturningWork(connection -> {
            Query where = where(filter, candidates(connection, filter.query()));
            return rows(connection, pageIds(connection, where, filter, LedgerSort.NEWEST_FIRST, 0, limit));
        });
    }

    /** How many cases match, counting no further than {@code cap + 1}. */
    public long count(LedgerFilter filter, int cap) {
        return session.doReturningWork(connection ->
            count(connection, where(filter, candidates(connection, filter.query())), cap));
    }

    // ---- the search box ----

    /** The ids the search box matched, or {@code null} ids for "no search". */
    private record Candidates(Set<Long> ids, boolean complete) {
    }

    private static Candidates candidates(Connection connection, String query) throws SQLException {
        if (query == null) {
            return new Candidates(null, true);
        }
        String compact = query.replaceAll("\\s+", "");
        String upper = compact.toUpperCase(Locale.ROOT);
        Set<Long> ids = new LinkedHashSet<>();
        boolean complete = true;
        if (ID_OR_CODE.matcher(upper).matches()) {
            complete &= collect(connection, ids, "select f.case_id from worker w join case_worker f "
                + "on f.worker_id = w.id where w.resident_id = ?", upper);
            complete &= collect(connection, ids, "select c.id from employer e join dispute_case c "
                + "on c.employer_id = e.id where e.credit_code = ?", upper);
        } else if (PHONE.matcher(compact).matches()) {
            String prefix = Like.prefix(compact);
            complete &= collect(connection, ids, "select f.case_id from worker w join case_worker f "
                + "on f.worker_id = w.id where w.phone like ? escape '\\'", prefix);
            complete &= collect(connection, ids, "select c.id from employer e join dispute_case c "
                + "on c.employer_id = e.id where e.phone like ? escape '\\'", prefix);
        } else {
            // Names are kept as typed with the middle dot U+00B7 (巴特尔·朝鲁); other dots typed are read as it.
            String name = Like.prefix(DOTS.matcher(query.strip()).replaceAll("·"));
            complete &= collect(connection, ids, "select id from dispute_case where case_number like ? escape '\\'",
                Like.prefix(compact));
            // The referring court's number, e.g. (2026)内0102民诉前调123号, for referred cases.
            complete &= collect(connection, ids,
                "select id from dispute_case where court_case_number like ? escape '\\'", Like.prefix(compact));
            if (CASE_NUMBER_BRACKETS.matcher(compact).find()) {
                // 〔 〕 appear in case numbers (乌前工调〔2026〕0001号), never in a person's or employer's name.
                return new Candidates(ids, complete);
            }
            complete &= collect(connection, ids, "select f.case_id from worker w join case_worker f "
                + "on f.worker_id = w.id where w.name like ? escape '\\'", name);
            complete &= collect(connection, ids, "select c.id from employer e join dispute_case c "
                + "on c.employer_id = e.id where e.name like ? escape '\\'", name);
        }
        return new Candidates(ids, complete);
    }

    /** Adds the case ids {@code sql} finds, at most {@value #CANDIDATES}; false when there were more. */
    private static boolean collect(Connection connection, Set<Long> ids, String sql, String value)
        throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql + " limit " + (CANDIDATES + 1))) {
            statement.setString(1, value);
            int found = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (++found > CANDIDATES) {
                        return false;
                    }
                    ids.add(rs.getLong(1));
                }
            }
            return true;
        }
    }

    // ---- filters, order, pages ----

    /** A where clause over {@code dispute_case c} and its parameters; {@code none} when nothing can match. */
    private record Query(String sql, List<Object> params, boolean none) {
    }

    private static Query where(LedgerFilter filter, Candidates candidates) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (candidates.ids() != null) {
            if (candidates.ids().isEmpty()) {
                return new Query("", List.of(), true);
            }
            in(sql, params, "c.id", new ArrayList<>(candidates.ids()));
        }
        if (!filter.statuses().isEmpty()) {
            in(sql, params, "c.status", filter.statuses().stream().map(CaseStatus::name).sorted().toList());
        }
        if (!filter.sources().isEmpty()) {
            in(sql, params, "c.source", filter.sources().stream().map(CaseSource::name).sorted().toList());
        }
        if (filter.regionCode() != null) {
            if (filter.regionIsLeague()) {
                // GB/T 2260: a league/city's banners and counties share its first 4 digits.
                sql.append(" and c.region_code like ?");
                params.add(filter.regionCode().substring(0, 4) + "%");
            } else {
                sql.append(" and c.region_code = ?");
                params.add(filter.regionCode());
            }
        }
        if (filter.mediatorId() != null) {
            sql.append(" and c.mediator_id = ?");
            params.add(filter.mediatorId());
        }
        if (filter.receivedFrom() != null) {
            sql.append(" and c.received_date >= ?");
            params.add(Date.valueOf(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            sql.append(" and c.received_date <= ?");
            params.add(Date.valueOf(filter.receivedTo()));
        }
        if (filter.dueFrom() != null) {
            sql.append(" and c.mediation_due_date >= ?");
            params.add(Date.valueOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            sql.append(" and c.mediation_due_date <= ?");
            params.add(Date.valueOf(filter.dueTo()));
        }
        if (filter.category() != null) {
            sql.append(" and exists (select 1 from claim k where k.case_id = c.id and k.category = ?)");
            params.add(filter.category().name());
        }
        if (filter.workerGroup() != null) {
            sql.append(" and exists (select 1 from case_worker g join worker_group wg on wg.worker_id = g.worker_id"
                + " where g.case_id = c.id and wg.group_code = ?)");
            params.add(filter.workerGroup().name());
        }
        return new Query(sql.toString(), params, false);
    }

    private static void in(StringBuilder sql, List<Object> params, String column, List<?> values) {
        if (values.size() == 1) {
            sql.append(" and ").append(column).append(" = ?");
        } else {
            sql.append(" and ").append(column).append(" in (").append("?, ".repeat(values.size() - 1))
                .append("?)");
        }
        params.addAll(values);
    }

    private static long count(Connection connection, Query where, int cap) throws SQLException {
        if (where.none()) {
            return 0;
        }
        String sql = "select count(*) from (select 1 from dispute_case c" + where.sql() + " limit " + (cap + 1)
            + ") m";
        try (PreparedStatement statement = prepare(connection, sql, where.params());
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> pageIds(Connection connection, Query where, LedgerFilter filter, LedgerSort sort,
        int offset, int limit) throws SQLException {
        if (where.none() || limit <= 0) {
            return List.of();
        }
        String order = indexedOrder(filter, sort);
        String from = " from dispute_case c";
        if (order == null) {
            // No index gives this order: sort in the database, but only a bounded number of cases.
            if (count(connection, where, SORTABLE_MAX) > SORTABLE_MAX) {
                throw new QiaoException("ledger.sort.tooMany", SORTABLE_MAX);
            }
            String dir = sort.descending() ? " desc" : "";
            switch (sort.column()) {
                case RECEIVED_DATE -> order = "c.received_date" + dir + ", c.id desc";
                case CASE_NUMBER -> order = "c.case_number" + dir + ", c.id desc";
                case STATUS -> order = "c.status" + dir + ", c.received_date desc, c.id desc";
                case EMPLOYER_NAME -> {
                    from = " from dispute_case c join employer e on e.id = c.employer_id";
                    order = "e.name" + dir + ", c.id desc";
                }
                case AMOUNT_CLAIMED -> order = "(select coalesce(sum(k.amount), 0) from claim k where k.case_id = c.id)"
                    + dir + ", c.id desc";
                default -> throw new IllegalStateException(sort.column().name());
            }
        }
        String sql = "select c.id" + from + where.sql() + " order by " + order + " limit ? offset ?";
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        List<Long> ids = new ArrayList<>(limit);
        try (PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * The {@code order by} that walks an index of migration V3 for this filter and sort, or {@code null} when none
     * does. Columns filtered by equality come first, as in the index, so H2 sees that the index order is the
     * requested order. A search-box filter matches few cases, which are simply sorted.
     */
    static String indexedOrder(LedgerFilter filter, LedgerSort sort) {
        if (filter.query() != null) {
            return null;
        }
        boolean oneStatus = filter.statuses().size() == 1;
        boolean county = filter.regionCode() != null && !filter.regionIsLeague();
        if (sort.column() == LedgerSort.Column.RECEIVED_DATE && sort.descending()) {
            String newest = "c.received_date desc, c.id desc";
            if (county && oneStatus) {
                return "c.region_code, c.status, " + newest;
            }
            if (oneStatus) {
                return "c.status, " + newest;
            }
            if (county) {
                return "c.region_code, " + newest;
            }
            if (filter.mediatorId() != null) {
                return "c.mediator_id, " + newest;
            }
            if (filter.sources().size() == 1) {
                return "c.source, " + newest;
            }
            return newest;
        }
        boolean unfiltered = filter.equals(LedgerFilter.ALL);
        if (unfiltered && sort.column() == LedgerSort.Column.RECEIVED_DATE) {
            return "c.received_date, c.id";
        }
        if (unfiltered && sort.column() == LedgerSort.Column.CASE_NUMBER && !sort.descending()) {
            return "c.case_number";
        }
        if ((unfiltered || oneStatus && filter.withStatuses(null).equals(LedgerFilter.ALL))
            && sort.column() == LedgerSort.Column.STATUS && !sort.descending()) {
            return "c.status, c.received_date desc, c.id desc";
        }
        return null;
    }

    /** The ledger rows of {@code ids}, in that order. */
    private static List<LedgerRow> rows(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = ROW_SQL + "?, ".repeat(ids.size() - 1) + "?)";
        Map<Long, LedgerRow> byId = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, new ArrayList<>(ids));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                LedgerRow row = new LedgerRow(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                    CaseSource.valueOf(rs.getString(4)), rs.getObject(5, java.time.LocalDate.class),
                    rs.getString(6), rs.getInt(7), rs.getString(8), LedgerRow.maskResidentId(rs.getString(9)),
                    rs.getBigDecimal(10).setScale(2), rs.getString(11), rs.getString(12));
                byId.put(row.id(), row);
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
        throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof Long l) {
                    statement.setLong(i + 1, l);
                } else if (value instanceof Integer n) {
                    statement.setInt(i + 1, n);
                } else if (value instanceof BigDecimal d) {
                    statement.setBigDecimal(i + 1, d);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
