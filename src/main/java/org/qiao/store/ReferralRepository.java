// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralMaterial;

/** Court referrals and the materials received with them. */
public final class ReferralRepository {

    private final Session session;

    ReferralRepository(Session session) {
        this.session = session;
    }

    /** Inserts or updates a referral and writes it at once. */
    public Referral save(Referral referral) {
        Referral saved = referral;
        if (referral.getId() == null) {
            session.persist(referral);
        } else {
            saved = session.merge(referral);
        }
        session.flush();
        return saved;
    }

    public void addMaterial(ReferralMaterial material) {
        session.persist(material);
    }

    public Optional<Referral> findById(long id) {
        return Optional.ofNullable(session.find(Referral.class, id));
    }

    /** The referral a case came in by, if it came from a court. */
    public Optional<Referral> ofCase(long caseId) {
        return session.createSelectionQuery("from Referral where caseId = :case", Referral.class)
            .setParameter("case", caseId).uniqueResultOptional();
    }

    /** The referral imported from the package with this SHA-256. */
    public Optional<Referral> findByPackage(String sha256) {
        return session.createSelectionQuery("from Referral where sourcePackageSha256 = :sha", Referral.class)
            .setParameter("sha", sha256).uniqueResultOptional();
    }

    /** Referrals already registered under this court case number (normalised, as CourtCaseNumber writes it). */
    public List<Referral> findByCourtCaseNumber(String courtCaseNumber) {
        return session.createSelectionQuery("from Referral where courtCaseNumber = :number order by id",
                Referral.class)
            .setParameter("number", courtCaseNumber).getResultList();
    }

    /** Every referral, newest signed-for first. */
    public List<Referral> all() {
        return session.createSelectionQuery("from Referral order by signedForDate desc, id desc", Referral.class)
            .getResultList();
    }

    /** The materials received with a referral, in checklist order as entered. */
    public List<ReferralMaterial> materials(long referralId) {
        return session.createSelectionQuery("from ReferralMaterial where referralId = :referral order by id",
                ReferralMaterial.class)
            .setParameter("referral", referralId).getResultList();
    }
}
