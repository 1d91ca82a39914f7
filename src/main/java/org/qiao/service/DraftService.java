// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.qiao.domain.QiaoException;
import org.qiao.store.Transactions;

/**
 * The intake form a user is filling in, kept in the database as they type so that a crash or a closed window loses
 * nothing. One open draft per user; the content is the screen's own text (e.g. JSON), stored as given.
 */
public final class DraftService {

    /** A saved draft. */
    public record Draft(String owner, LocalDateTime savedAt, String content) {
    }

    private final Transactions tx;
    private final Clock clock;

    public DraftService(Transactions tx) {
        this(tx, Clock.systemDefaultZone());
    }

    public DraftService(Transactions tx, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Saves {@code content} as {@code owner}'s draft, replacing the previous one. */
    public Draft save(String owner, String content) {
        String who = owner(owner);
        String text = content == null ? "" : content;
        LocalDateTime now = LocalDateTime.now(clock);
        tx.run(r -> r.drafts().save(who, text, now));
        return new Draft(who, now, text);
    }

    public Optional<Draft> load(String owner) {
        String who = owner(owner);
        return tx.call(r -> r.drafts().find(who))
            .map(d -> new Draft(d.owner(), d.updatedAt(), d.content()));
    }

    /** Throws the draft away (after registering, or when the user discards it); whether there was one. */
    public boolean discard(String owner) {
        String who = owner(owner);
        return tx.call(r -> r.drafts().delete(who));
    }

    private static String owner(String owner) {
        if (owner == null || owner.isBlank()) {
            throw new QiaoException("draft.owner.required");
        }
        return owner.strip();
    }
}
