// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import java.util.Objects;
import org.qiao.domain.cases.CaseStatus;

/**
 * Where a referral stands: received → mediating → (mediation over, to hand back) → handed back (success / failure) →
 * court outcome recorded. Not
 * stored; it follows from the referral's hand-back and outcome and from its case's status, so it cannot drift.
 * Bundle key {@code referral.status.<NAME>}.
 */
public enum ReferralStatus {
    RECEIVED,
    MEDIATING,
    /** Mediation has ended (agreement signed, failed, withdrawn, closed) but the file has not gone back yet. */
    TO_HAND_BACK,
    HANDED_BACK_SUCCESS,
    HANDED_BACK_FAILURE,
    OUTCOME_RECORDED;

    /** The status of {@code referral}, whose case is in {@code caseStatus}. */
    public static ReferralStatus of(Referral referral, CaseStatus caseStatus) {
        Objects.requireNonNull(referral, "referral");
        return of(referral.getHandBackKind(), referral.getCourtOutcome(), caseStatus);
    }

    /** The status of a referral handed back as {@code handBack} (or not yet: null) with {@code outcome} (or null). */
    public static ReferralStatus of(HandBackKind handBack, CourtOutcome outcome, CaseStatus caseStatus) {
        if (outcome != null) {
            return OUTCOME_RECORDED;
        }
        if (handBack != null) {
            return handBack == HandBackKind.SUCCESS ? HANDED_BACK_SUCCESS : HANDED_BACK_FAILURE;
        }
        return switch (Objects.requireNonNull(caseStatus, "caseStatus")) {
            case INTAKE, ACCEPTED -> RECEIVED;
            case IN_MEDIATION -> MEDIATING;
            default -> TO_HAND_BACK;
        };
    }

    /** Whether the studio still holds the referral (not yet handed back). */
    public boolean isOpen() {
        return this == RECEIVED || this == MEDIATING || this == TO_HAND_BACK;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
