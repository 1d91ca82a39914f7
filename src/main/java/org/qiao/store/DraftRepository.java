// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The one open intake draft per user, saved as they type. Plain SQL and not audited: a draft is scratch work saved
 * every few seconds, not a record; what is registered from it is audited.
 */
public final class DraftRepository {

    /** A stored draft: whose, when it was last saved, and the screen's own text. */
    public record StoredDraft(String owner, LocalDateTime updatedAt, String content) {
    }

    private final Session session;

    DraftRepository(Session session) {
        this.session = session;
    }

    /** Stores {@code content} as {@code owner}'s draft, replacing the one before. */
    public void save(String owner, String content, LocalDateTime at) {
        int updated = session.createNativeMutationQuery(
                "update intake_draft set content = :content, updated_at = :at where owner = :owner")
            .setParameter("content", content)
            .setParameter("at", at)
            .setParameter("owner", owner)
            .executeUpdate();
        if (updated == 0) {
            session.createNativeMutationQuery(
                    "insert into intake_draft (owner, updated_at, content) values (:owner, :at, :content)")
                .setParameter("owner", owner)
                .setParameter("at", at)
                .setParameter("content", content)
                .executeUpdate();
        }
    }

    public Optional<StoredDraft> find(String owner) {
        List<Object[]> rows = session.createNativeQuery(
                "select owner, updated_at, content from intake_draft where owner = :owner", Object[].class)
            .setParameter("owner", owner)
            .getResultList();
        return rows.stream().findFirst().map(row -> new StoredDraft((String) row[0], toDateTime(row[1]),
            (String) row[2]));
    }

    /** Removes {@code owner}'s draft; returns whether there was one. */
    public boolean delete(String owner) {
        return session.createNativeMutationQuery("delete from intake_draft where owner = :owner")
            .setParameter("owner", owner)
            .executeUpdate() > 0;
    }

    private static LocalDateTime toDateTime(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
