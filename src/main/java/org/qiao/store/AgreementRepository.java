// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.agreement.Agreement;
import org.qiao.domain.agreement.AgreementLine;
import org.qiao.domain.agreement.AgreementStatus;

/**
 * The versions of cases' 调解协议书. A loaded version comes with its lines, mediators, amounts and instalments, so
 * it can be read after the transaction ends.
 */
public final class AgreementRepository {

    private final Session session;

    AgreementRepository(Session session) {
        this.session = session;
    }

    /** Inserts or updates a version and writes it at once. */
    public Agreement save(Agreement agreement) {
        Agreement saved = agreement;
        if (agreement.getId() == null) {
            session.persist(agreement);
        } else {
            saved = session.merge(agreement);
        }
        // Written now, so the returned record carries the row version the next edit is checked against.
        session.flush();
        return saved;
    }

    public Optional<Agreement> findById(long id) {
        return Optional.ofNullable(session.find(Agreement.class, id)).map(AgreementRepository::loaded);
    }

    /** Every version of a case's agreement, oldest first. */
    public List<Agreement> ofCase(long caseId) {
        return session.createSelectionQuery("from Agreement where caseId = :case order by agreementVersion",
                Agreement.class)
            .setParameter("case", caseId)
            .getResultList().stream().map(AgreementRepository::loaded).toList();
    }

    /** The version of a case in {@code status}, the newest if there are several. */
    public Optional<Agreement> latestOfCase(long caseId, AgreementStatus status) {
        return session.createSelectionQuery("from Agreement where caseId = :case and status = :status "
                + "order by agreementVersion desc", Agreement.class)
            .setParameter("case", caseId)
            .setParameter("status", status)
            .setMaxResults(1)
            .uniqueResultOptional().map(AgreementRepository::loaded);
    }

    /** The signed or superseded versions whose signed text has this SHA-256. */
    public List<Agreement> findSignedBySha256(String sha256) {
        return session.createSelectionQuery("from Agreement where contentSha256 = :sha and status <> :draft "
                + "order by id", Agreement.class)
            .setParameter("sha", sha256)
            .setParameter("draft", AgreementStatus.DRAFT)
            .getResultList().stream().map(AgreementRepository::loaded).toList();
    }

    private static Agreement loaded(Agreement agreement) {
        // Each getter copies its collection, which loads it while the session is open.
        agreement.lines(AgreementLine.Kind.TERM);
        agreement.getMediatorIds();
        agreement.getItems();
        agreement.getInstalments();
        return agreement;
    }
}
