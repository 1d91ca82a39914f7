// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;

class DemoRecoveryTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final List<DemoRecovery.Claimed> CLAIMS = List.of(
        new DemoRecovery.Claimed(1, DisputeCategory.WAGES, new BigDecimal("24000.50")),
        new DemoRecovery.Claimed(1, DisputeCategory.OVERTIME, new BigDecimal("3000.00")),
        new DemoRecovery.Claimed(1, DisputeCategory.LABOUR_RELATIONSHIP, new BigDecimal("0.00")),
        new DemoRecovery.Claimed(2, DisputeCategory.WAGES, new BigDecimal("8000.00")));

    private final DemoRecovery recovery = new DemoRecovery(DemoRecoveryTest::weekday, LAST_DAY);

    @Test
    void everyWorkerWithAnAmountAgreesNoMoreThanClaimedAndTheScheduleAddsUp() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            DemoRecovery.Outcome outcome = recovery.outcome(random, CaseStatus.PERFORMING, LAST_DAY.minusDays(40),
                null, CLAIMS);
            assertThat(outcome.terms()).extracting(DemoRecovery.WorkerTerms::workerId).containsExactly(1L, 2L);
            DemoRecovery.WorkerTerms first = outcome.terms().get(0);
            // The claim without an amount (labour relationship) is not an agreed amount.
            assertThat(first.items()).extracting(DemoRecovery.Item::category)
                .containsExactly(DisputeCategory.WAGES, DisputeCategory.OVERTIME);
            assertThat(first.items().get(0).amount()).isLessThanOrEqualTo(new BigDecimal("24000.50"));
            for (DemoRecovery.WorkerTerms terms : outcome.terms()) {
                BigDecimal scheduled = terms.instalments().stream().map(DemoRecovery.Instalment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(scheduled).isEqualByComparingTo(terms.total());
                assertThat(terms.instalments()).allSatisfy(inst -> {
                    assertThat(inst.amount()).isPositive();
                    assertThat(inst.due().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                });
            }
        }
    }

    @Test
    void aClosedCaseWasPaidInFullByItsClosingDay() {
        Random random = new Random(11);
        LocalDate signed = LocalDate.of(2026, 6, 3);
        LocalDate closed = LocalDate.of(2026, 9, 30);
        for (int i = 0; i < 300; i++) {
            DemoRecovery.Outcome outcome = recovery.outcome(random, CaseStatus.CLOSED, signed, closed, CLAIMS);
            for (DemoRecovery.WorkerTerms terms : outcome.terms()) {
                assertThat(paid(outcome, terms.workerId())).isEqualByComparingTo(terms.total());
            }
            assertThat(outcome.payments()).allSatisfy(p -> assertThat(p.date()).isBetween(signed, closed));
        }
    }

    @Test
    void aCaseClosedOnSigningWasPaidThatDayInOnePayment() {
        LocalDate signed = LocalDate.of(2026, 6, 3);
        DemoRecovery.Outcome outcome = recovery.outcome(new Random(3), CaseStatus.CLOSED, signed, signed, CLAIMS);
        assertThat(outcome.terms()).allSatisfy(t -> assertThat(t.instalments()).hasSize(1));
        assertThat(outcome.payments()).hasSize(2).allSatisfy(p -> assertThat(p.date()).isEqualTo(signed));
    }

    @Test
    void aCaseJustSignedHasNoPaymentAndMostlyNothingDueYet() {
        Random random = new Random(5);
        int overdue = 0;
        for (int i = 0; i < 400; i++) {
            DemoRecovery.Outcome outcome = recovery.outcome(random, CaseStatus.AGREEMENT_SIGNED,
                LAST_DAY.minusDays(25), null, CLAIMS);
            assertThat(outcome.payments()).isEmpty();
            if (!outcome.terms().get(0).instalments().get(0).due().isAfter(LAST_DAY)) {
                overdue++;
            }
        }
        // About 15 % keep a first due day already past: the overdue instalments a fresh demo shows.
        assertThat(overdue).isBetween(30, 100);
    }

    @Test
    void performingCasesHaveStartedPayingAndSomeRunLateWithAFollowUp() {
        Random random = new Random(13);
        int late = 0;
        for (int i = 0; i < 400; i++) {
            DemoRecovery.Outcome outcome = recovery.outcome(random, CaseStatus.PERFORMING, LAST_DAY.minusDays(70),
                null, CLAIMS);
            assertThat(outcome.payments()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.date()).isBetween(LAST_DAY.minusDays(70), LAST_DAY));
            for (DemoRecovery.WorkerTerms terms : outcome.terms()) {
                assertThat(paid(outcome, terms.workerId())).isLessThanOrEqualTo(terms.total());
            }
            if (!outcome.followUps().isEmpty()) {
                late++;
                assertThat(outcome.followUps()).allSatisfy(f -> assertThat(f.date()).isBeforeOrEqualTo(LAST_DAY));
            }
        }
        assertThat(late).isBetween(40, 250);
    }

    private static BigDecimal paid(DemoRecovery.Outcome outcome, long workerId) {
        return outcome.payments().stream().filter(p -> p.workerId() == workerId).map(DemoRecovery.Paid::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
