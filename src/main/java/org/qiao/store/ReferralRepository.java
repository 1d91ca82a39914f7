// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackKind;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralLine;
import org.qiao.domain.court.ReferralMaterial;
import org.qiao.domain.court.ReferralType;

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

    /** The referral columns read after the ledger's, from referral {@code r} and court {@code k}. */
    private static final String LINE_SQL = CaseLedgerRepository.ROW_COLUMNS + ", r.id, r.referral_type, k.code, "
        + "k.name, r.court_case_number, r.judge_name, r.signed_for_date, r.handback_kind, r.handed_back_date, "
        + "r.court_outcome, r.court_outcome_date from referral r join court k on k.id = r.court_id "
        + "join dispute_case c on c.id = r.case_id" + CaseLedgerRepository.ROW_JOINS + " where 1 = 1";

    /**
     * The referrals of the board with their cases as ledger rows, in no particular order: of the court with
     * {@code courtCode} (any when null), signed for from {@code signedFrom} to {@code signedTo} (either end open
     * when null), only those not yet handed back when {@code onlyHeld}. A referral's count is small (one per court
     * case), so the board reads them all.
     */
    public List<ReferralLine> lines(String courtCode, LocalDate signedFrom, LocalDate signedTo, boolean onlyHeld) {
        StringBuilder sql = new StringBuilder(LINE_SQL);
        List<Object> params = new ArrayList<>();
        if (courtCode != null) {
            sql.append(" and k.code = ?");
            params.add(courtCode);
        }
        if (signedFrom != null) {
            sql.append(" and r.signed_for_date >= ?");
            params.add(signedFrom);
        }
        if (signedTo != null) {
            sql.append(" and r.signed_for_date <= ?");
            params.add(signedTo);
        }
        if (onlyHeld) {
            sql.append(" and r.handback_kind is null");
        }
        return query(sql.toString(), params);
    }

    /**
     * The referrals something happened to from {@code from} to {@code to}, or that the studio held at some time in
     * it: signed for by {@code to}, and not handed back before {@code from} unless the court's outcome came later.
     */
    public List<ReferralLine> linesActiveIn(LocalDate from, LocalDate to) {
        return query(LINE_SQL + " and r.signed_for_date <= ? and (r.handed_back_date is null "
            + "or r.handed_back_date >= ? or r.court_outcome_date >= ?)", List.of(to, from, from));
    }

    private List<ReferralLine> query(String sql, List<Object> params) {
        return session.doReturningWork(connection -> {
            List<ReferralLine> lines = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        lines.add(line(rs));
                    }
                }
            }
            return lines;
        });
    }

    private static ReferralLine line(ResultSet rs) throws SQLException {
        int at = 14;
        String handBack = rs.getString(at + 7);
        String outcome = rs.getString(at + 9);
        return new ReferralLine(rs.getLong(at), ReferralType.valueOf(rs.getString(at + 1)), rs.getString(at + 2),
            rs.getString(at + 3), rs.getString(at + 4), rs.getString(at + 5), rs.getObject(at + 6, LocalDate.class),
            handBack == null ? null : HandBackKind.valueOf(handBack), rs.getObject(at + 8, LocalDate.class),
            outcome == null ? null : CourtOutcome.valueOf(outcome), rs.getObject(at + 10, LocalDate.class),
            CaseLedgerRepository.row(rs));
    }
}
