// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.qiao.domain.money.Money;

/** A payment one worker is due by a date: the only one (seq 1) or one of several instalments. */
@Embeddable
public class Instalment {

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected Instalment() {
        // for JPA
    }

    public Instalment(long workerId, int seq, LocalDate dueDate, Money amount) {
        this.workerId = workerId;
        this.seq = seq;
        this.dueDate = Objects.requireNonNull(dueDate);
        this.amount = amount.amount();
    }

    public long getWorkerId() {
        return workerId;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getAmount() {
        return Money.of(amount);
    }
}
