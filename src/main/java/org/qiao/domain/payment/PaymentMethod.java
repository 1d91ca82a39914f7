// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

/** How money reached a worker. Bundle key {@code payment.method.<NAME>}. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    WECHAT,
    ALIPAY,
    /** Paid into and released by the court (执行款), for a referral case. */
    COURT_HELD,
    OTHER;

    /** The resource-bundle key of this value's label. */
    public String messageKey() {
        return "payment.method." + name();
    }
}
