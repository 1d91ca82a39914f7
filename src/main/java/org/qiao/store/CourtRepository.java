// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.court.Court;

/** The courts that refer cases to the studio. */
public final class CourtRepository {

    private final Session session;

    CourtRepository(Session session) {
        this.session = session;
    }

    /** Inserts or updates a court and writes it at once. */
    public Court save(Court court) {
        Court saved = court;
        if (court.getId() == null) {
            session.persist(court);
        } else {
            saved = session.merge(court);
        }
        session.flush();
        return saved;
    }

    public Optional<Court> findById(long id) {
        return Optional.ofNullable(session.find(Court.class, id));
    }

    /** The court with this case-number code (内0102), active or not. */
    public Optional<Court> findByCode(String code) {
        return session.createSelectionQuery("from Court where code = :code", Court.class)
            .setParameter("code", code).uniqueResultOptional();
    }

    /** The court with exactly this name, active or not. */
    public Optional<Court> findByName(String name) {
        return session.createSelectionQuery("from Court where name = :name", Court.class)
            .setParameter("name", name).uniqueResultOptional();
    }

    /** Every court, retired ones included, by code (the high court, then each intermediate court's area). */
    public List<Court> all() {
        return session.createSelectionQuery("from Court order by code", Court.class).getResultList();
    }

    /** The courts a new referral may name. */
    public List<Court> active() {
        return session.createSelectionQuery("from Court where active order by code", Court.class).getResultList();
    }
}
