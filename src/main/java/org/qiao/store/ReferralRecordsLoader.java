// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The plain-JDBC inserts behind {@link CaseBulkLoader} for court referrals: the referral with its hand-back and
 * court-outcome columns and the materials that came with it (no scans), the rows {@code ReferralService} writes one at
 * a time (V15). Enum values are given by name.
 */
public final class ReferralRecordsLoader {

    /**
     * A referral of the case {@code caseId}; {@code courtName} also goes into the case's court column, as a referral
     * registered in the window does. The hand-back columns are all null or all set, the outcome columns too.
     */
    public record NewReferral(long id, long caseId, String type, long courtId, String courtName,
                              String courtCaseNumber, String judgeName, LocalDate signedFor, String receivedBy,
                              String handBackKind, String handBackReason, LocalDate handedBack, String handBackNote,
                              String undisputedFacts, String handedBackBy, LocalDate confirmationApplied,
                              String outcome, String outcomeNumber, LocalDate outcomeDate, String outcomeRecordedBy,
                              List<NewMaterial> materials) {

        public NewReferral {
            Objects.requireNonNull(type, "type");
            materials = List.copyOf(materials);
        }
    }

    /** A material received with the file, by kind name, without a scan. */
    public record NewMaterial(long id, String kind, String note) {
    }

    private ReferralRecordsLoader() {
    }

    static void insert(Connection connection, List<NewReferral> referrals, Timestamp now) throws SQLException {
        if (referrals.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into referral (id, version, created_at, "
            + "updated_at, case_id, referral_type, court_id, court_case_number, judge_name, signed_for_date, "
            + "received_by, handback_kind, handback_reason, handed_back_date, handback_note, undisputed_facts, "
            + "handed_back_by, confirmation_applied_date, court_outcome, court_outcome_number, court_outcome_date, "
            + "outcome_recorded_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement material = connection.prepareStatement(
                 "insert into referral_material (id, referral_id, material, note) values (?, ?, ?, ?)")) {
            for (NewReferral r : referrals) {
                insert.setLong(1, r.id());
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, r.caseId());
                insert.setString(5, r.type());
                insert.setLong(6, r.courtId());
                insert.setString(7, r.courtCaseNumber());
                insert.setString(8, r.judgeName());
                insert.setObject(9, r.signedFor());
                insert.setString(10, r.receivedBy());
                insert.setString(11, r.handBackKind());
                insert.setString(12, r.handBackReason());
                insert.setObject(13, r.handedBack(), Types.DATE);
                insert.setString(14, r.handBackNote());
                insert.setString(15, r.undisputedFacts());
                insert.setString(16, r.handedBackBy());
                insert.setObject(17, r.confirmationApplied(), Types.DATE);
                insert.setString(18, r.outcome());
                insert.setString(19, r.outcomeNumber());
                insert.setObject(20, r.outcomeDate(), Types.DATE);
                insert.setString(21, r.outcomeRecordedBy());
                insert.addBatch();
                for (NewMaterial m : r.materials()) {
                    material.setLong(1, m.id());
                    material.setLong(2, r.id());
                    material.setString(3, m.kind());
                    material.setString(4, m.note());
                    material.addBatch();
                }
            }
            insert.executeBatch();
            material.executeBatch();
        }
    }
}
