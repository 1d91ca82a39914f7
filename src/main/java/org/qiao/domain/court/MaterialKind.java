// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

/** What a court's file may hold, the referral's checklist. Bundle key {@code referral.material.<NAME>}. */
public enum MaterialKind {
    /** 委派/委托调解函 (移送函). */
    REFERRAL_LETTER,
    /** 起诉状 or 申请书. */
    COMPLAINT,
    /** 当事人身份证明. */
    IDENTITY_PROOF,
    /** 证据材料. */
    EVIDENCE,
    /** 送达地址确认书. */
    SERVICE_ADDRESS,
    /** 授权委托书. */
    POWER_OF_ATTORNEY,
    /** 其他材料. */
    OTHER;

    public String messageKey() {
        return "referral.material." + name();
    }
}
