// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.court;

import org.qiao.domain.cases.CaseSource;

/**
 * How a court passed a case to the studio (最高法《关于人民法院特邀调解的规定》). Bundle key
 * {@code referral.type.<NAME>}.
 */
public enum ReferralType {
    /** 委派调解: before the case is filed (art.27: 30 days). */
    DELEGATED(CaseSource.COURT_DELEGATED),
    /** 委托调解: after filing (art.27: 15 days; 7 in simple procedure). */
    ENTRUSTED(CaseSource.COURT_ENTRUSTED),
    /** 特邀调解: the studio's invited mediator mediates a filed case at the court (7 days, see MediationPeriod). */
    INVITED(CaseSource.COURT_INVITED);

    private final CaseSource source;

    ReferralType(CaseSource source) {
        this.source = source;
    }

    /** The case source a referral of this type registers its case with. */
    public CaseSource caseSource() {
        return source;
    }

    /** The referral type of a case from {@code source}, or {@code null} when the source is not a court. */
    public static ReferralType of(CaseSource source) {
        for (ReferralType type : values()) {
            if (type.source == source) {
                return type;
            }
        }
        return null;
    }

    public String messageKey() {
        return "referral.type." + name();
    }
}
