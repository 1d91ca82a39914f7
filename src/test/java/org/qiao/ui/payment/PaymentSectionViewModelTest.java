// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.app.AppContext;
import org.qiao.domain.payment.FollowUpMethod;
import org.qiao.domain.payment.PaymentMethod;
import org.qiao.service.CaseDetail;
import org.qiao.service.PerformingCaseFixture;
import org.qiao.service.Services;
import org.qiao.store.DatabaseConfig;
import org.qiao.document.PdfPages;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.FakeDocumentPrinter;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/** The 履行与回款 section without a window, on a case whose agreement is signed (PerformingCaseFixture). */
class PaymentSectionViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private CaseDetail detail;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeDocumentPrinter printer = new FakeDocumentPrinter();
    private final AtomicInteger caseChanges = new AtomicInteger();

    @BeforeEach
    void signedCase() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        TestDatabase.signInMediator(context);
        long id = PerformingCaseFixture.create(services, DatabaseConfig.embedded(dataDir), LocalDate.now());
        detail = services.ledger().show(services.payments().performance(id).caseNumber()).orElseThrow();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private PaymentSectionViewModel shown() {
        PaymentSectionViewModel vm = new PaymentSectionViewModel(services.payments(), context.messages(),
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs,
            new DocumentOutput(printer, dataDir.resolve("documents")), Clock.systemDefaultZone());
        vm.setOnCaseChanged(caseChanges::incrementAndGet);
        vm.show(detail);
        return vm;
    }

    @Test
    void showsEachWorkersFiguresTheCaseTotalsAndTheOverdueInstalmentWithItsNextStep() {
        PaymentSectionViewModel vm = shown();
        assertTrue(vm.availableProperty().get());
        assertTrue(vm.canRecordProperty().get());
        assertEquals(new PaymentSectionViewModel.WorkerRow("巴特尔", "8,000.00", "6,000.00", "0.00", "6,000.00"),
            vm.workerRows().get(0));
        assertEquals("合计：申请 8,000.00 元，协议 6,000.00 元，已付 0.00 元，未付 6,000.00 元", vm.totalsProperty().get());
        PaymentSectionViewModel.InstalmentRow overdue = vm.instalmentRows().get(0);
        assertTrue(overdue.overdue());
        assertEquals("逾期 20 天", overdue.state());
        assertEquals("申请支付令（第十六条）", overdue.nextStep());
        assertFalse(vm.instalmentRows().get(1).overdue());
        assertEquals("待支付", vm.instalmentRows().get(1).state());
    }

    @Test
    void aRefusedPaymentKeepsWhatWasTypedAndSaysWhyAtTheField() {
        PaymentSectionViewModel vm = shown();
        vm.openPaymentForm();
        assertEquals(PerformingCaseFixture.EMPLOYER, vm.payerProperty().get(), "the employer pays unless told");
        assertEquals("巴特尔", vm.paymentWorkerProperty().get().name(), "the only worker is chosen");
        vm.amountProperty().set("7,000");
        vm.noteProperty().set("第一笔");
        vm.savePayment();
        assertEquals("付款 7,000.00 元超过该劳动者尚未支付的 6,000.00 元；超出协议的部分请在备注中说明，按未付金额登记。",
            vm.paymentProblem("amount").get());
        assertEquals("7,000", vm.amountProperty().get());
        assertEquals("第一笔", vm.noteProperty().get());
        assertTrue(vm.paymentFormShowingProperty().get());
        assertEquals(0, caseChanges.get());

        vm.amountProperty().set("2,500");
        vm.methodProperty().set(PaymentMethod.WECHAT);
        vm.savePayment();
        assertEquals("", vm.paymentProblem("amount").get());
        assertFalse(vm.paymentFormShowingProperty().get());
        assertEquals("", vm.amountProperty().get(), "the form starts empty next time");
        assertEquals(1, caseChanges.get(), "the case page reloads: the case is now being performed");
        assertEquals("已登记付给巴特尔的 2,500.00 元，案件状态：履行中。", vm.messageProperty().get());
    }

    @Test
    void aPaymentIsVoidedOnlyWithAReasonAndAFollowUpIsListed() {
        PaymentSectionViewModel vm = shown();
        vm.openPaymentForm();
        vm.amountProperty().set("1000");
        vm.savePayment();
        vm.show(services.ledger().show(detail.caseNumber()).orElseThrow());
        PaymentSectionViewModel.PaymentRow row = vm.paymentRows().get(0);

        vm.voidPayment(row);
        assertEquals(1, vm.paymentRows().size(), "no answer: nothing voided");
        dialogs.texts.add("登记错误");
        vm.voidPayment(row);
        vm.show(services.ledger().show(detail.caseNumber()).orElseThrow());
        assertTrue(vm.paymentRows().get(0).voided());
        assertTrue(vm.paymentRows().get(0).note().startsWith("已作废：登记错误"), vm.paymentRows().get(0).note());
        assertEquals("6,000.00", vm.workerRows().get(0).outstanding());

        vm.openFollowUpForm();
        vm.followUpMethodProperty().set(FollowUpMethod.VISIT);
        vm.saveFollowUp();
        assertEquals("请填写回访结果。", vm.followUpProblem("result").get());
        vm.followUpResultProperty().set("用人单位承诺月底前付清");
        vm.saveFollowUp();
        assertEquals(1, vm.followUpLines().size());
        assertTrue(vm.followUpLines().get(0).contains("上门走访　整个案件：用人单位承诺月底前付清（其其格）"),
            "the recorder's display name, not the username: " + vm.followUpLines().get(0));
    }

    @Test
    void theRecoverySummaryIsWrittenUnderTheCaseNumberAndOpenedOrPrinted() throws Exception {
        PaymentSectionViewModel vm = shown();
        vm.openPaymentForm();
        vm.amountProperty().set("2,500");
        vm.savePayment();
        vm.show(services.ledger().show(detail.caseNumber()).orElseThrow());

        vm.openSummary();
        assertEquals(1, printer.opened.size());
        Path file = printer.opened.get(0);
        assertEquals(dataDir.resolve("documents"), file.getParent());
        assertEquals("挽回经济损失情况-" + detail.caseNumber().replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".pdf",
            file.getFileName().toString());
        String text = String.join("", PdfPages.texts(Files.readAllBytes(file))).replaceAll("\\s+", "");
        assertTrue(text.contains(detail.caseNumber().replaceAll("\\s+", "")), text);
        assertTrue(text.contains("2,500.00"), text);
        assertEquals("已打开挽回经济损失情况：" + file, vm.messageProperty().get());

        vm.printSummary();
        assertEquals(List.of(file), printer.printed);
        assertEquals("已将挽回经济损失情况发送到打印机：" + file, vm.messageProperty().get());

        printer.printerProblem = "打印机脱机";
        vm.printSummary();
        assertEquals("无法打印 " + file + "：打印机脱机", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get(), "the buttons come back after a failure");
    }
}
