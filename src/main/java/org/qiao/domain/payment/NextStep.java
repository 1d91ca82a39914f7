// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.DisputeCategory;

/**
 * What the mediator should do about an overdue instalment. For the first {@value #ESCALATE_AFTER_DAYS} days
 * overdue, a follow-up call to the employer (a reminder settles most late payments). After that:
 * <ul>
 *   <li>a case a court referred (委派 or 委托调解) goes back to the court with the agreement and the performance record,
 *       which decides on judicial confirmation or enforcement (特邀调解规定);</li>
 *   <li>otherwise, when the worker's agreed items include unpaid wages (劳动报酬, overtime pay), work-injury
 *       treatment costs, economic compensation or damages for unlawful termination, the worker may take the
 *       agreement to the basic people's court and apply for a payment order (支付令): 劳动争议调解仲裁法 art.16
 *       "因支付拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金事项达成调解协议，用人单位在协议约定期限内不履行的，劳动者
 *       可以持调解协议书依法向人民法院申请支付令";</li>
 *   <li>for other items (social insurance, the double wages for no written contract, whose nature as remuneration
 *       is disputed, leave), the worker may apply for arbitration: 劳动争议调解仲裁法 art.15 "达成调解协议后，一方当事人
 *       在协议约定期限内不履行调解协议的，另一方当事人可以依法申请仲裁".</li>
 * </ul>
 * Bundle keys {@code payment.nextStep.<NAME>} and {@code payment.nextStep.short.<NAME>}.
 */
public enum NextStep {
    FOLLOW_UP_CALL,
    PAYMENT_ORDER,
    ARBITRATION,
    HAND_BACK_TO_COURT;

    /** Days overdue after which a reminder is no longer enough. */
    public static final int ESCALATE_AFTER_DAYS = 15;

    /** The items art.16 names: 拖欠劳动报酬、工伤医疗费、经济补偿或者赔偿金. */
    static final Set<DisputeCategory> PAYMENT_ORDER_ITEMS = EnumSet.of(DisputeCategory.WAGES,
        DisputeCategory.OVERTIME, DisputeCategory.WORK_INJURY, DisputeCategory.ECONOMIC_COMPENSATION,
        DisputeCategory.UNLAWFUL_TERMINATION);

    /**
     * The step for an instalment {@code daysOverdue} days late, in a case from {@code source}, whose worker agreed
     * the items of {@code categories}.
     */
    public static NextStep forOverdue(long daysOverdue, CaseSource source, Collection<DisputeCategory> categories) {
        Objects.requireNonNull(source, "source");
        if (daysOverdue <= ESCALATE_AFTER_DAYS) {
            return FOLLOW_UP_CALL;
        }
        if (source.isCourtReferral()) {
            return HAND_BACK_TO_COURT;
        }
        return categories.stream().anyMatch(PAYMENT_ORDER_ITEMS::contains) ? PAYMENT_ORDER : ARBITRATION;
    }

    /** The resource-bundle key of what to do, in a sentence with the statute. */
    public String messageKey() {
        return "payment.nextStep." + name();
    }

    /** The resource-bundle key of a short label for a table column. */
    public String shortKey() {
        return "payment.nextStep.short." + name();
    }
}
