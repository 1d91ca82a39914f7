// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import org.hibernate.Session;
import org.qiao.domain.mediation.MediationEvent;

/** The extensions, suspensions and resumptions recorded on cases; written once, read in the order recorded. */
public final class MediationEventRepository {

    private final Session session;

    MediationEventRepository(Session session) {
        this.session = session;
    }

    public MediationEvent record(MediationEvent event) {
        session.persist(event);
        return event;
    }

    /** A case's events in the order they were recorded, the order {@code MediationClock} reads them in. */
    public List<MediationEvent> ofCase(long caseId) {
        return session.createSelectionQuery("from MediationEvent where caseId = :case order by id",
                MediationEvent.class)
            .setParameter("case", caseId)
            .getResultList();
    }
}
