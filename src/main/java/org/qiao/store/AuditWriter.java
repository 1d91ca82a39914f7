// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Writes audit lines on the session's own connection, so they commit or roll back with the change they describe.
 * The user is asked of the supplier given to {@link Database#open} at every write.
 */
final class AuditWriter {

    private static final String INSERT_SQL =
        "insert into audit_entry (at, username, entity, entity_id, action, changes) values (?, ?, ?, ?, ?, ?)";

    private final Supplier<String> currentUser;

    AuditWriter(Supplier<String> currentUser) {
        this.currentUser = currentUser;
    }

    void write(SharedSessionContractImplementor session, String entity, Object id, String action,
        List<String> lines) {
        try {
            write(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(), entity, id, action,
                lines);
        } catch (SQLException e) {
            // Failing here fails the whole transaction: a change without its audit line is not allowed.
            throw new HibernateException("Could not write the audit trail", e);
        }
    }

    /** Writes one audit line on {@code connection}, in whatever transaction it has open. */
    void write(Connection connection, String entity, Object id, String action, List<String> lines)
        throws SQLException {
        String username = currentUser.get();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(2, username == null || username.isBlank() ? "?" : username);
            insert.setString(3, entity);
            if (id instanceof Number number) {
                insert.setLong(4, number.longValue());
            } else {
                insert.setNull(4, Types.BIGINT);
            }
            insert.setString(5, action);
            insert.setString(6, String.join("\n", lines));
            insert.executeUpdate();
        }
    }
}
