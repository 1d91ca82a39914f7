// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.mediation.MediationSession;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.mediation.SessionStatus;

/** Mediation sessions: a case's sessions, the days of a mediator or a room, and what overlaps a proposed slot. */
public final class MediationSessionRepository {

    private static final String BY_TIME = " order by s.date, s.start, s.id";

    private final Session session;

    MediationSessionRepository(Session session) {
        this.session = session;
    }

    public MediationSession save(MediationSession mediationSession) {
        if (mediationSession.getId() == null) {
            session.persist(mediationSession);
            return mediationSession;
        }
        return session.merge(mediationSession);
    }

    /**
     * Takes the studio-wide scheduling lock until this transaction ends: a second transaction taking it waits, so a
     * clash check followed by a save cannot interleave with another workstation's.
     */
    public void lockScheduling() {
        session.createNativeQuery("select id from session_schedule_lock where id = 1 for update", Integer.class)
            .getSingleResult();
    }

    public Optional<MediationSession> findById(long id) {
        return Optional.ofNullable(session.find(MediationSession.class, id));
    }

    /** A case's sessions, earliest first, whatever their status. */
    public List<MediationSession> ofCase(long caseId) {
        return session.createSelectionQuery("from MediationSession s where s.caseId = :case" + BY_TIME,
                MediationSession.class)
            .setParameter("case", caseId)
            .getResultList();
    }

    /** The scheduled and held sessions a mediator has from {@code from} to {@code to}, both included. */
    public List<MediationSession> ofMediator(long userId, LocalDate from, LocalDate to) {
        return session.createSelectionQuery("select s from MediationSession s join s.mediatorIds m"
                + " where m = :user and s.date between :from and :to and s.status <> :cancelled" + BY_TIME,
                MediationSession.class)
            .setParameter("user", userId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("cancelled", SessionStatus.CANCELLED)
            .getResultList();
    }

    /** The scheduled and held sessions in a room from {@code from} to {@code to}, both included. */
    public List<MediationSession> inRoom(String room, LocalDate from, LocalDate to) {
        return session.createSelectionQuery("from MediationSession s where lower(s.room) = :room"
                + " and s.date between :from and :to and s.status <> :cancelled" + BY_TIME, MediationSession.class)
            .setParameter("room", SessionSlot.roomKey(room))
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("cancelled", SessionStatus.CANCELLED)
            .getResultList();
    }

    /**
     * The scheduled sessions other than {@code excluding} (may be {@code null}) whose time overlaps the slot on its
     * day and which share its room or one of its mediators: the sessions it would clash with. Touching ends do not
     * overlap; held and cancelled sessions take up no time any more.
     */
    public List<MediationSession> clashingWith(SessionSlot slot, Long excluding) {
        return session.createSelectionQuery("select distinct s from MediationSession s left join s.mediatorIds m"
                + " where s.status = :scheduled and s.date = :date and s.start < :end and s.end > :start"
                + " and (lower(s.room) = :room or m in :mediators) and s.id <> :excluding" + BY_TIME,
                MediationSession.class)
            .setParameter("scheduled", SessionStatus.SCHEDULED)
            .setParameter("date", slot.date())
            .setParameter("start", slot.start())
            .setParameter("end", slot.end())
            .setParameter("room", SessionSlot.roomKey(slot.room()))
            .setParameterList("mediators", slot.mediatorIds())
            .setParameter("excluding", excluding == null ? -1L : excluding)
            .getResultList();
    }

    /** The rooms sessions have used, in alphabetical order, for the room chooser. */
    public List<String> rooms() {
        return session.createSelectionQuery("select distinct s.room from MediationSession s order by s.room",
                String.class)
            .getResultList();
    }

    /** The numbers of the given cases, by id. */
    public Map<Long, String> caseNumbers(Collection<Long> caseIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (caseIds.isEmpty()) {
            return numbers;
        }
        session.createSelectionQuery("select c.id, c.caseNumber from DisputeCase c where c.id in :ids",
                Object[].class)
            .setParameterList("ids", caseIds)
            .getResultList()
            .forEach(row -> numbers.put((Long) row[0], (String) row[1]));
        return numbers;
    }
}
