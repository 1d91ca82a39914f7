// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

/** What the court did with a handed-back referral. Bundle key {@code referral.outcome.<NAME>}. */
public enum CourtOutcome {
    /** 裁定调解协议有效 (司法确认, number 调确字). */
    CONFIRMED,
    /** 裁定驳回司法确认申请 (民诉法解释 art.358). */
    CONFIRMATION_REFUSED,
    /** The court issued its own 调解书 instead. */
    MEDIATION_STATEMENT,
    /** 撤回起诉 / 撤回申请. */
    CLAIM_WITHDRAWN,
    /** 登记立案: the failed referral was filed for trial. */
    FILED;

    public String messageKey() {
        return "referral.outcome." + name();
    }
}
