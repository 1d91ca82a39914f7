// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/** What a claim is about (DESIGN.md, dispute categories). Bundle key {@code case.category.<NAME>}. */
public enum DisputeCategory {
    /** 劳动报酬: unpaid wages. */
    WAGES,
    /** 加班费. */
    OVERTIME,
    /** 经济补偿. */
    ECONOMIC_COMPENSATION,
    /** 违法解除赔偿金. */
    UNLAWFUL_TERMINATION,
    /** 未签合同二倍工资. */
    NO_CONTRACT_DOUBLE_WAGES,
    /** 社会保险. */
    SOCIAL_INSURANCE,
    /** 工伤待遇. */
    WORK_INJURY,
    /** 确认劳动关系. */
    LABOUR_RELATIONSHIP,
    /** 休息休假. */
    REST_AND_LEAVE,
    /** 其他. */
    OTHER;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "case.category." + name();
    }
}
