// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleObjectProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qiao.app.AppContext;
import org.qiao.domain.agreement.AgreementStatus;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.service.CaseDetail;
import org.qiao.service.Services;
import org.qiao.ui.DocumentOutput;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.FakeDocumentPrinter;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/** The agreement section of the case page without a window, over a demo database, work run synchronously. */
class AgreementSectionViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeDocumentPrinter printer = new FakeDocumentPrinter();
    private final SimpleObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private String number;
    private int caseReloads;

    @BeforeEach
    void demoCases() {
        context = TestDatabase.withMediator(dataDir.resolve("db"));
        services = context.services();
        TestDatabase.signInMediator(context);
        services.demoData().generate(30, 5);
        number = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.IN_MEDIATION)),
            LedgerSort.NEWEST_FIRST, 0, 1).rows().get(0).caseNumber();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private AgreementSectionViewModel viewModel() {
        AgreementSectionViewModel vm = new AgreementSectionViewModel(services.agreements(), detail, () -> {
            caseReloads++;
            showCase();
        }, context.messages(), new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs,
            new DocumentOutput(printer, dataDir.resolve("documents")), Clock.systemDefaultZone());
        showCase();
        return vm;
    }

    private void showCase() {
        detail.set(services.ledger().show(number).orElseThrow());
    }

    private static void setFirstAmount(AgreementSectionViewModel vm, String amount) {
        vm.builder().workers().get(0).items().get(0).amount().set(amount);
    }

    @Test
    void aFirstDraftIsPrefilledAndSavedAsVersionOne() {
        AgreementSectionViewModel vm = viewModel();
        assertTrue(vm.canDraftProperty().get());
        vm.startDraft();
        assertTrue(vm.editingProperty().get());
        assertEquals(detail.get().workers().size(), vm.builder().workers().size());
        assertEquals(LocalDate.now().toString(), vm.builder().drawnDateProperty().get());
        vm.save();
        assertFalse(vm.editingProperty().get(), vm.messageProperty().get());
        assertEquals(1, vm.versions().size());
        assertTrue(vm.versions().get(0).draft());
        assertFalse(vm.canDraftProperty().get());
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhyBesideThePayments() {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        setFirstAmount(vm, "1,000,000.00");
        vm.save();
        assertTrue(vm.editingProperty().get());
        assertEquals("1,000,000.00", vm.builder().workers().get(0).items().get(0).amount().get());
        assertTrue(vm.builder().problems().get("worker.0.payments").contains("1,000,000.00"),
            vm.builder().problems().toString());
        assertEquals("协议未保存，请按提示修改标出的内容。", vm.messageProperty().get());
        assertTrue(services.agreements().versions(detail.get().id()).isEmpty());
    }

    @Test
    void anUnreadableAmountOrDateIsShownOnItsOwnField() {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        setFirstAmount(vm, "三千");
        vm.builder().workers().get(0).payments().get(0).due().set("2026-13-01");
        vm.save();
        assertTrue(vm.builder().problems().containsKey("worker.0.item.0"));
        assertTrue(vm.builder().problems().get("worker.0.payment.0").contains("2026-13-01"));
        assertEquals("三千", vm.builder().workers().get(0).items().get(0).amount().get());
    }

    @Test
    void splittingEvenlyGivesTheLeftoverCentsToTheLastMonth() {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        setFirstAmount(vm, "1000.00");
        AgreementBuilderViewModel.WorkerForm worker = vm.builder().workers().get(0);
        worker.items().subList(1, worker.items().size()).forEach(i -> i.amount().set("0"));
        worker.months().set("3");
        vm.builder().splitEvenly(0);
        assertEquals(List.of("333.33", "333.33", "333.34"),
            worker.payments().stream().map(p -> p.amount().get()).toList());
        LocalDate first = LocalDate.parse(worker.payments().get(0).due().get());
        assertEquals(first.plusMonths(2).toString(), worker.payments().get(2).due().get());
        worker.months().set("0");
        vm.builder().splitEvenly(0);
        assertEquals("请填写 1 到 60 之间的月数。", vm.builder().problems().get("worker.0.payments"));
        assertEquals(3, worker.payments().size());
    }

    @Test
    void signingLocksTheVersionAndReloadsTheCase() {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        vm.save();
        vm.signDateProperty().set(LocalDate.now().plusDays(1).toString());
        vm.sign(vm.versions().get(0));
        assertEquals("签署日期 " + LocalDate.now().plusDays(1) + " 还没有到。", vm.messageProperty().get());
        assertEquals(0, caseReloads);
        vm.signDateProperty().set(LocalDate.now().toString());
        vm.sign(vm.versions().get(0));
        assertEquals(1, caseReloads);
        assertEquals(CaseStatus.AGREEMENT_SIGNED, detail.get().status());
        assertEquals(AgreementStatus.SIGNED, vm.versions().get(0).version().status());
        assertTrue(vm.messageProperty().get().contains("已锁定"), vm.messageProperty().get());
        vm.edit(vm.versions().get(0));
        assertFalse(vm.editingProperty().get());
    }

    @Test
    void aNewVersionAsksWhyAndStartsAsADraft() {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        vm.save();
        vm.sign(vm.versions().get(0));
        dialogs.texts.add("被申请人请求分期支付");
        vm.newVersion(vm.versions().get(0));
        assertEquals(2, vm.versions().size());
        assertTrue(vm.versions().get(1).draft());
        assertTrue(vm.versions().get(1).text().contains("被申请人请求分期支付"));
    }

    @Test
    void thePdfIsWrittenAndOpenedOrPrintedAndAMissingViewerNamesTheFile() throws Exception {
        AgreementSectionViewModel vm = viewModel();
        vm.startDraft();
        vm.save();
        AgreementSectionViewModel.VersionLine line = vm.versions().get(0);
        vm.openPdf(line);
        assertEquals(1, printer.opened.size());
        assertTrue(Files.readString(printer.opened.get(0), java.nio.charset.StandardCharsets.ISO_8859_1)
            .startsWith("%PDF-"));
        vm.print(line);
        assertEquals(printer.opened, printer.printed);
        printer.noViewer = true;
        vm.openPdf(line);
        assertEquals("没有找到能打开 PDF 的程序。文件已保存在：" + printer.opened.get(0), vm.messageProperty().get());
    }
}
