// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import java.time.LocalDate;
import java.util.Objects;
import org.qiao.domain.cases.LedgerRow;

/**
 * One referral as the oversight lists read it: the referral's own columns that the referral board and the monthly
 * counts need, and its case as the ledger shows a case (number, parties in short, status, mediator, deadline).
 *
 * @param handBackKind    how it went back, or {@code null} while the studio holds it
 * @param handedBackDate  when it went back, or {@code null}
 * @param outcome         what the court did, or {@code null} before it is recorded
 * @param outcomeDate     when the court did it, or {@code null}
 */
public record ReferralLine(long referralId, ReferralType type, String courtCode, String courtName,
                           String courtCaseNumber, String judgeName, LocalDate signedForDate,
                           HandBackKind handBackKind, LocalDate handedBackDate, CourtOutcome outcome,
                           LocalDate outcomeDate, LedgerRow caseRow) {

    public ReferralLine {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(signedForDate, "signedForDate");
        Objects.requireNonNull(caseRow, "caseRow");
    }

    /** Where the referral stands ({@link ReferralStatus#of}). */
    public ReferralStatus status() {
        return ReferralStatus.of(handBackKind, outcome, caseRow.status());
    }

    /** Whether the studio still held the referral at the end of {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !signedForDate.isAfter(day) && (handedBackDate == null || handedBackDate.isAfter(day));
    }
}
