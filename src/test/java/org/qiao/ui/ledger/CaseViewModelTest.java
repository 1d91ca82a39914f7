// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.user.Role;
import org.qiao.service.CaseDetail;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class CaseViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void demoCases() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        services.auth().addAccountAsSystem("dudao", "督导", Role.SUPERVISOR, "watch-2026".toCharArray());
        TestDatabase.signInMediator(context);
        services.demoData().generate(30, 5);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private CaseViewModel viewModel() {
        return new CaseViewModel(services.ledger(), services.caseStatus(), services.evidence(),
            services.auth(), services.intake().regions(),
            context.messages(), new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs,
            Clock.systemDefaultZone());
    }

    private String caseIn(CaseStatus status) {
        List<LedgerRow> rows = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(status)),
            LedgerSort.NEWEST_FIRST, 0, 1).rows();
        return rows.get(0).caseNumber();
    }

    @Test
    void aClaimLineGivesItsPeriodWhenOneWasEntered() {
        CaseViewModel vm = viewModel();
        BigDecimal amount = new BigDecimal("10500.00");
        assertEquals("劳动报酬：¥10,500.00（2025-10-01 至 2025-12-31）  按月 3,500 元计", vm.claimLine(
            new CaseDetail.ClaimLine(DisputeCategory.WAGES, amount, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 12, 31), "按月 3,500 元计")));
        assertEquals("加班费：¥10,500.00（2025-10-01 起）  ", vm.claimLine(
            new CaseDetail.ClaimLine(DisputeCategory.OVERTIME, amount, LocalDate.of(2025, 10, 1), null, null)));
        assertEquals("加班费：¥10,500.00  ", vm.claimLine(
            new CaseDetail.ClaimLine(DisputeCategory.OVERTIME, amount, null, null, null)));
    }

    @Test
    void aRegisteredCaseOffersAcceptOrRefuseAndAcceptingShowsTheDeadline() {
        CaseViewModel vm = viewModel();
        vm.open(caseIn(CaseStatus.INTAKE));
        assertTrue(vm.showingProperty().get());
        assertEquals(List.of(CaseStatus.ACCEPTED, CaseStatus.NOT_ACCEPTED), List.copyOf(vm.actions()));
        assertTrue(vm.deadlineProperty().get().startsWith("尚未受理"));

        vm.decide(CaseStatus.ACCEPTED);
        CaseDetail accepted = vm.detailProperty().get();
        assertEquals(CaseStatus.ACCEPTED, accepted.status());
        assertTrue(vm.messageProperty().get().startsWith("已受理。调解期限至 " + accepted.mediationDueDate()));
        assertTrue(vm.deadlineProperty().get().startsWith("调解期限：" + accepted.mediationDueDate()),
            vm.deadlineProperty().get());
        assertEquals(List.of(CaseStatus.WITHDRAWN), List.copyOf(vm.actions()), "only what CaseTransitions allows");
        assertTrue(vm.timeline().get(vm.timeline().size() - 1).contains("登记 → 受理"));
    }

    @Test
    void aSuspendedMediationSaysSoAndResumingShowsTheDeadlineAgain() {
        CaseViewModel vm = viewModel();
        vm.open(caseIn(CaseStatus.INTAKE));
        vm.decide(CaseStatus.ACCEPTED);
        CaseDetail accepted = vm.detailProperty().get();
        LocalDate today = LocalDate.now();
        services.mediationClock().suspend(accepted.id(), accepted.version(),
            new org.qiao.domain.mediation.Suspension(today, "等待工伤认定"));
        vm.open(accepted.caseNumber());
        assertEquals("调解期限：自 " + today + " 起中止，恢复后继续计算。", vm.deadlineProperty().get());

        CaseDetail suspended = vm.detailProperty().get();
        services.mediationClock().resume(suspended.id(), suspended.version(),
            new org.qiao.domain.mediation.Resumption(today));
        vm.open(accepted.caseNumber());
        CaseDetail resumed = vm.detailProperty().get();
        assertEquals(null, resumed.mediationSuspendedSince());
        assertTrue(vm.deadlineProperty().get().startsWith("调解期限：" + resumed.mediationDueDate()),
            vm.deadlineProperty().get());
    }

    @Test
    void refusingAsksForTheReasonAndRecordsItInTheTimeline() {
        CaseViewModel vm = viewModel();
        vm.open(caseIn(CaseStatus.INTAKE));
        vm.decide(CaseStatus.NOT_ACCEPTED);
        assertEquals(CaseStatus.INTAKE, vm.detailProperty().get().status(), "cancelling the question changes nothing");

        dialogs.texts.add("   ");
        vm.decide(CaseStatus.NOT_ACCEPTED);
        assertEquals(CaseStatus.INTAKE, vm.detailProperty().get().status());
        assertEquals("改为“不予受理”时必须写明理由。", vm.messageProperty().get());

        dialogs.texts.add("不属于劳动争议，告知向人民法院起诉");
        vm.decide(CaseStatus.NOT_ACCEPTED);
        assertEquals(CaseStatus.NOT_ACCEPTED, vm.detailProperty().get().status());
        String last = vm.timeline().get(vm.timeline().size() - 1);
        assertTrue(last.contains("其其格") && last.contains("登记 → 不予受理；理由：不属于劳动争议"), last);
        assertTrue(vm.actions().isEmpty(), "a refused case is final");
    }

    @Test
    void goingBackAfterADecisionRefreshesTheListButNotOtherwise() {
        AtomicInteger refreshed = new AtomicInteger();
        CaseViewModel vm = viewModel();
        vm.setOnBack(refreshed::incrementAndGet);
        vm.open(caseIn(CaseStatus.IN_MEDIATION));
        vm.back();
        assertFalse(vm.showingProperty().get());
        assertEquals(0, refreshed.get());

        vm.open(caseIn(CaseStatus.IN_MEDIATION));
        dialogs.texts.add("申请人撤回调解申请");
        vm.decide(CaseStatus.WITHDRAWN);
        vm.back();
        assertEquals(1, refreshed.get());
    }

    @Test
    void aDecisionOnACaseSomeoneElseChangedMeanwhileIsRefusedInWords() {
        CaseViewModel vm = viewModel();
        String number = caseIn(CaseStatus.INTAKE);
        vm.open(number);
        services.caseStatus().change(vm.detailProperty().get().id(), CaseStatus.ACCEPTED, null);
        vm.decide(CaseStatus.ACCEPTED);
        assertFalse(vm.messageProperty().get().isBlank());
        assertFalse(vm.messageProperty().get().contains("意外"), vm.messageProperty().get());
    }

    @Test
    void aMediatorSeesWholeResidentIdsAndASupervisorMaskedOnes() {
        String number = caseIn(CaseStatus.ACCEPTED);
        CaseViewModel vm = viewModel();
        vm.open(number);
        CaseDetail.WorkerParty worker = vm.detailProperty().get().workers().get(0);
        assertFalse(vm.workerHeading(0, worker).contains("*"), vm.workerHeading(0, worker));

        services.auth().logout();
        services.auth().login("dudao", "watch-2026".toCharArray());
        vm.open(number);
        assertTrue(vm.detailProperty().get().residentIdsMasked());
        assertTrue(vm.workerHeading(0, vm.detailProperty().get().workers().get(0)).contains("**********"));
    }

    @Test
    void theDeadlineSaysHowManyDaysAreLeftOrOverdue() {
        Clock fixed = Clock.fixed(LocalDate.of(2026, 3, 10).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
        CaseViewModel vm = new CaseViewModel(services.ledger(), services.caseStatus(), services.evidence(),
            services.auth(), services.intake().regions(),
            context.messages(), new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs, fixed);
        vm.open(caseIn(CaseStatus.ACCEPTED));
        CaseDetail d = vm.detailProperty().get();
        assertEquals("调解期限：2026-03-13，还剩 3 天", vm.deadlineText(withDue(d, LocalDate.of(2026, 3, 13))));
        assertEquals("调解期限：2026-03-10，今天到期", vm.deadlineText(withDue(d, LocalDate.of(2026, 3, 10))));
        assertEquals("调解期限：2026-03-08，已逾期 2 天", vm.deadlineText(withDue(d, LocalDate.of(2026, 3, 8))));
    }

    @Test
    void theTimelineNamesPeopleAndAddsTheUsernameWhenTwoShareADisplayName() {
        CaseViewModel vm = viewModel();
        vm.open(caseIn(CaseStatus.INTAKE));
        vm.decide(CaseStatus.ACCEPTED);
        String last = vm.timeline().get(vm.timeline().size() - 1);
        assertTrue(last.contains("其其格") && !last.contains("qiqige"), last);

        services.auth().addAccountAsSystem("qiqige2", "其其格", Role.LAWYER, "lawyer-2026".toCharArray());
        vm.open(vm.detailProperty().get().caseNumber());
        last = vm.timeline().get(vm.timeline().size() - 1);
        assertTrue(last.contains("其其格（qiqige）"), last);
    }

    @Test
    void evidenceOpensAfterItsHashIsCheckedAndAChangedFileIsRefused() throws Exception {
        Path contract = Files.writeString(dataDir.resolve("劳动合同.pdf"), "%PDF-1.4 合同");
        Path photo = Files.write(dataDir.resolve("现场照片.jpg"), new byte[] {1, 2, 3});
        CaseViewModel vm = viewModel();
        vm.open(caseIn(CaseStatus.ACCEPTED));
        assertTrue(vm.evidence().isEmpty());

        dialogs.fileLists.add(List.of(contract, photo));
        vm.attachEvidence();
        assertTrue(vm.evidence().isEmpty(), "cancelling the description attaches nothing");
        dialogs.fileLists.add(List.of(contract, photo));
        dialogs.texts.add("申请人提交");
        vm.attachEvidence();

        assertEquals("已添加 2 个证据文件。", vm.messageProperty().get());
        assertEquals(List.of("劳动合同.pdf", "现场照片.jpg"), vm.evidence().stream()
            .map(CaseViewModel.EvidenceLine::fileName).toList());
        CaseViewModel.EvidenceLine line = vm.evidence().get(1);
        assertEquals("3 字节", line.size());
        assertEquals("申请人提交", line.description());
        assertTrue(line.added().contains("其其格"), line.added());

        vm.openEvidence(line);
        assertEquals(1, dialogs.opened.size());
        assertEquals("现场照片.jpg", dialogs.opened.get(0).getFileName().toString());
        assertTrue(vm.messageProperty().get().contains("校验无误"), vm.messageProperty().get());

        Files.write(dataDir.resolve("attachments").resolve(line.sha256()), new byte[] {1, 2, 4});
        vm.openEvidence(line);
        assertEquals(1, dialogs.opened.size(), "a changed file is not opened");
        assertTrue(vm.messageProperty().get().contains("已被改动"), vm.messageProperty().get());
    }

    private static CaseDetail withDue(CaseDetail d, LocalDate due) {
        return new CaseDetail(d.id(), d.version(), d.caseNumber(), d.status(), d.source(), d.regionCode(), d.studio(),
            d.receivedDate(), d.summary(), d.mediatorName(), d.employer(), d.workers(), d.totalClaimed(),
            d.residentIdsMasked(), d.courtName(), d.courtCaseNumber(), due);
    }
}
