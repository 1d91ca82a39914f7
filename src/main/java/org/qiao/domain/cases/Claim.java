// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.qiao.domain.QiaoException;
import org.qiao.domain.TrackedEntity;
import org.qiao.domain.money.Money;

/**
 * One amount one worker claims in one category. Money is claimed per worker (DESIGN.md), so a collective case has
 * at least one claim per worker. Amounts are exact yuan with 2 decimal places.
 */
@Entity
@Table(name = "claim")
public class Claim extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private DisputeCase disputeCase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "worker_id", nullable = false)
    private Worker worker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DisputeCategory category;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(length = 1000)
    private String note;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    protected Claim() {
        // for JPA
    }

    /** Use {@link DisputeCase#addClaim} to attach a claim to its case. */
    Claim(DisputeCase disputeCase, Worker worker, DisputeCategory category, BigDecimal amount) {
        this.disputeCase = Objects.requireNonNull(disputeCase);
        this.worker = Objects.requireNonNull(worker);
        this.category = Objects.requireNonNull(category);
        setAmount(amount);
    }

    public DisputeCase getDisputeCase() {
        return disputeCase;
    }

    public Worker getWorker() {
        return worker;
    }

    /** Used by {@link DisputeCase#replaceWorker}: the same worker, another copy of the record. */
    void relinkWorker(Worker sameWorker) {
        this.worker = Objects.requireNonNull(sameWorker);
    }

    public DisputeCategory getCategory() {
        return category;
    }

    public void setCategory(DisputeCategory category) {
        this.category = Objects.requireNonNull(category);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** Sets the amount in yuan; more than 2 decimal places is refused rather than silently rounded. */
    /** The amount claimed, exact yuan: never negative, at most two decimal places (through {@link Money}). */
    public void setAmount(BigDecimal amount) {
        Money money = Money.of(Objects.requireNonNull(amount));
        if (money.isNegative()) {
            throw new QiaoException("money.negative");
        }
        this.amount = money.amount();
    }

    /** The amount claimed as money. */
    public Money getMoney() {
        return Money.of(amount);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The first day the claim covers (e.g. of the unpaid months), or {@code null}. */
    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    /** Sets the period the claim covers; either end may be {@code null}, but not the end before the start. */
    public void setPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " – " + to);
        }
        this.periodFrom = from;
        this.periodTo = to;
    }
}
