// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;

/** One amount agreed for one worker, by dispute category; it may differ from what the worker claimed. */
@Embeddable
public class AgreedAmount {

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private DisputeCategory category;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected AgreedAmount() {
        // for JPA
    }

    public AgreedAmount(long workerId, int lineNo, DisputeCategory category, Money amount) {
        this.workerId = workerId;
        this.lineNo = lineNo;
        this.category = Objects.requireNonNull(category);
        this.amount = amount.amount();
    }

    public long getWorkerId() {
        return workerId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public Money getAmount() {
        return Money.of(amount);
    }
}
