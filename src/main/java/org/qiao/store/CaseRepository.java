// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.qiao.domain.TrackedEntity;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.Worker;

/** Cases, returned with their employer, mediator, workers and claims loaded so they can be used detached. */
public final class CaseRepository {

    private final Session session;

    CaseRepository(Session session) {
        this.session = session;
    }

    /**
     * Saves a case with its claims, and any new workers or employer it refers to. Returns the saved case; use it
     * afterwards (for a case saved before, it is a fresh copy carrying the new version).
     */
    public DisputeCase save(DisputeCase disputeCase) {
        if (disputeCase.getId() == null) {
            // Records saved earlier are merged with their version check, so changes made to them meanwhile (a
            // corrected employer address) are kept, and a stale copy is refused rather than silently ignored.
            if (isDetached(disputeCase.getEmployer())) {
                disputeCase.setEmployer(session.merge(disputeCase.getEmployer()));
            }
            if (isDetached(disputeCase.getMediator())) {
                disputeCase.setMediator(session.merge(disputeCase.getMediator()));
            }
            for (Worker worker : List.copyOf(disputeCase.getWorkers())) {
                if (isDetached(worker)) {
                    disputeCase.replaceWorker(worker, session.merge(worker));
                }
            }
            session.persist(disputeCase);
            return disputeCase;
        }
        DisputeCase merged = session.merge(disputeCase);
        // Claims hang off the case without a version of their own: any save of a case raises its version, so a
        // stale copy cannot delete or overwrite claims another workstation changed.
        session.lock(merged, LockMode.OPTIMISTIC_FORCE_INCREMENT);
        return merged;
    }

    private boolean isDetached(TrackedEntity entity) {
        return entity != null && entity.getId() != null && !session.contains(entity);
    }

    public Optional<DisputeCase> findById(long id) {
        return Optional.ofNullable(session.find(DisputeCase.class, id)).map(CaseRepository::loaded);
    }

    public Optional<DisputeCase> findByNumber(String caseNumber) {
        return session.createSelectionQuery("from DisputeCase where caseNumber = :number", DisputeCase.class)
            .setParameter("number", caseNumber)
            .uniqueResultOptional()
            .map(CaseRepository::loaded);
    }

    /** The greatest case number starting with {@code prefix} (numbers are zero-padded, so text order works). */
    public Optional<String> highestNumberStartingWith(String prefix) {
        return Optional.ofNullable(session.createSelectionQuery(
                "select max(caseNumber) from DisputeCase where caseNumber like :prefix escape '!'", String.class)
            .setParameter("prefix", prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
            .getSingleResult());
    }

    public long count() {
        return session.createSelectionQuery("select count(*) from DisputeCase", Long.class).getSingleResult();
    }

    /** The number of cases in each status; a status without cases counts 0. */
    public Map<CaseStatus, Long> countByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            counts.put(status, 0L);
        }
        session.createSelectionQuery("select status, count(*) from DisputeCase group by status", Object[].class)
            .getResultList()
            .forEach(row -> counts.put((CaseStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** One page of cases, newest received first (ties by id, newest first). */
    public List<DisputeCase> page(int offset, int limit) {
        List<DisputeCase> cases = session.createSelectionQuery(
                "from DisputeCase order by receivedDate desc, id desc", DisputeCase.class)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
        cases.forEach(CaseRepository::loaded);
        return cases;
    }

    /** Loads what a detached case is read for; the getters' read-only views load their collection when sized. */
    private static DisputeCase loaded(DisputeCase disputeCase) {
        Hibernate.initialize(disputeCase.getEmployer());
        Hibernate.initialize(disputeCase.getMediator());
        disputeCase.getWorkers().forEach(Worker::getGroups);
        disputeCase.getClaims().size();
        return disputeCase;
    }
}
