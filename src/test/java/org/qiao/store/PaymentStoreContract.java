// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qiao.domain.QiaoException;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.domain.payment.SignedAgreement;
import org.qiao.domain.user.Role;
import org.qiao.domain.user.User;

/** The payment tables of V14 and the reading of the signed agreement, on every supported database. */
abstract class PaymentStoreContract extends DatabaseContract {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 9, 0);

    private DisputeCase saved(int workers, CaseStatus status, User mediator) {
        DisputeCase c = StoreContract.newCase(unique("付款"), workers);
        c.setStatus(status);
        return tx.call(r -> {
            if (mediator != null) {
                c.setMediator(r.users().findByUsername(mediator.getUsername()).orElseThrow());
            }
            return r.cases().save(c);
        });
    }

    private Payment payment(DisputeCase c, int worker, LocalDate date, String amount) {
        return new Payment(c.getId(), c.getWorkers().get(worker).getId(), date, "某某煤业有限公司", Money.parse(amount),
            PaymentMethod.CASH, null, "tester", NOW);
    }

    @Test
    void readsTheSignedAgreementWithItemsInWorkerOrderAndInstalmentsInDueOrder() {
        DisputeCase c = saved(2, CaseStatus.AGREEMENT_SIGNED, null);
        long first = c.getWorkers().get(0).getId();
        long second = c.getWorkers().get(1).getId();
        new SignedAgreementRows(c.getId(), "协议-1", LocalDate.of(2026, 3, 3))
            .item(second, DisputeCategory.WAGES, "800.00")
            .item(first, DisputeCategory.WAGES, "1000.50")
            .item(first, DisputeCategory.ECONOMIC_COMPENSATION, "200.00")
            .instalment(first, LocalDate.of(2026, 4, 1), "600.25")
            .instalment(first, LocalDate.of(2026, 3, 15), "600.25")
            .instalment(second, LocalDate.of(2026, 3, 20), "800.00")
            .insert(openedWith);
        SignedAgreement agreement = tx.call(r -> r.payments().signedAgreement(c.getId())).orElseThrow();
        assertEquals("协议-1", agreement.number());
        assertEquals(LocalDate.of(2026, 3, 3), agreement.signedDate());
        assertEquals(List.of(first, first, second), agreement.items().stream()
            .map(SignedAgreement.AgreedItem::workerId).toList());
        assertEquals(DisputeCategory.ECONOMIC_COMPENSATION, agreement.itemsOf(first).get(1).category());
        assertEquals(Money.parse("1200.50"), agreement.agreedFor(first));
        assertEquals(List.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1)),
            agreement.instalmentsOf(first).stream().map(SignedAgreement.Instalment::due).toList());
        assertEquals(Money.parse("2000.50"), agreement.agreed());
        assertTrue(tx.call(r -> r.payments().signedAgreement(saved(1, CaseStatus.IN_MEDIATION, null).getId()))
            .isEmpty());
    }

    @Test
    void keepsPaymentsInDateOrderAndAVoidedOneWithItsReason() {
        DisputeCase c = saved(1, CaseStatus.PERFORMING, null);
        Payment later = tx.call(r -> r.payments().save(payment(c, 0, LocalDate.of(2026, 3, 9), "300.00")));
        Payment earlier = payment(c, 0, LocalDate.of(2026, 3, 1), "0.01");
        earlier.attachProof("回单.jpg", 2048, "a".repeat(64));
        tx.run(r -> r.payments().save(earlier));
        tx.run(r -> {
            Payment loaded = r.payments().findPayment(later.getId()).orElseThrow();
            loaded.voidWith("重复登记", "tester", NOW);
        });
        List<Payment> listed = tx.call(r -> r.payments().ofCase(c.getId()));
        assertEquals(List.of(earlier.getId(), later.getId()), listed.stream().map(Payment::getId).toList());
        assertEquals(Money.parse("0.01"), listed.get(0).getAmount());
        assertEquals("回单.jpg", listed.get(0).getProofFileName());
        assertFalse(listed.get(0).isVoided());
        assertEquals("重复登记", listed.get(1).getVoidReason());
        assertEquals(2, tx.call(r -> r.payments().ofWorker(c.getWorkers().get(0).getId())).size());
    }

    @Test
    void aPaymentOfNothingBreaksTheSchemaAndIsNotStored() {
        DisputeCase c = saved(1, CaseStatus.PERFORMING, null);
        QiaoException refused = assertThrows(QiaoException.class,
            () -> tx.run(r -> r.payments().save(payment(c, 0, LocalDate.of(2026, 3, 1), "0"))));
        assertEquals("store.constraint", refused.messageKey());
        assertEquals("ck_payment_amount", refused.args()[0]);
        assertTrue(tx.call(r -> r.payments().ofCase(c.getId())).isEmpty());
    }

    @Test
    void listsFollowUpsByDate() {
        DisputeCase c = saved(1, CaseStatus.PERFORMING, null);
        tx.run(r -> r.payments().record(new FollowUp(c.getId(), LocalDate.of(2026, 3, 9), FollowUpMethod.VISIT,
            c.getWorkers().get(0).getId(), "已收到", "tester", NOW)));
        tx.run(r -> r.payments().record(new FollowUp(c.getId(), LocalDate.of(2026, 3, 2), FollowUpMethod.PHONE, null,
            "承诺付款", "tester", NOW)));
        assertEquals(List.of("承诺付款", "已收到"),
            tx.call(r -> r.payments().followUpsOf(c.getId())).stream().map(FollowUp::getResult).toList());
    }

    @Test
    void findsTheCasesBeingPerformedWithAnInstalmentDueBeforeADayForOneMediatorOrAll() {
        User mediator = tx.call(r -> r.users().save(new User(unique("m"), "调解员", Role.MEDIATOR)));
        DisputeCase mine = saved(1, CaseStatus.PERFORMING, mediator);
        DisputeCase others = saved(1, CaseStatus.AGREEMENT_SIGNED, null);
        DisputeCase closed = saved(1, CaseStatus.CLOSED, mediator);
        DisputeCase later = saved(1, CaseStatus.PERFORMING, mediator);
        LocalDate asOf = LocalDate.of(2031, 5, 10);
        for (DisputeCase c : List.of(mine, others, closed, later)) {
            long w = c.getWorkers().get(0).getId();
            new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2031, 1, 1))
                .item(w, DisputeCategory.WAGES, "100.00")
                .instalment(w, c == later ? asOf : asOf.minusDays(c == others ? 1 : 3), "100.00")
                .insert(openedWith);
        }
        List<CaseStatus> performing = List.of(CaseStatus.AGREEMENT_SIGNED, CaseStatus.PERFORMING);
        List<Long> all = tx.call(r -> r.payments().casesWithInstalmentsDueBefore(asOf, performing, null, 500));
        assertTrue(all.indexOf(mine.getId()) >= 0 && all.indexOf(mine.getId()) < all.indexOf(others.getId()),
            "the earliest due first: " + all);
        assertFalse(all.contains(closed.getId()));
        assertFalse(all.contains(later.getId()), "due on the day itself is not yet overdue");
        assertEquals(List.of(mine.getId()), tx.call(r -> r.payments().casesWithInstalmentsDueBefore(asOf,
            performing, mediator.getId(), 500)));
        assertEquals(List.of(mine.getId()), tx.call(r -> r.payments().casesOfWorker(mine.getWorkers().get(0).getId())));
    }
}
