// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.CaseTransitions;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Evidence;

/**
 * What intake reads and writes besides the case itself: the conflict lookups over open cases, the representatives
 * of a collective case, the status timeline and the evidence list.
 */
public final class IntakeRepository {

    private static final int MAX_MATCHES = 50;
    /** {@code EmployerNames.core} in HQL: the words left out when comparing employer names. */
    private static final String NAME_CORE = "replace(replace(replace(replace(replace(e.name, '有限责任公司', ''), "
        + "'有限公司', ''), '分公司', ''), ' ', ''), '　', '')";

    private final Session session;
    private final AuditWriter audit;

    IntakeRepository(Session session, AuditWriter audit) {
        this.session = session;
        this.audit = audit;
    }

    public Optional<Employer> findEmployer(long id) {
        return Optional.ofNullable(session.find(Employer.class, id));
    }

    public boolean caseExists(long id) {
        return session.createSelectionQuery("select count(*) from DisputeCase where id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult() > 0;
    }

    /**
     * Marks which of a case's workers are its elected representatives (the {@code case_worker.representative}
     * flag, which the case's worker list does not map). Call it after the case is saved.
     */
    public void markRepresentatives(long caseId, Collection<Long> workerIds) {
        session.flush();
        session.createNativeMutationQuery("update case_worker set representative = false where case_id = :case")
            .setParameter("case", caseId)
            .executeUpdate();
        if (workerIds.isEmpty()) {
            return;
        }
        session.createNativeMutationQuery("update case_worker set representative = true "
                + "where case_id = :case and worker_id in (:workers)")
            .setParameter("case", caseId)
            .setParameterList("workers", workerIds)
            .executeUpdate();
        // Plain SQL passes the Hibernate listener by, so the change is audited here.
        audit.write(session.unwrap(SharedSessionContractImplementor.class), "DisputeCase", caseId, "UPDATE",
            List.of("representatives: " + workerIds.stream().sorted().toList()));
    }

    /** The ids of a case's representatives. */
    public Set<Long> representativeIds(long caseId) {
        session.flush();
        return new HashSet<>(session.createNativeQuery(
                "select worker_id from case_worker where case_id = :case and representative = true", Long.class)
            .setParameter("case", caseId)
            .getResultList());
    }

    public CaseStatusChange record(CaseStatusChange change) {
        session.persist(change);
        return change;
    }

    /** A case's status timeline, oldest first. */
    public List<CaseStatusChange> statusHistory(long caseId) {
        return session.createSelectionQuery("from CaseStatusChange where caseId = :case order by at, id",
                CaseStatusChange.class)
            .setParameter("case", caseId)
            .getResultList();
    }

    public Evidence save(Evidence evidence) {
        return Saving.save(session, evidence);
    }

    public Optional<Evidence> findEvidence(long id) {
        return Optional.ofNullable(session.find(Evidence.class, id));
    }

    /** A case's evidence in the order it was added. */
    public List<Evidence> evidenceOf(long caseId) {
        return session.createSelectionQuery("from Evidence where caseId = :case order by id", Evidence.class)
            .setParameter("case", caseId)
            .getResultList();
    }

    /** Open cases with a worker holding one of these resident IDs; {@code matched} is the ID. */
    public List<CaseMatch> openCasesWithResidentIds(Collection<String> residentIds) {
        if (residentIds.isEmpty()) {
            return List.of();
        }
        return matches(session.createSelectionQuery("select c.id, c.caseNumber, w.residentId from DisputeCase c "
                + "join c.workers w where w.residentId in (:ids) and c.status in (:open) order by c.id",
                Object[].class)
            .setParameterList("ids", residentIds)
            .setParameterList("open", open())
            .setMaxResults(MAX_MATCHES)
            .getResultList());
    }

    /**
     * Open cases against the same employer: the same record, the same credit code, or a name whose core (the name
     * without 有限责任公司, 有限公司, 分公司 and spaces) contains {@code nameCore} or is contained in it. Cores shorter
     * than 2 characters never match by name. {@code matched} is the employer's name.
     */
    public List<CaseMatch> openCasesOfEmployer(Long employerId, String creditCode, String nameCore) {
        boolean byName = nameCore != null && nameCore.length() >= 2;
        boolean byCode = creditCode != null && !creditCode.isBlank();
        String where = "e.id = :id"
            + (byCode ? " or e.creditCode = :code" : "")
            + (byName ? " or (length(" + NAME_CORE + ") >= 2 and (locate(:core, " + NAME_CORE + ") > 0"
            + " or locate(" + NAME_CORE + ", :core) > 0))" : "");
        var query = session.createSelectionQuery("select c.id, c.caseNumber, e.name from DisputeCase c "
                + "join c.employer e where c.status in (:open) and (" + where + ") order by c.id", Object[].class)
            .setParameter("id", employerId == null ? -1L : employerId)
            .setParameterList("open", open())
            .setMaxResults(MAX_MATCHES);
        if (byCode) {
            query.setParameter("code", creditCode);
        }
        if (byName) {
            query.setParameter("core", nameCore);
        }
        return matches(query.getResultList());
    }

    /**
     * Open cases with a worker of the same name (or the same name without its middle dot) and the same birth date
     * in the resident ID, but another ID. {@code birthDigits} is {@code yyyyMMdd}; {@code matched} is the name.
     */
    public List<CaseMatch> openCasesWithSimilarWorker(String name, String plainName, String birthDigits,
        String ownResidentId) {
        return matches(session.createSelectionQuery("select c.id, c.caseNumber, w.name from DisputeCase c "
                + "join c.workers w where c.status in (:open) and substring(w.residentId, 7, 8) = :birth "
                + "and w.residentId <> :own and (w.name = :name or w.name = :plain "
                + "or replace(replace(w.name, '·', ''), '•', '') = :plain) order by c.id", Object[].class)
            .setParameterList("open", open())
            .setParameter("birth", birthDigits)
            .setParameter("own", ownResidentId)
            .setParameter("name", name)
            .setParameter("plain", plainName)
            .setMaxResults(MAX_MATCHES)
            .getResultList());
    }

    private static Set<CaseStatus> open() {
        return CaseTransitions.open();
    }

    private static List<CaseMatch> matches(List<Object[]> rows) {
        return rows.stream()
            .map(row -> new CaseMatch(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
            .distinct()
            .toList();
    }
}
