// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

/**
 * Groups the monthly report counts workers by; a worker may belong to several. Bundle key
 * {@code worker.group.<NAME>}.
 */
public enum WorkerGroup {
    /** 农牧民工: migrant workers from farming and herding areas. */
    MIGRANT,
    /** 新就业形态劳动者: platform workers (delivery, ride-hailing). */
    PLATFORM,
    /** 困难职工: registered as in hardship. */
    HARDSHIP,
    /** 劳务派遣: dispatched workers. */
    DISPATCHED,
    /** 女职工. */
    WOMAN,
    /** 工会会员. */
    UNION_MEMBER;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "worker.group." + name();
    }
}
