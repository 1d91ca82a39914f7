// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;

/**
 * The agreement in force of a case, as payments are counted against it: each worker's agreed items in the
 * agreement's order and each worker's instalments.
 *
 * @param items in the agreement's order (worker, then line)
 * @param instalments in each worker's due order
 */
public record SignedAgreement(long agreementId, long caseId, String number, LocalDate signedDate,
                              List<AgreedItem> items, List<Instalment> instalments) {

    public SignedAgreement {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signedDate, "signedDate");
        items = List.copyOf(items);
        instalments = List.copyOf(instalments);
    }

    /** One agreed amount of one worker. */
    public record AgreedItem(long workerId, int lineNo, DisputeCategory category, Money amount) {

        public AgreedItem {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** One payment due to one worker: number {@code seq} of their schedule, due on {@code due}. */
    public record Instalment(long workerId, int seq, LocalDate due, Money amount) {

        public Instalment {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public List<AgreedItem> itemsOf(long workerId) {
        return items.stream().filter(i -> i.workerId() == workerId)
            .sorted(Comparator.comparingInt(AgreedItem::lineNo)).toList();
    }

    /** A worker's instalments, earliest due first (ties by number). */
    public List<Instalment> instalmentsOf(long workerId) {
        return instalments.stream().filter(i -> i.workerId() == workerId)
            .sorted(Comparator.comparing(Instalment::due).thenComparingInt(Instalment::seq)).toList();
    }

    public Money agreedFor(long workerId) {
        return itemsOf(workerId).stream().map(AgreedItem::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money agreed() {
        return items.stream().map(AgreedItem::amount).reduce(Money.ZERO, Money::plus);
    }
}
