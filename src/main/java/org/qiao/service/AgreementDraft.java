// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;

/**
 * The editable content of one version of a 调解协议书, as the builder shows it and {@link AgreementService} saves
 * it. Worker names and claimed amounts come along for display only; saving reads the worker ids, the agreed
 * amounts and the schedule.
 *
 * @param drawnDate the day the agreement is drawn up; no payment falls before it
 * @param terms the numbered terms, in order
 * @param nonMonetaryTerms terms other than payment, in order
 * @param mediatorIds the signing mediators' user ids, in signing order
 * @param workers every worker of the case, in the case's order
 */
public record AgreementDraft(LocalDate drawnDate, String facts, List<String> terms, List<String> nonMonetaryTerms,
                             String performanceCheck, int copies, List<Long> mediatorIds,
                             List<WorkerTerms> workers) {

    public AgreementDraft {
        terms = List.copyOf(terms);
        nonMonetaryTerms = List.copyOf(nonMonetaryTerms);
        mediatorIds = List.copyOf(mediatorIds);
        workers = List.copyOf(workers);
    }

    /** What one worker is agreed and how it is paid; {@code claimed} is their whole claim. */
    public record WorkerTerms(long workerId, String name, Money claimed, List<Item> items,
                              List<Payment> payments) {

        public WorkerTerms {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(claimed, "claimed");
            items = List.copyOf(items);
            payments = List.copyOf(payments);
        }

        /** The sum of the agreed amounts. */
        public Money agreed() {
            return items.stream().map(Item::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** One agreed amount by category, beside the amount claimed in that category ({@code Money.ZERO} if none). */
    public record Item(DisputeCategory category, Money claimed, Money amount) {

        public Item {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(claimed, "claimed");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** A payment due by {@code due}. */
    public record Payment(LocalDate due, Money amount) {

        public Payment {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
