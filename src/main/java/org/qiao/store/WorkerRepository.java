// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import org.hibernate.Session;
import org.qiao.domain.cases.Worker;

/** Workers, found by resident ID or by the start of their name. */
public final class WorkerRepository {

    private static final int MAX_MATCHES = 100;

    private final Session session;

    WorkerRepository(Session session) {
        this.session = session;
    }

    /** Saves a worker and returns the saved instance to use afterwards. */
    public Worker save(Worker worker) {
        return Saving.save(session, worker);
    }

    /** Every worker recorded with this resident ID (normally one; the ID is not unique because it is optional). */
    public List<Worker> findByResidentId(String residentId) {
        return session.createSelectionQuery("from Worker where residentId = :id order by id", Worker.class)
            .setParameter("id", residentId)
            .getResultList();
    }

    /** Up to 100 workers whose name starts with {@code prefix}, by name. */
    public List<Worker> findByNamePrefix(String prefix) {
        return session.createSelectionQuery(
                "from Worker where name like :prefix escape '\\' order by name, id", Worker.class)
            .setParameter("prefix", Like.prefix(prefix))
            .setMaxResults(MAX_MATCHES)
            .getResultList();
    }
}
