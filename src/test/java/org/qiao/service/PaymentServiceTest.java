// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qiao.document.RecoverySummaryDocument;
import org.qiao.domain.QiaoException;
import org.qiao.domain.ValidationException;
import org.qiao.domain.audit.AuditEntry;
import org.qiao.domain.cases.CaseSource;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.CaseStatusChange;
import org.qiao.domain.cases.DisputeCase;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.money.Money;
import org.qiao.domain.payment.FollowUp;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.InstalmentAllocation.State;
import org.qiao.domain.payment.NextStep;
import org.qiao.domain.payment.Payment;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.i18n.Messages;
import org.qiao.store.AttachmentStore;
import org.qiao.store.Database;
import org.qiao.store.DatabaseConfig;
import org.qiao.store.ReferenceData;
import org.qiao.store.SignedAgreementRows;
import org.qiao.store.Transactions;

/** Payments, instalments, follow-ups and the recovered-wage summary on a real database; today is 2026-03-10. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private DatabaseConfig config;
    private Database database;
    private Transactions tx;
    private IntakeService intake;
    private CaseStatusService status;
    private PaymentService payments;
    private Path dataDir;
    private long studio;

    @BeforeAll
    void open() throws Exception {
        UserSession session = new UserSession("mediator.gerel");
        dataDir = Files.createTempDirectory("qiao-payments-");
        config = DatabaseConfig.embedded(dataDir);
        database = Database.open(config, session::actorName);
        tx = database.transactions();
        intake = new IntakeService(tx, session, ReferenceData.regions(), IntakeFixtures.CLOCK);
        CalendarService calendar = new CalendarService(ReferenceData.holidays(), tx, session);
        status = new CaseStatusService(tx, calendar, session, IntakeFixtures.CLOCK);
        payments = new PaymentService(tx, new AttachmentStore(dataDir.resolve("attachments")), session,
            new Messages(Messages.CHINESE), IntakeFixtures.CLOCK);
        studio = new StudioService(tx, session).add("履行工作室", "150602", "履工调〔{year}〕{seq:4}号").getId();
    }

    @AfterAll
    void close() {
        database.close();
    }

    /** A case of {@code workers} workers (each claiming wages of 8,333.33) with a signed agreement. */
    private DisputeCase signedCase(int workers, CaseSource source) {
        IntakeForm form = IntakeFixtures.form(studio, workers, 0);
        if (source != CaseSource.WALK_IN) {
            form = IntakeFixtures.withSource(form, source, "东胜区人民法院", "(2026)内0602民诉前调" + IntakeFixtures.next()
                + "号", false);
        }
        long id = intake.register(form).caseId();
        status.change(id, CaseStatus.ACCEPTED, null);
        status.change(id, CaseStatus.IN_MEDIATION, null);
        status.change(id, CaseStatus.AGREEMENT_SIGNED, null);
        return load(id);
    }

    private DisputeCase load(long id) {
        return tx.call(r -> r.cases().findById(id)).orElseThrow();
    }

    private static long worker(DisputeCase c, int index) {
        return c.getWorkers().get(index).getId();
    }

    /** Wages of 6,000.00 for the first worker in three instalments: 03-05, 03-31, 04-30. */
    private DisputeCase threeInstalments(CaseSource source) {
        DisputeCase c = signedCase(1, source);
        long w = worker(c, 0);
        new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2026, 3, 3))
            .item(w, DisputeCategory.WAGES, "6000.00")
            .instalment(w, LocalDate.of(2026, 3, 5), "2000.00")
            .instalment(w, LocalDate.of(2026, 3, 31), "2000.00")
            .instalment(w, LocalDate.of(2026, 4, 30), "2000.00")
            .insert(config);
        return c;
    }

    private static PaymentService.PaymentEntry paid(long worker, LocalDate date, String amount) {
        return new PaymentService.PaymentEntry(worker, date, "某某煤业有限公司", amount, PaymentMethod.BANK_TRANSFER,
            null, null);
    }

    @Test
    void anEarlyPartialPaymentStartsPerformanceAndFillsTheInstalmentsInDueOrder() {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        long w = worker(c, 0);
        PaymentService.Recorded recorded = payments.record(c.getId(), c.getVersion(),
            paid(w, LocalDate.of(2026, 3, 4), "2,500"));
        assertEquals(CaseStatus.PERFORMING, recorded.status());
        assertEquals(CaseStatus.PERFORMING, load(c.getId()).getStatus());
        assertTrue(load(c.getId()).getVersion() > c.getVersion(), "the case's version rises with a payment");

        CasePerformance performance = payments.performance(c.getId());
        assertEquals(TODAY, performance.asOf());
        CasePerformance.WorkerLine line = performance.worker(w);
        assertEquals(Money.parse("8333.33"), line.claimed());
        assertEquals(Money.parse("6000.00"), line.agreed());
        assertEquals(Money.parse("2500.00"), line.paid());
        assertEquals(Money.parse("3500.00"), line.outstanding());
        assertEquals(List.of(State.PAID, State.PART_PAID, State.DUE),
            performance.instalments().stream().map(CasePerformance.InstalmentLine::state).toList());
        assertEquals(Money.parse("1500.00"), performance.instalments().get(1).remaining());

        payments.record(c.getId(), null, paid(w, TODAY, "1000.00"));
        assertEquals(Money.parse("2500.00"), payments.performance(c.getId()).outstanding());
        List<AuditEntry> audit = tx.call(r -> r.audit().forEntity("Payment", recorded.payment().getId()));
        assertEquals(List.of("INSERT"), audit.stream().map(AuditEntry::action).toList());
    }

    @Test
    void anOverdueInstalmentCallsForAFollowUpFirstAndThePaymentOrderAfterFifteenDays() {
        DisputeCase c = signedCase(2, CaseSource.WALK_IN);
        long first = worker(c, 0);
        long second = worker(c, 1);
        new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2026, 2, 1))
            .item(first, DisputeCategory.WAGES, "3000.00")
            .instalment(first, LocalDate.of(2026, 2, 20), "3000.00")
            .item(second, DisputeCategory.SOCIAL_INSURANCE, "1000.00")
            .instalment(second, LocalDate.of(2026, 3, 1), "1000.00")
            .insert(config);
        List<CasePerformance.InstalmentLine> lines = payments.performance(c.getId()).instalments();
        assertEquals(State.OVERDUE, lines.get(0).state());
        assertEquals(18, lines.get(0).daysOverdue());
        assertEquals(NextStep.PAYMENT_ORDER, lines.get(0).nextStep());
        assertEquals(9, lines.get(1).daysOverdue());
        assertEquals(NextStep.FOLLOW_UP_CALL, lines.get(1).nextStep());

        List<PaymentService.OverdueInstalment> watched = payments.overdue(false, 500).rows().stream()
            .filter(row -> row.caseNumber().equals(c.getCaseNumber())).toList();
        assertEquals(2, watched.size());
        assertEquals(NextStep.PAYMENT_ORDER, watched.get(0).nextStep());
        assertEquals(Money.parse("3000.00"), watched.get(0).remaining());
        assertEquals(c.getEmployer().getName(), watched.get(0).employerName());
    }

    @Test
    void aCourtReferralGoesBackToTheCourtWhenPaymentIsLongOverdue() {
        DisputeCase c = signedCase(1, CaseSource.COURT_DELEGATED);
        long w = worker(c, 0);
        new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2026, 2, 1))
            .item(w, DisputeCategory.WAGES, "3000.00")
            .instalment(w, LocalDate.of(2026, 2, 10), "3000.00")
            .insert(config);
        assertEquals(NextStep.HAND_BACK_TO_COURT, payments.performance(c.getId()).instalments().get(0).nextStep());
    }

    @Test
    void aPaymentBeyondWhatIsOwedOrInTheFutureIsRefusedAtItsFieldAndNothingIsStored() {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        long w = worker(c, 0);
        ValidationException tooMuch = assertThrows(ValidationException.class,
            () -> payments.record(c.getId(), c.getVersion(), paid(w, TODAY, "6000.01")));
        assertEquals("payment.amount.exceedsOutstanding", tooMuch.problemsOf("amount").get(0).messageKey());
        ValidationException future = assertThrows(ValidationException.class,
            () -> payments.record(c.getId(), c.getVersion(), paid(w, TODAY.plusDays(1), "100")));
        assertEquals("payment.date.future", future.problemsOf("date").get(0).messageKey());
        ValidationException empty = assertThrows(ValidationException.class, () -> payments.record(c.getId(), null,
            new PaymentService.PaymentEntry(null, TODAY, " ", "0", null, null, null)));
        assertEquals(List.of("worker", "payer", "amount", "method").stream().sorted().toList(),
            empty.problems().stream().map(p -> p.field()).sorted().toList());
        assertTrue(payments.performance(c.getId()).payments().isEmpty());
        assertEquals(CaseStatus.AGREEMENT_SIGNED, load(c.getId()).getStatus());
        assertEquals(c.getVersion(), load(c.getId()).getVersion());
    }

    @Test
    void aPaymentOnAStaleViewOfTheCaseOrWithoutAnAgreementIsRefused() {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        long w = worker(c, 0);
        payments.record(c.getId(), c.getVersion(), paid(w, TODAY, "100"));
        QiaoException stale = assertThrows(QiaoException.class,
            () -> payments.record(c.getId(), c.getVersion(), paid(w, TODAY, "100")));
        assertEquals("store.conflict", stale.messageKey());

        DisputeCase none = signedCase(1, CaseSource.WALK_IN);
        QiaoException noAgreement = assertThrows(QiaoException.class,
            () -> payments.record(none.getId(), null, paid(worker(none, 0), TODAY, "100")));
        assertEquals("payment.noAgreement", noAgreement.messageKey());
        assertFalse(payments.performance(none.getId()).hasAgreement());
    }

    @Test
    void theLastPaymentClosesTheCaseAsPerformedAndAClosedCaseTakesNoMore() {
        DisputeCase c = signedCase(2, CaseSource.WALK_IN);
        long first = worker(c, 0);
        long second = worker(c, 1);
        new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2026, 3, 3))
            .item(first, DisputeCategory.WAGES, "1000.00")
            .instalment(first, LocalDate.of(2026, 3, 20), "1000.00")
            .item(second, DisputeCategory.WAGES, "2000.00")
            .instalment(second, LocalDate.of(2026, 3, 20), "2000.00")
            .insert(config);
        assertEquals(CaseStatus.PERFORMING, payments.record(c.getId(), null, paid(first, TODAY, "1000")).status());
        assertEquals(CaseStatus.PERFORMING, payments.record(c.getId(), null, paid(second, TODAY, "1500")).status());
        assertEquals(CaseStatus.CLOSED, payments.record(c.getId(), null, paid(second, TODAY, "500")).status());

        List<CaseStatusChange> history = status.history(c.getId());
        CaseStatusChange last = history.get(history.size() - 1);
        assertEquals(CaseStatus.PERFORMING, last.getFromStatus());
        assertEquals(CaseStatus.CLOSED, last.getToStatus());
        assertEquals("协议履行完毕", last.getReason());
        assertEquals(TODAY, load(c.getId()).getClosedDate());
        QiaoException closed = assertThrows(QiaoException.class,
            () -> payments.record(c.getId(), null, paid(first, TODAY, "1")));
        assertEquals("payment.notPerforming", closed.messageKey());
    }

    @Test
    void aVoidedPaymentStaysOnFileWithItsReasonAndNoLongerCounts() {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        long w = worker(c, 0);
        Payment wrong = payments.record(c.getId(), null, paid(w, TODAY, "3000")).payment();
        payments.record(c.getId(), null, paid(w, TODAY, "500"));
        QiaoException noReason = assertThrows(QiaoException.class, () -> payments.voidPayment(wrong.getId(), null,
            " "));
        assertEquals("payment.void.reason", noReason.messageKey());

        payments.voidPayment(wrong.getId(), null, "金额登记错误，实付 300 元");
        CasePerformance after = payments.performance(c.getId());
        assertEquals(Money.parse("500.00"), after.paid());
        assertEquals(Money.parse("5500.00"), after.outstanding());
        assertEquals(State.OVERDUE, after.instalments().get(0).state());
        Payment voided = after.payments().stream().filter(p -> p.getId().equals(wrong.getId())).findFirst()
            .orElseThrow();
        assertEquals("金额登记错误，实付 300 元", voided.getVoidReason());
        assertEquals("mediator.gerel", voided.getVoidedBy());
        QiaoException twice = assertThrows(QiaoException.class, () -> payments.voidPayment(wrong.getId(), null,
            "再次作废"));
        assertEquals("payment.alreadyVoid", twice.messageKey());
    }

    @Test
    void aProofFileIsStoredByItsContentAndOpensUnchanged() throws Exception {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        Path slip = dataDir.resolve("银行回单.pdf");
        Files.writeString(slip, "回单 2000.00", StandardCharsets.UTF_8);
        Payment payment = payments.record(c.getId(), null, new PaymentService.PaymentEntry(worker(c, 0), TODAY,
            "某某担保公司", "2000", PaymentMethod.WECHAT, slip, "担保人代付")).payment();
        assertEquals("银行回单.pdf", payment.getProofFileName());
        assertEquals(64, payment.getProofSha256().length());
        Path copy = payments.copyProofForViewing(payment.getId());
        assertEquals("银行回单.pdf", copy.getFileName().toString());
        assertEquals("回单 2000.00", Files.readString(copy, StandardCharsets.UTF_8));
        assertFalse(copy.startsWith(dataDir.resolve("attachments")), "the viewer gets a copy, not the stored proof");

        ValidationException missing = assertThrows(ValidationException.class, () -> payments.record(c.getId(), null,
            new PaymentService.PaymentEntry(worker(c, 0), TODAY, "某某", "1", PaymentMethod.CASH,
                dataDir.resolve("没有这个文件.jpg"), null)));
        assertEquals("evidence.file.unreadable", missing.problemsOf("proof").get(0).messageKey());
    }

    @Test
    void followUpsAreListedInDateOrderAndNeedAResult() {
        DisputeCase c = threeInstalments(CaseSource.WALK_IN);
        payments.recordFollowUp(c.getId(), new PaymentService.FollowUpEntry(TODAY, FollowUpMethod.VISIT,
            worker(c, 0), "已收到第一期工资"));
        payments.recordFollowUp(c.getId(), new PaymentService.FollowUpEntry(TODAY.minusDays(3), FollowUpMethod.PHONE,
            null, "用人单位承诺本周付款"));
        List<FollowUp> listed = payments.performance(c.getId()).followUps();
        assertEquals(List.of("用人单位承诺本周付款", "已收到第一期工资"), listed.stream().map(FollowUp::getResult).toList());
        assertNull(listed.get(0).getWorkerId());
        ValidationException blank = assertThrows(ValidationException.class, () -> payments.recordFollowUp(
            c.getId(), new PaymentService.FollowUpEntry(TODAY.plusDays(1), FollowUpMethod.PHONE, null, "")));
        assertEquals("payment.date.future", blank.problemsOf("date").get(0).messageKey());
        assertEquals("followUp.result.required", blank.problemsOf("result").get(0).messageKey());
    }

    @Test
    void theSummaryAllocatesWhatWasPaidToTheAgreedItemsInTheAgreementsOrder() {
        DisputeCase c = signedCase(2, CaseSource.WALK_IN);
        long first = worker(c, 0);
        long second = worker(c, 1);
        new SignedAgreementRows(c.getId(), "协-" + c.getCaseNumber(), LocalDate.of(2026, 3, 3))
            .item(first, DisputeCategory.WAGES, "5000.00")
            .item(first, DisputeCategory.ECONOMIC_COMPENSATION, "1000.00")
            .instalment(first, LocalDate.of(2026, 3, 31), "6000.00")
            .item(second, DisputeCategory.WAGES, "8000.00")
            .instalment(second, LocalDate.of(2026, 3, 31), "8000.00")
            .insert(config);
        payments.record(c.getId(), null, paid(first, LocalDate.of(2026, 3, 5), "3000"));
        payments.record(c.getId(), null, paid(first, LocalDate.of(2026, 3, 8), "2500"));

        RecoverySummaryDocument summary = payments.recoverySummaryForCase(c.getCaseNumber());
        assertEquals(RecoverySummaryDocument.Scope.CASE, summary.scope());
        assertEquals(TODAY, summary.date());
        assertEquals("履行工作室", summary.studioName());
        assertEquals(2, summary.sections().size());
        RecoverySummaryDocument.Section section = summary.sections().get(0);
        assertEquals("协-" + c.getCaseNumber(), section.agreementNumber());
        assertEquals(List.of("劳动报酬", "经济补偿"),
            section.items().stream().map(RecoverySummaryDocument.Item::category).toList());
        RecoverySummaryDocument.Item wages = section.items().get(0);
        assertEquals(Money.parse("8333.33"), wages.claimed());
        assertEquals(Money.parse("5000.00"), wages.agreed());
        assertEquals(Money.parse("5000.00"), wages.paid());
        RecoverySummaryDocument.Item compensation = section.items().get(1);
        assertEquals(Money.ZERO, compensation.claimed());
        assertEquals(Money.parse("500.00"), compensation.paid());
        assertEquals(List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 8)),
            section.payments().stream().map(RecoverySummaryDocument.PaymentLine::date).toList());
        assertEquals("银行转账", section.payments().get(0).method());
        assertEquals(Money.parse("16666.66"), summary.claimed());
        assertEquals(Money.parse("14000.00"), summary.agreed());
        assertEquals(Money.parse("5500.00"), summary.paid());
        assertEquals(Money.parse("8500.00"), summary.outstanding());

        RecoverySummaryDocument worker = payments.recoverySummaryForWorker(first);
        assertEquals(RecoverySummaryDocument.Scope.WORKER, worker.scope());
        assertEquals(c.getWorkers().get(0).getName(), worker.subject());
        assertEquals(1, worker.sections().size());
        assertEquals(Money.parse("5500.00"), worker.paid());
    }
}
