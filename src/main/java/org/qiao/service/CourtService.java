// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.util.List;
import java.util.Objects;
import org.qiao.domain.court.Court;
import org.qiao.store.Transactions;

/** The court list: the courts a referral may name. */
public final class CourtService {

    private final Transactions tx;
    private final UserSession session;

    public CourtService(Transactions tx, UserSession session) {
        this.tx = Objects.requireNonNull(tx);
        this.session = Objects.requireNonNull(session);
    }

    /** The courts that may refer new cases, by code. */
    public List<Court> active() {
        return tx.call(r -> r.courts().active());
    }

    /** Every court, retired ones included, by code. */
    public List<Court> all() {
        return tx.call(r -> r.courts().all());
    }

    UserSession session() {
        return session;
    }
}
