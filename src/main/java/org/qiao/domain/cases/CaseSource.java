// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/** How a case reached the studio; the monthly report counts cases by source. Bundle key {@code case.source.<NAME>}. */
public enum CaseSource {
    /** 来访. */
    WALK_IN,
    /** The 12351 union hotline. */
    HOTLINE_12351,
    /** 委派调解: referred by a court before filing (特邀调解规定: 30 days). */
    COURT_DELEGATED,
    /** 委托调解: entrusted by a court after filing (特邀调解规定: 15 days, 7 in simple procedure). */
    COURT_ENTRUSTED,
    /** 特邀调解: the studio's invited mediator mediates a filed case at the court (7 days, see MediationPeriod). */
    COURT_INVITED,
    /** Referred by a labour arbitration committee. */
    ARBITRATION_REFERRAL,
    /** Referred by labour inspection. */
    LABOUR_INSPECTION,
    /** Online or app application. */
    ONLINE,
    /** Taken up by the union on its own initiative. */
    UNION_INITIATED;

    /** Whether a court referred the case (委派, 委托, 特邀): it goes back to that court, which consents to extensions. */
    public boolean isCourtReferral() {
        return this == COURT_DELEGATED || this == COURT_ENTRUSTED || this == COURT_INVITED;
    }

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "case.source." + name();
    }
}
