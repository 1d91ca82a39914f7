// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import java.util.Objects;
import org.qiao.domain.cases.CaseStatus;

/**
 * Where a referral stands: received → mediating → handed back (success / failure) → court outcome recorded. Not
 * stored; it follows from the referral's hand-back and outcome and from its case's status, so it cannot drift.
 * Bundle key {@code referral.status.<NAME>}.
 */
public enum ReferralStatus {
    RECEIVED,
    MEDIATING,
    HANDED_BACK_SUCCESS,
    HANDED_BACK_FAILURE,
    OUTCOME_RECORDED;

    /** The status of {@code referral}, whose case is in {@code caseStatus}. */
    public static ReferralStatus of(Referral referral, CaseStatus caseStatus) {
        Objects.requireNonNull(referral, "referral");
        if (referral.getCourtOutcome() != null) {
            return OUTCOME_RECORDED;
        }
        if (referral.getHandBackKind() != null) {
            return referral.getHandBackKind() == HandBackKind.SUCCESS ? HANDED_BACK_SUCCESS : HANDED_BACK_FAILURE;
        }
        return caseStatus == CaseStatus.INTAKE || caseStatus == CaseStatus.ACCEPTED ? RECEIVED : MEDIATING;
    }

    /** Whether the studio still holds the referral (not yet handed back). */
    public boolean isOpen() {
        return this == RECEIVED || this == MEDIATING;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
