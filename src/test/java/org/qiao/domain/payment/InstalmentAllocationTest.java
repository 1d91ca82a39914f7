// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.InstalmentAllocation.State;

class InstalmentAllocationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** Three instalments of 2,000.00, listed out of order: due 03-31 (seq 2), 03-05 (seq 1), 04-30 (seq 3). */
    private static final List<SignedAgreement.Instalment> SCHEDULE = List.of(
        new SignedAgreement.Instalment(7, 2, LocalDate.of(2026, 3, 31), Money.parse("2000")),
        new SignedAgreement.Instalment(7, 1, LocalDate.of(2026, 3, 5), Money.parse("2000")),
        new SignedAgreement.Instalment(7, 3, LocalDate.of(2026, 4, 30), Money.parse("2000")));

    @ParameterizedTest(name = "paid {0}: {1} / {2} / {3}")
    @CsvSource({
        "0.00,    OVERDUE,   DUE,       DUE",
        "1500.00, OVERDUE,   DUE,       DUE",
        "2000.00, PAID,      DUE,       DUE",
        "2500.00, PAID,      PART_PAID, DUE",
        "4000.00, PAID,      PAID,      DUE",
        "6000.00, PAID,      PAID,      PAID",
        "7000.00, PAID,      PAID,      PAID"
    })
    void paymentsFillTheEarliestDueInstalmentFirst(String paid, State first, State second, State third) {
        List<InstalmentAllocation.Line> lines = InstalmentAllocation.allocate(SCHEDULE, Money.parse(paid), TODAY);
        assertEquals(List.of(1, 2, 3), lines.stream().map(l -> l.instalment().seq()).toList());
        assertEquals(List.of(first, second, third), lines.stream().map(InstalmentAllocation.Line::state).toList());
    }

    @Test
    void aPartlyPaidInstalmentPastItsDueDayIsOverdueForWhatRemains() {
        List<InstalmentAllocation.Line> lines = InstalmentAllocation.allocate(SCHEDULE, Money.parse("1200.50"),
            TODAY);
        InstalmentAllocation.Line first = lines.get(0);
        assertEquals(State.OVERDUE, first.state());
        assertEquals(Money.parse("1200.50"), first.paid());
        assertEquals(Money.parse("799.50"), first.remaining());
        assertEquals(5, first.daysOverdue());
        assertEquals(Money.ZERO, lines.get(1).paid());
    }

    @Test
    void anInstalmentDueTodayIsNotYetOverdueAndIsTheDayAfter() {
        List<SignedAgreement.Instalment> one = List.of(new SignedAgreement.Instalment(7, 1, TODAY, Money.ofYuan(100)));
        assertEquals(State.DUE, InstalmentAllocation.allocate(one, Money.ZERO, TODAY).get(0).state());
        InstalmentAllocation.Line tomorrow = InstalmentAllocation.allocate(one, Money.ZERO, TODAY.plusDays(1)).get(0);
        assertEquals(State.OVERDUE, tomorrow.state());
        assertEquals(1, tomorrow.daysOverdue());
    }
}
