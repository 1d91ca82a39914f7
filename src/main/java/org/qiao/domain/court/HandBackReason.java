// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

/** Why a referral went back. Bundle key {@code referral.handbackReason.<NAME>}. */
public enum HandBackReason {
    /** 达成调解协议. */
    AGREEMENT_SIGNED(HandBackKind.SUCCESS),
    /** 调解不成. */
    MEDIATION_FAILED(HandBackKind.FAILURE),
    /** 调解期限届满未达成协议. */
    TIMED_OUT(HandBackKind.FAILURE),
    /** 当事人撤回调解申请 / 不愿继续调解. */
    PARTY_WITHDREW(HandBackKind.FAILURE),
    /** 当事人拒绝调解. */
    REFUSED_MEDIATION(HandBackKind.FAILURE);

    private final HandBackKind kind;

    HandBackReason(HandBackKind kind) {
        this.kind = kind;
    }

    public HandBackKind kind() {
        return kind;
    }

    public String messageKey() {
        return "referral.handbackReason." + name();
    }
}
