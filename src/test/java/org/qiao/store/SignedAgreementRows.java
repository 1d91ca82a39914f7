// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qiao.domain.cases.DisputeCategory;

/**
 * Writes a signed agreement (the row, its per-worker items and instalments) for a case with plain SQL, as the
 * agreement screens would: payments are counted against it. Build it up and {@link #insert} it.
 */
public final class SignedAgreementRows {

    private record Item(long workerId, DisputeCategory category, BigDecimal amount) {
    }

    private record Instalment(long workerId, LocalDate due, BigDecimal amount) {
    }

    private final long caseId;
    private final String number;
    private final LocalDate signed;
    private final List<Item> items = new ArrayList<>();
    private final List<Instalment> instalments = new ArrayList<>();

    public SignedAgreementRows(long caseId, String number, LocalDate signed) {
        this.caseId = caseId;
        this.number = number;
        this.signed = signed;
    }

    /** An agreed item of a worker, after their earlier ones. */
    public SignedAgreementRows item(long workerId, DisputeCategory category, String amount) {
        items.add(new Item(workerId, category, new BigDecimal(amount)));
        return this;
    }

    /** An instalment of a worker, numbered after their earlier ones. */
    public SignedAgreementRows instalment(long workerId, LocalDate due, String amount) {
        instalments.add(new Instalment(workerId, due, new BigDecimal(amount)));
        return this;
    }

    /** Writes the rows to the database {@code config} reaches and returns the agreement's id. */
    public long insert(DatabaseConfig config) {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
            long id;
            try (PreparedStatement p = c.prepareStatement("insert into agreement (version, created_at, updated_at, "
                + "case_id, agreement_version, status, agreement_number, drawn_date, signed_date, facts, "
                + "performance_check, copies, content_sha256, created_by, signed_by) values (0, current_timestamp, "
                + "current_timestamp, ?, 1, 'SIGNED', ?, ?, ?, '事实', '回访核实', 3, ?, 'tester', 'tester')",
                Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, caseId);
                p.setString(2, number);
                p.setObject(3, signed);
                p.setObject(4, signed);
                p.setString(5, "0".repeat(64));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("insert into agreement_item (agreement_id, worker_id, "
                + "line_no, category, amount) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    p.setLong(1, id);
                    p.setLong(2, item.workerId());
                    long worker = item.workerId();
                    p.setInt(3, (int) items.subList(0, i + 1).stream().filter(x -> x.workerId() == worker).count());
                    p.setString(4, item.category().name());
                    p.setBigDecimal(5, item.amount());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("insert into agreement_instalment (agreement_id, "
                + "worker_id, seq, due_date, amount) values (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < instalments.size(); i++) {
                    Instalment instalment = instalments.get(i);
                    p.setLong(1, id);
                    p.setLong(2, instalment.workerId());
                    long worker = instalment.workerId();
                    p.setInt(3, (int) instalments.subList(0, i + 1).stream().filter(x -> x.workerId() == worker)
                        .count());
                    p.setObject(4, instalment.due());
                    p.setBigDecimal(5, instalment.amount());
                    p.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the agreement of case " + caseId, e);
        }
    }
}
