// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * Where a case stands in its lifecycle (DESIGN.md, "The case lifecycle"). Each value has the bundle key
 * {@code case.status.<NAME>}.
 */
public enum CaseStatus {
    /** 登记: registered, not yet decided whether to accept. */
    INTAKE,
    /** 受理. */
    ACCEPTED,
    /** 不予受理. */
    NOT_ACCEPTED,
    /** 调解中. */
    IN_MEDIATION,
    /** 撤回: the applicant withdrew. */
    WITHDRAWN,
    /** 达成协议: a mediation agreement was signed. */
    AGREEMENT_SIGNED,
    /** 调解不成. */
    MEDIATION_FAILED,
    /** 履行中: the agreement is being performed. */
    PERFORMING,
    /** 结案. */
    CLOSED,
    /** 退回/转仲裁诉讼: handed back to the court, or on to arbitration or litigation. */
    HANDED_BACK;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "case.status." + name();
    }
}
