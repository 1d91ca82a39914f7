// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.Session;
import org.qiao.domain.audit.AuditEntry;

/** Reads the audit trail; it is written only by the store itself, alongside each change. */
public final class AuditRepository {

    private static final String COLUMNS =
        "select id, at, username, entity, entity_id, action, changes from audit_entry";

    private final Session session;

    AuditRepository(Session session) {
        this.session = session;
    }

    /** Everything recorded about one record, oldest first; {@code entity} is the simple class name. */
    public List<AuditEntry> forEntity(String entity, long entityId) {
        return map(session.createNativeQuery(COLUMNS + " where entity = :entity and entity_id = :id order by id",
                Object[].class)
            .setParameter("entity", entity)
            .setParameter("id", entityId)
            .getResultList());
    }

    /** The {@code count} most recent entries, newest first. */
    public List<AuditEntry> latest(int count) {
        return map(session.createNativeQuery(COLUMNS + " order by id desc", Object[].class)
            .setMaxResults(count)
            .getResultList());
    }

    private static List<AuditEntry> map(List<Object[]> rows) {
        return rows.stream().map(AuditRepository::entry).toList();
    }

    private static AuditEntry entry(Object[] row) {
        return new AuditEntry(((Number) row[0]).longValue(), toDateTime(row[1]), (String) row[2], (String) row[3],
            row[4] == null ? null : ((Number) row[4]).longValue(), (String) row[5], (String) row[6]);
    }

    private static LocalDateTime toDateTime(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
