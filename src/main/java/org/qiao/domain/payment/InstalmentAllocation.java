// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.qiao.domain.money.Money;

/**
 * Where one worker's instalments stand on a day: what they have been paid in total fills the instalments in due
 * order (first due, first paid), whatever each payment was meant for, so an early payment settles the next
 * instalment and a partial one leaves the rest of the same instalment open. An instalment still open after its due
 * day is overdue from the next day on.
 */
public final class InstalmentAllocation {

    /** Where an instalment stands. */
    public enum State {
        /** Paid in full. */
        PAID,
        /** Paid in part, due day not yet passed. */
        PART_PAID,
        /** Nothing paid yet, due day not yet passed (or today). */
        DUE,
        /** Not paid in full and its due day has passed. */
        OVERDUE;

        /** The resource-bundle key of this value's label. */
        public String messageKey() {
            return "payment.instalment.state." + name();
        }
    }

    /** One instalment with what has been allocated to it, what remains, and for how many days it is overdue. */
    public record Line(SignedAgreement.Instalment instalment, Money paid, Money remaining, State state,
                       long daysOverdue) {
    }

    private InstalmentAllocation() {
    }

    /**
     * Allocates {@code paid} (a worker's valid payments up to {@code asOf}) to {@code schedule} in due order.
     * Anything paid beyond the schedule is left unallocated.
     */
    public static List<Line> allocate(List<SignedAgreement.Instalment> schedule, Money paid, LocalDate asOf) {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(asOf, "asOf");
        List<SignedAgreement.Instalment> ordered = schedule.stream()
            .sorted(Comparator.comparing(SignedAgreement.Instalment::due)
                .thenComparingInt(SignedAgreement.Instalment::seq))
            .toList();
        List<Line> lines = new ArrayList<>();
        Money left = paid;
        for (SignedAgreement.Instalment instalment : ordered) {
            Money share = left.compareTo(instalment.amount()) >= 0 ? instalment.amount() : left;
            left = left.minus(share);
            Money remaining = instalment.amount().minus(share);
            long late = ChronoUnit.DAYS.between(instalment.due(), asOf);
            State state;
            if (remaining.isZero()) {
                state = State.PAID;
            } else if (late > 0) {
                state = State.OVERDUE;
            } else {
                state = share.isZero() ? State.DUE : State.PART_PAID;
            }
            lines.add(new Line(instalment, share, remaining, state, state == State.OVERDUE ? late : 0));
        }
        return lines;
    }
}
