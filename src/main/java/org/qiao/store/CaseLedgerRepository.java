// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerCount;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerPage;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.identity.CreditCode;
import org.qiao.domain.identity.ResidentId;

/**
 * The case ledger at a million cases: pages of {@link LedgerRow}s, filtered, sorted and searched without ever
 * reading every case. Plain SQL over JDBC, written so that both databases walk an index (migrations V3, V7):
 * <ul>
 * <li>A page is found in two steps: first the ids of the page's cases, from {@code dispute_case} alone, in index
 * order (so {@code limit} stops the walk early); then those cases' details by primary key.</li>
 * <li>H2 2.3 cannot read an index backwards, so "newest first" names the equality-filtered columns first in
 * {@code order by} ({@code order by status, received_date desc, id desc}), matching an index declared that way
 * (TOOLCHAIN.md, gotchas).</li>
 * <li>Pages do not count: {@link #count} does, once per filter, and stops at {@value #COUNT_CAP}. A page asks for
 * one row more than it shows to know whether another follows.</li>
 * <li>{@link #after} pages by keyset (the sort key and id of the last row), for exports: every row once, however
 * deep, even while cases are added.</li>
 * <li>The search box ({@link #find}) finds its ids with one statement of index lookups, each stopping at the
 * page: case numbers and court case numbers by prefix in their order; workers and employers by name (or phone)
 * prefix in name order, the most recently registered first among equal names (V7's {@code (name, id desc)}
 * indexes), each one's cases newest first; an exact resident ID or credit code, newest case first. In the screen's
 * filter ({@link #page}) each kind contributes at most {@value #CANDIDATES} cases, sorted by the screen's order;
 * beyond that the count is not exact.</li>
 * <li>A sort no index serves (e.g. by amount claimed) is refused over more than {@value #SORTABLE_MAX} matching
 * cases with {@code ledger.sort.tooMany}, asking for a narrower filter.</li>
 * </ul>
 */
public final class CaseLedgerRepository {

    /** Counting stops here: "10,000+" is as useful on screen as the exact figure, and much cheaper. */
    public static final int COUNT_CAP = 10_000;
    /** The most cases a sort without an index may order. */
    public static final int SORTABLE_MAX = 20_000;
    /** The most cases one kind of search-box match contributes to a filtered page. */
    public static final int CANDIDATES = 1_000;

    /** The ledger columns of cases {@code c} (employer {@code e}), before any {@code from}. */
    static final String ROW_COLUMNS = "select c.id, c.case_number, c.status, c.source, c.received_date, e.name, "
        + "(select count(*) from case_worker n where n.case_id = c.id), w.name, w.resident_id, "
        + "(select coalesce(sum(k.amount), 0) from claim k where k.case_id = c.id), c.region_code, u.display_name, "
        + "c.mediation_due_date";
    /** What {@link #ROW_COLUMNS} joins to cases {@code c}. */
    static final String ROW_JOINS = " join employer e on e.id = c.employer_id "
        + "left join case_worker f on f.case_id = c.id and f.worker_order = 0 "
        + "left join worker w on w.id = f.worker_id left join app_user u on u.id = c.mediator_id";
    /** The ledger columns of cases {@code c} (employer {@code e}), before any {@code where}. */
    static final String ROW_FROM = ROW_COLUMNS + " from dispute_case c" + ROW_JOINS;
    /** The ledger columns of the cases whose ids follow, by primary key: {@code ROW_SQL + "?, ?)"}. */
    static final String ROW_SQL = ROW_FROM + " where c.id in (";
    /** The order of {@link #find} over its union's columns: what matched, then newest case. */
    static final String FIND_ORDER = " order by 1, 2, 3 desc, 5 desc, 4 desc";

    private static final Pattern ID_OR_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9-]+");
    private static final Pattern CASE_NUMBER_BRACKETS = Pattern.compile("[〔〕]");
    private static final Pattern DOTS = Pattern.compile("[•‧・∙⋅．.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String AMOUNT = "(select coalesce(sum(k.amount), 0) from claim k where k.case_id = c.id)";

    /** Work on the connection; SQL failures are reported by the caller. */
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Session session;
    private final Connection connection;

    /** Inside a Hibernate transaction ({@link Repositories#ledger()}). */
    CaseLedgerRepository(Session session) {
        this.session = Objects.requireNonNull(session);
        this.connection = null;
    }

    /** On a connection of its own in a read-only transaction ({@link Transactions#readLedger}). */
    CaseLedgerRepository(Connection connection) {
        this.session = null;
        this.connection = Objects.requireNonNull(connection);
    }

    private <T> T work(Work<T> work) {
        if (session != null) {
            return session.doReturningWork(work::run);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new QiaoException(e, "store.failure", e.getMessage());
        }
    }

    /** One page of the ledger; whether more follow, but no count ({@link #count}). */
    public LedgerPage page(LedgerFilter filter, LedgerSort sort, int offset, int limit) {
        return work(connection -> {
            Query where = where(filter, candidates(connection, filter.query()));
            if (where.none() || limit <= 0) {
                return new LedgerPage(List.of(), offset, false);
            }
            Order order = order(filter, sort);
            if (!order.indexed()) {
                refuseLargeSort(connection, where);
            }
            List<LedgerRow> rows = rows(connection, order, where, Keyset.NONE, offset, limit + 1);
            boolean more = rows.size() > limit;
            return new LedgerPage(more ? rows.subList(0, limit) : rows, offset, more);
        });
    }

    /**
     * The next {@code limit} rows in {@code sort} order after {@code last} (a row this method returned, or
     * {@code null} for the first), found by their sort key rather than an offset: as fast at the millionth row as
     * at the first, and a case added or removed meanwhile does not shift the rows still to come.
     */
    public List<LedgerRow> after(LedgerFilter filter, LedgerSort sort, LedgerRow last, int limit) {
        return work(connection -> {
            Query where = where(filter, candidates(connection, filter.query()));
            if (where.none() || limit <= 0) {
                return List.of();
            }
            Order order = order(filter, sort);
            if (!order.indexed() && last == null) {
                refuseLargeSort(connection, where);
            }
            return rows(connection, order, where, last == null ? Keyset.NONE : order.after(last), 0, limit);
        });
    }

    /** How many cases match, counting no further than {@code cap}. */
    public LedgerCount count(LedgerFilter filter, int cap) {
        return work(connection -> {
            Candidates candidates = candidates(connection, filter.query());
            long matches = count(connection, where(filter, candidates), cap);
            return new LedgerCount(Math.min(matches, cap), matches <= cap && candidates.complete());
        });
    }

    /**
     * Up to {@code limit} cases found by the search box, optionally only in {@code statuses}, without counting: by
     * what matched (case number, court case number, worker, employer; see the class comment), then newest first.
     */
    public List<LedgerRow> find(String query, Set<CaseStatus> statuses, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        String whole = SPACES.matcher(query).replaceAll("");
        if (CASE_NUMBER_BRACKETS.matcher(whole).find() && whole.endsWith("号")) {
            // A whole case number (乌前工调〔2026〕0001号): every number ends in 号, so it is no other's prefix.
            return work(connection -> exactCaseNumber(connection, whole, statuses));
        }
        String upper = whole.toUpperCase(Locale.ROOT);
        if (ID_OR_CODE.matcher(upper).matches() && !mayBeCreditCode(upper)) {
            // A resident ID and nothing else: that worker's cases, newest first.
            return work(connection -> byIds(connection, residentIdCases(connection, upper, statuses, limit)));
        }
        return work(connection -> {
            Union union = findUnion(query.strip(), statuses, limit, isH2(connection));
            List<Object> params = new ArrayList<>(union.params);
            params.add(limit * union.branches);
            Set<Long> ids = new LinkedHashSet<>();
            // One lookup alone (a case number, a resident ID) is a query of its own, not a union's branch.
            String lookups = union.branches == 1 ? "select * from " + union.sql + " u" : union.sql.toString();
            try (PreparedStatement statement = prepare(connection, lookups + FIND_ORDER + " limit ?", params);
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next() && ids.size() < limit) {
                    ids.add(rs.getLong(4));
                }
            }
            return byIds(connection, new ArrayList<>(ids));
        });
    }

    /**
     * The search box's lookups as one {@code union all} of {@code (k, t, party, id, r)}: the lookup's rank, the
     * text that matched, the worker or employer (or case) it belongs to, the case and the day it was received.
     * Each lookup walks its index in order and stops after {@code limit} cases or parties; a status filter is
     * applied inside, so that it still finds {@code limit} cases when there are. A case found twice appears twice:
     * at most once per lookup.
     */
    static Union findUnion(String query, Set<CaseStatus> statuses, int limit, boolean h2) {
        String compact = SPACES.matcher(query).replaceAll("");
        String upper = compact.toUpperCase(Locale.ROOT);
        List<String> status = statuses == null ? List.of() : statuses.stream().map(CaseStatus::name).sorted()
            .toList();
        Union union = new Union(status, limit, h2);
        if (ID_OR_CODE.matcher(upper).matches()) {
            if (mayBeResidentId(upper)) {
                union.parties(Union.WORKERS, "resident_id", upper, true);
            }
            if (mayBeCreditCode(upper)) {
                union.parties(Union.EMPLOYERS, "credit_code", upper, true);
            }
        } else if (PHONE.matcher(compact).matches()) {
            union.parties(Union.WORKERS, "phone", compact, false);
            union.parties(Union.EMPLOYERS, "phone", compact, false);
        } else {
            union.cases("case_number", compact);
            // 〔 〕 appear in the studio's case numbers (乌前工调〔2026〕0001号), never in a court's number, e.g.
            // (2026)内0102民诉前调123号, nor in a person's or employer's name.
            if (!CASE_NUMBER_BRACKETS.matcher(compact).find()) {
                union.cases("court_case_number", compact);
                // Names are kept as typed with the middle dot U+00B7 (巴特尔·朝鲁); other dots typed are read as it.
                String name = DOTS.matcher(query).replaceAll("·");
                union.parties(Union.WORKERS, "name", name, false);
                union.parties(Union.EMPLOYERS, "name", name, false);
            }
        }
        return union;
    }

    /** The statement of {@link #findUnion} and its parameters, built lookup by lookup. */
    static final class Union {
        /**
         * Where parties {@code p} of one kind are found and how their cases {@code s} join: the case id selected,
         * the join after the parties (their alias in place of {@code %s}), and the correlation for {@code exists}.
         */
        record Parties(String table, String caseId, String join, String cases) {

            String joinTo(String alias) {
                return " " + alias + join.replace("%s", alias);
            }
        }

        static final Parties WORKERS = new Parties("worker", "g.case_id", " join case_worker g on g.worker_id = %s.id "
            + "join dispute_case s on s.id = g.case_id", "case_worker h join dispute_case s on s.id = h.case_id "
            + "where h.worker_id = p.id");
        static final Parties EMPLOYERS = new Parties("employer", "s.id",
            " join dispute_case s on s.employer_id = %s.id", "dispute_case s where s.employer_id = p.id");

        private final List<String> statuses;
        private final int limit;
        private final boolean h2;
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();
        int branches;

        Union(List<String> statuses, int limit, boolean h2) {
            this.statuses = statuses;
            this.limit = limit;
            this.h2 = h2;
        }

        /** Cases whose {@code column} starts with {@code typed}, in the column's (index) order. */
        void cases(String column, String typed) {
            open();
            sql.append("select ").append(branches).append(" k, c.").append(column).append(" t, c.id party, c.id id, ")
                .append("c.received_date r from dispute_case c where");
            match("c." + column, typed, false);
            status("c");
            sql.append(" order by c.").append(column).append(" limit ?");
            params.add(limit);
            close();
        }

        /**
         * The cases of the first {@code limit} parties (workers or employers, see {@link #WORKERS}) whose
         * {@code column} matches: names in name order, the most recently registered first (index V7), phone
         * numbers in their order, resident IDs and credit codes exactly.
         */
        void parties(Parties kind, String column, String typed, boolean exact) {
            open();
            if (exact) {
                // A resident ID or credit code belongs to one party: no need to stop after the first ones.
                sql.append("select ").append(branches).append(" k, p.").append(column).append(" t, p.id party, ")
                    .append(kind.caseId()).append(" id, s.received_date r from ").append(kind.table())
                    .append(kind.joinTo("p")).append(" where");
                match("p." + column, typed, true);
                status("s");
                close();
                return;
            }
            sql.append("select ").append(branches).append(" k, q.t t, q.id party, ").append(kind.caseId())
                .append(" id, s.received_date r from (select p.id, p.").append(column).append(" t from ")
                .append(kind.table()).append(" p where");
            match("p." + column, typed, exact);
            if (!statuses.isEmpty()) {
                sql.append(" and exists (select 1 from ").append(kind.cases());
                status("s");
                sql.append(')');
            }
            if (column.equals("name")) {
                sql.append(" order by p.name, p.id desc");
            } else if (column.equals("phone")) {
                sql.append(" order by p.phone");
            }
            sql.append(" limit ?)").append(kind.joinTo("q"));
            params.add(limit);
            status("s");
            close();
        }

        /**
         * {@code column = typed}, or {@code column like 'typed%'}. On H2 a prefix is asked as a range instead
         * ({@code column >= 'typed' and column < 'typeE'}): H2 compares strings by code unit, so the range holds
         * exactly the strings starting with the prefix, and H2 evaluates a {@code like ?} slowly (it prepares the
         * pattern again for each row: 1 ms instead of 0.07 ms for a case number at 20,000 cases) and inside a
         * derived table does not narrow the index walk with it at all. Not on PostgreSQL, whose collation may
         * order a string with the prefix outside such a range (a middle dot it ignores, for one).
         */
        private void match(String column, String typed, boolean exact) {
            String after = exact || !h2 ? null : Like.after(typed);
            if (exact) {
                sql.append(' ').append(column).append(" = ?");
                params.add(typed);
            } else if (after != null) {
                sql.append(' ').append(column).append(" >= ? and ").append(column).append(" < ?");
                params.add(typed);
                params.add(after);
            } else {
                sql.append(' ').append(column).append(" like ? escape '\\'");
                params.add(Like.prefix(typed));
            }
        }

        private void status(String alias) {
            if (statuses.isEmpty()) {
                return;
            }
            sql.append(statuses.size() == 1 ? " and " + alias + ".status = ?"
                : " and " + alias + ".status in (" + "?, ".repeat(statuses.size() - 1) + "?)");
            params.addAll(statuses);
        }

        private void open() {
            sql.append(branches == 0 ? "(" : " union all (");
        }

        private void close() {
            sql.append(')');
            branches++;
        }
    }

    // ---- the search box ----

    /**
     * Whether 18 typed characters can be a stored resident ID: every one passed its check character at entry, so a
     * text with a wrong one is not looked up as one (it may still be a credit code).
     */
    static boolean mayBeResidentId(String upper) {
        return ResidentId.hasValidCheckCharacter(upper) || !CreditCode.hasValidCheckCharacter(upper);
    }

    /** As {@link #mayBeResidentId}, for a unified social credit code. */
    static boolean mayBeCreditCode(String upper) {
        return CreditCode.hasValidCheckCharacter(upper) || !ResidentId.hasValidCheckCharacter(upper);
    }

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
            if (mayBeResidentId(upper)) {
                complete &= collect(connection, ids, "select f.case_id from worker w join case_worker f "
                    + "on f.worker_id = w.id where w.resident_id = ?", upper);
            }
            if (mayBeCreditCode(upper)) {
                complete &= collect(connection, ids, "select c.id from employer e join dispute_case c "
                    + "on c.employer_id = e.id where e.credit_code = ?", upper);
            }
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
            if (CASE_NUMBER_BRACKETS.matcher(compact).find()) {
                // 〔 〕 appear in the studio's case numbers (乌前工调〔2026〕0001号), never in a court's number nor in
                // a person's or employer's name.
                return new Candidates(ids, complete);
            }
            // The referring court's number, e.g. (2026)内0102民诉前调123号, for referred cases.
            complete &= collect(connection, ids,
                "select id from dispute_case where court_case_number like ? escape '\\'", Like.prefix(compact));
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

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:h2:");
    }

    /** Refuses a sort no index serves over more than {@value #SORTABLE_MAX} cases ({@code ledger.sort.tooMany}). */
    private static void refuseLargeSort(Connection connection, Query where) throws SQLException {
        if (count(connection, where, SORTABLE_MAX) > SORTABLE_MAX) {
            throw new QiaoException("ledger.sort.tooMany", SORTABLE_MAX);
        }
    }

    /**
     * The rows of one page in {@code order}: first the page's ids from {@code dispute_case} alone (walking an index
     * when {@code order.indexed()}, so {@code limit} stops the walk), then their details by primary key. One
     * statement with the ids as a derived table would save a round trip, but H2 then evaluates a league's page in
     * 100–1,000 ms instead of 2 ms at a million cases.
     */
    private static List<LedgerRow> rows(Connection connection, Order order, Query where, Keyset after, int offset,
        int limit) throws SQLException {
        String sql = "select c.id from dispute_case c" + order.join() + where.sql() + after.sql() + " order by "
            + order.prefix() + order.sql() + " limit ? offset ?";
        List<Object> params = new ArrayList<>(where.params());
        params.addAll(after.params());
        params.add(limit);
        params.add(offset);
        List<Long> ids = new ArrayList<>(limit);
        try (PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return byIds(connection, ids);
    }

    /** The ledger rows of {@code ids}, in that order. */
    private static List<Long> residentIdCases(Connection connection, String residentId, Set<CaseStatus> statuses,
                                              int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(residentId);
        StringBuilder sql = new StringBuilder("select s.id from worker p join case_worker g on g.worker_id = p.id "
            + "join dispute_case s on s.id = g.case_id where p.resident_id = ?");
        appendStatuses(sql, "s", statuses, params);
        sql.append(" order by s.received_date desc, s.id desc limit ?");
        params.add(limit);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, sql.toString(), params);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void appendStatuses(StringBuilder sql, String alias, Set<CaseStatus> statuses,
                                       List<Object> params) {
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" and ").append(alias).append(".status in (").append("?, ".repeat(statuses.size() - 1))
                .append("?)");
            statuses.stream().map(CaseStatus::name).sorted().forEach(params::add);
        }
    }

    private static List<LedgerRow> exactCaseNumber(Connection connection, String number, Set<CaseStatus> statuses)
        throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(number);
        StringBuilder sql = new StringBuilder(ROW_FROM).append(" where c.case_number = ?");
        appendStatuses(sql, "c", statuses, params);
        try (PreparedStatement statement = prepare(connection, sql.toString(), params);
             ResultSet rs = statement.executeQuery()) {
            List<LedgerRow> rows = new ArrayList<>(1);
            while (rs.next()) {
                rows.add(row(rs));
            }
            return rows;
        }
    }

    private static List<LedgerRow> byIds(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LedgerRow> byId = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, ROW_SQL + "?, ".repeat(ids.size() - 1) + "?)",
            new ArrayList<>(ids)); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                LedgerRow row = row(rs);
                byId.put(row.id(), row);
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** One term of an order: an expression over {@code c} (or {@code e}), its direction, its value in a row. */
    private record Term(String sql, boolean descending, Function<LedgerRow, Object> value) {

        static final Term ID_DESC = new Term("c.id", true, LedgerRow::id);

        String ordered() {
            return sql + (descending ? " desc" : "");
        }
    }

    /** A keyset condition ({@code and …}) with its parameters; {@link #NONE} for the first page. */
    private record Keyset(String sql, List<Object> params) {
        static final Keyset NONE = new Keyset("", List.of());
    }

    /**
     * The order of a page: the columns filtered by equality that lead the index ({@code prefix}, constant within
     * the filter), then the terms that order the rows, the last one unique. {@code join} adds the employer when
     * its name is sorted on; {@code indexed} says whether an index gives this order (V3).
     */
    private record Order(String join, String prefix, List<Term> terms, boolean indexed) {

        String sql() {
            return terms.stream().map(Term::ordered).collect(Collectors.joining(", "));
        }

        /**
         * The rows after {@code last} in this order: {@code t1 > v1 or t1 = v1 and (t2 > v2 or …)}, led by a range
         * on the first term ({@code t1 >= v1}) that lets the index start at the last row instead of the first.
         */
        Keyset after(LedgerRow last) {
            List<Object> params = new ArrayList<>();
            Term first = terms.get(0);
            StringBuilder sql = new StringBuilder(" and ").append(first.sql()).append(first.descending() ? " <= ?"
                : " >= ?");
            params.add(first.value().apply(last));
            sql.append(" and ");
            for (int i = 0; i < terms.size(); i++) {
                Term term = terms.get(i);
                Object value = term.value().apply(last);
                sql.append('(').append(term.sql()).append(term.descending() ? " < ?" : " > ?");
                params.add(value);
                if (i < terms.size() - 1) {
                    sql.append(" or ").append(term.sql()).append(" = ? and ");
                    params.add(value);
                }
            }
            sql.append(")".repeat(terms.size()));
            return new Keyset(sql.toString(), params);
        }
    }

    private static Term received(boolean descending) {
        return new Term("c.received_date", descending, row -> Date.valueOf(row.receivedDate()));
    }

    /**
     * The order for this filter and sort, walking an index of migration V3 where one serves. Columns filtered by
     * equality come first, as in the index, so H2 sees that the index order is the requested order. A search-box
     * filter matches few cases, which are simply sorted.
     */
    private static Order order(LedgerFilter filter, LedgerSort sort) {
        List<Term> newest = List.of(received(true), Term.ID_DESC);
        boolean desc = sort.descending();
        if (sort.column() == LedgerSort.Column.MEDIATION_DUE) {
            if (filter.dueFrom() == null && filter.dueTo() == null) {
                throw new IllegalArgumentException("sorting by the mediation deadline needs a deadline condition");
            }
            // Walks ix_dispute_case_mediation_due (V2) within the deadline range, whose entries end with the id.
            return new Order("", "", List.of(new Term("c.mediation_due_date", desc,
                row -> Date.valueOf(row.mediationDue())), new Term("c.id", desc, LedgerRow::id)),
                filter.query() == null);
        }
        Term status = new Term("c.status", desc, row -> row.status().name());
        if (filter.query() == null) {
            boolean oneStatus = filter.statuses().size() == 1;
            boolean county = filter.regionCode() != null && !filter.regionIsLeague();
            if (sort.column() == LedgerSort.Column.RECEIVED_DATE && desc) {
                String prefix = county && oneStatus ? "c.region_code, c.status, " : oneStatus ? "c.status, "
                    : county ? "c.region_code, " : filter.mediatorId() != null ? "c.mediator_id, "
                    : filter.sources().size() == 1 ? "c.source, " : "";
                return new Order("", prefix, newest, true);
            }
            boolean unfiltered = filter.equals(LedgerFilter.ALL);
            if (unfiltered && sort.column() == LedgerSort.Column.RECEIVED_DATE) {
                return new Order("", "", List.of(received(false), new Term("c.id", false, LedgerRow::id)), true);
            }
            if (unfiltered && sort.column() == LedgerSort.Column.CASE_NUMBER && !desc) {
                return new Order("", "", List.of(new Term("c.case_number", false, LedgerRow::caseNumber)), true);
            }
            if ((unfiltered || oneStatus && filter.withStatuses(null).equals(LedgerFilter.ALL))
                && sort.column() == LedgerSort.Column.STATUS && !desc) {
                return new Order("", "", List.of(status, received(true), Term.ID_DESC), true);
            }
        }
        // No index gives this order: sorted in the database, but only a bounded number of cases.
        return switch (sort.column()) {
            case RECEIVED_DATE -> new Order("", "", List.of(received(desc), Term.ID_DESC), false);
            case CASE_NUMBER -> new Order("", "", List.of(new Term("c.case_number", desc, LedgerRow::caseNumber),
                Term.ID_DESC), false);
            case STATUS -> new Order("", "", List.of(status, received(true), Term.ID_DESC), false);
            case EMPLOYER_NAME -> new Order(" join employer e on e.id = c.employer_id", "",
                List.of(new Term("e.name", desc, LedgerRow::employerName), Term.ID_DESC), false);
            case AMOUNT_CLAIMED -> new Order("", "", List.of(new Term(AMOUNT, desc, LedgerRow::claimed),
                Term.ID_DESC), false);
            case MEDIATION_DUE -> throw new IllegalStateException("handled above");
        };
    }

    /** The ledger row at the result set's cursor, columns as {@link #ROW_FROM} lists them. */
    static LedgerRow row(ResultSet rs) throws SQLException {
        return new LedgerRow(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
            CaseSource.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7),
            rs.getString(8), LedgerRow.maskResidentId(rs.getString(9)), rs.getBigDecimal(10).setScale(2),
            rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class));
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
