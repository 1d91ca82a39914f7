// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.ConflictVerdict;
import org.qiao.domain.cases.Employer;
import org.qiao.domain.cases.Evidence;
import org.qiao.domain.cases.WorkerGroup;
import org.qiao.domain.identity.ResidentId;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class IntakeViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void signInAsMediator() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        TestDatabase.signInMediator(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IntakeViewModel viewModel() {
        return viewModel(context, dialogs);
    }

    /** The intake screen's ViewModel over {@code context}, signed in as its mediator, its work run at once. */
    static IntakeViewModel viewModel(AppContext context, FakeDialogService dialogs) {
        Services services = context.services();
        return new IntakeViewModel(services.intake(), services.caseStatus(), services.drafts(), services.evidence(),
            services.courts(), services.referrals(), TestDatabase.MEDIATOR, context.messages(),
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs);
    }

    /** A valid resident ID from Dongsheng district, born in 1985, with serial {@code n}. */
    private static String residentId(int n) {
        String first17 = "15060219850101" + String.format("%03d", n);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static void fillCase(IntakeViewModel vm, int workerCount, int firstId) {
        vm.leagueProperty().set(vm.leagues().stream().filter(r -> r.code().equals("150600")).findFirst()
            .orElseThrow());
        vm.countyProperty().set(vm.counties().stream().filter(r -> r.code().equals("150602")).findFirst()
            .orElseThrow());
        vm.receivedDateProperty().set(LocalDate.now().minusDays(1));
        vm.employerNameProperty().set("鄂尔多斯市东胜区某建筑工程有限公司");
        for (int i = 0; i < workerCount; i++) {
            WorkerRow worker = i == 0 ? vm.workers().get(0) : vm.addWorker();
            worker.nameProperty().set(i % 2 == 0 ? "巴特尔·朝鲁" + i : "王秀兰" + i);
            worker.residentIdProperty().set(residentId(firstId + i));
            worker.groupProperty(WorkerGroup.MIGRANT).set(true);
            worker.representativeProperty().set(i < 3);
            worker.claims().get(0).amountProperty().set("8,600.50");
        }
        vm.factsProperty().set("2025 年 9 月至 2026 年 1 月的工资未发。");
    }

    @Test
    void showsAWrongIdNumberNextToItsFieldWhileTypingButNotEmptyFieldsYet() {
        IntakeViewModel vm = viewModel();
        vm.workers().get(0).residentIdProperty().set("110105194912310021");
        assertTrue(vm.problemAt("workers[0].residentId").contains("校验位"), vm.problemAt("workers[0].residentId"));
        assertEquals("", vm.problemAt("employer.name"), "an empty field is not a mistake yet");
        assertEquals("", vm.problemAt("workers[0].claims[0].amount"), "nor an amount not typed yet");
        vm.workers().get(0).claims().get(0).amountProperty().set("12.345");
        assertFalse(vm.problemAt("workers[0].claims[0].amount").isEmpty(), "three decimals are a mistake at once");

        vm.workers().get(0).residentIdProperty().set("11010519491231002X");
        assertEquals("", vm.problemAt("workers[0].residentId"));
        assertTrue(vm.workers().get(0).identityLineProperty().get().contains("1949-12-31"));
    }

    @Test
    void aRefusedRegistrationMarksEveryProblemAndKeepsWhatWasTyped() {
        IntakeViewModel vm = viewModel();
        vm.workers().get(0).nameProperty().set("乌日娜");
        vm.workers().get(0).claims().get(0).amountProperty().set("-5");
        vm.workers().get(0).claims().add(new ClaimRow());
        vm.register();
        assertEquals("请填写金额。", vm.problemAt("workers[0].claims[1].amount"), "after an attempt, empty is wrong");
        assertEquals(IntakeViewModel.Mode.EDITING, vm.modeProperty().get());
        assertFalse(vm.problemAt("employer.name").isEmpty());
        assertFalse(vm.problemAt("regionCode").isEmpty());
        assertFalse(vm.problemAt("workers[0].claims[0].amount").isEmpty());
        assertEquals("乌日娜", vm.workers().get(0).nameProperty().get());
        assertEquals("-5", vm.workers().get(0).claims().get(0).amountProperty().get());
        assertTrue(vm.messageProperty().get().contains("已保留"), vm.messageProperty().get());
        assertEquals(0, services.overview().overview().totalCases(), "nothing was stored");
    }

    @Test
    void aClaimsPeriodIsCheckedOnItsFieldAndStoredWithTheClaim() {
        IntakeViewModel vm = viewModel();
        fillCase(vm, 1, 400);
        ClaimRow claim = vm.workers().get(0).claims().get(0);
        claim.periodFromProperty().set(LocalDate.of(2025, 12, 31));
        claim.periodToProperty().set(LocalDate.of(2025, 10, 1));
        vm.register();
        assertEquals(IntakeViewModel.Mode.EDITING, vm.modeProperty().get());
        assertEquals("请求期间的结束日 2025-10-01 早于开始日 2025-12-31。", vm.problemAt("workers[0].claims[0].periodTo"));
        assertEquals(LocalDate.of(2025, 12, 31), claim.periodFromProperty().get(), "kept as typed");

        claim.periodFromProperty().set(LocalDate.of(2025, 10, 1));
        claim.periodToProperty().set(LocalDate.of(2025, 12, 31));
        vm.register();
        String number = registeredNumber(vm);
        var stored = services.ledger().show(number).orElseThrow().workers().get(0).claims().get(0);
        assertEquals(LocalDate.of(2025, 10, 1), stored.periodFrom());
        assertEquals(LocalDate.of(2025, 12, 31), stored.periodTo());
    }

    @Test
    void aHugePastedStatementIsRefusedOnItsFieldAndKept() {
        IntakeViewModel vm = viewModel();
        fillCase(vm, 1, 400);
        String huge = "欠薪".repeat(15_000);
        vm.factsProperty().set(huge);
        assertTrue(vm.problemAt("facts").contains("20000") || vm.problemAt("facts").contains("20,000"),
            vm.problemAt("facts"));
        vm.register();
        assertEquals(IntakeViewModel.Mode.EDITING, vm.modeProperty().get());
        assertEquals(huge, vm.factsProperty().get());
        assertEquals(0, services.overview().overview().totalCases());
    }

    @Test
    void registersACollectiveCaseOfTwelveWorkersAndAcceptsIt() {
        IntakeViewModel vm = viewModel();
        fillCase(vm, 12, 100);
        assertTrue(vm.collectiveHintProperty().get().contains("12"), vm.collectiveHintProperty().get());
        assertEquals("共 12 名职工，请求金额合计 ¥103,206.00", vm.totalsProperty().get());
        vm.register();
        assertEquals(IntakeViewModel.Mode.REGISTERED, vm.modeProperty().get(), vm.messageProperty().get());
        String number = vm.messageProperty().get().replaceAll(".*案号：(.*)。.*", "$1");
        assertTrue(number.startsWith("工调〔"), number);

        vm.accept();
        assertTrue(vm.messageProperty().get().startsWith("已受理。调解期限至 "), vm.messageProperty().get());
        var found = services.ledger().find("王秀兰1", Set.of(CaseStatus.ACCEPTED), 10);
        assertEquals(1, found.size());
        assertEquals(number, found.get(0).caseNumber());
        assertEquals(12, found.get(0).workerCount());
    }

    @Test
    void theSameWorkerInAnOpenCaseAsksForAVerdictBeforeRegistering() {
        IntakeViewModel first = viewModel();
        fillCase(first, 1, 200);
        first.register();
        assertEquals(IntakeViewModel.Mode.REGISTERED, first.modeProperty().get(), first.messageProperty().get());

        IntakeViewModel second = viewModel();
        fillCase(second, 1, 200);
        second.register();
        assertEquals(IntakeViewModel.Mode.CONFLICTS, second.modeProperty().get());
        assertFalse(second.findings().isEmpty());
        second.decide(ConflictVerdict.LINKED, second.findings().get(0));
        assertEquals(IntakeViewModel.Mode.REGISTERED, second.modeProperty().get(), second.messageProperty().get());
    }

    @Test
    void aDraftSurvivesClosingTheScreen() {
        IntakeViewModel vm = viewModel();
        fillCase(vm, 2, 300);
        vm.workers().get(1).claims().get(0).noteProperty().set("按月 3,500 元计");
        vm.workers().get(1).claims().get(0).periodFromProperty().set(LocalDate.of(2025, 10, 1));
        vm.workers().get(1).claims().get(0).periodToProperty().set(LocalDate.of(2025, 12, 31));
        vm.flushDraft();

        IntakeViewModel reopened = viewModel();
        reopened.loadDraft();
        assertEquals("鄂尔多斯市东胜区某建筑工程有限公司", reopened.employerNameProperty().get());
        assertEquals(2, reopened.workers().size());
        assertEquals(residentId(301), reopened.workers().get(1).residentIdProperty().get());
        assertEquals("按月 3,500 元计", reopened.workers().get(1).claims().get(0).noteProperty().get());
        assertEquals(LocalDate.of(2025, 10, 1), reopened.workers().get(1).claims().get(0).periodFromProperty().get());
        assertEquals(LocalDate.of(2025, 12, 31), reopened.workers().get(1).claims().get(0).periodToProperty().get());
        assertEquals("150602", reopened.countyProperty().get().code());
        assertTrue(reopened.draftStateProperty().get().startsWith("已恢复"));
    }

    private String registeredNumber(IntakeViewModel vm) {
        assertEquals(IntakeViewModel.Mode.REGISTERED, vm.modeProperty().get(), vm.messageProperty().get());
        return vm.messageProperty().get().replaceAll(".*案号：(.*)。.*", "$1");
    }

    @Test
    void chosenFilesAreListedWithSizeAndHashAndStoredWithTheCase() throws Exception {
        Path contract = Files.writeString(dataDir.resolve("劳动合同.pdf"), "abc");
        Path payslip = Files.write(dataDir.resolve("工资条.jpg"), new byte[2048]);
        Path extra = Files.writeString(dataDir.resolve("多选的.txt"), "x");
        IntakeViewModel vm = viewModel();
        dialogs.fileLists.add(List.of(contract, payslip, extra));
        vm.addEvidence();
        dialogs.fileLists.add(List.of(contract));
        vm.addEvidence();

        assertEquals(3, vm.evidence().size(), "a file chosen twice is listed once");
        EvidenceRow first = vm.evidence().get(0);
        assertEquals("3 字节", first.sizeTextProperty().get());
        assertEquals("ba7816bf8f01", vm.shortHash(first));
        assertEquals("2.0 KB", vm.evidence().get(1).sizeTextProperty().get());
        vm.removeEvidence(vm.evidence().get(2));
        first.descriptionProperty().set("劳动合同复印件");
        fillCase(vm, 1, 500);
        vm.register();

        String number = registeredNumber(vm);
        long caseId = services.ledger().show(number).orElseThrow().id();
        List<Evidence> stored = services.evidence().list(caseId);
        assertEquals(List.of("劳动合同.pdf", "工资条.jpg"), stored.stream().map(Evidence::getFileName).toList());
        assertEquals("劳动合同复印件", stored.get(0).getDescription());
        assertEquals(first.sha256Property().get(), stored.get(0).getSha256());
    }

    @Test
    void aFileGoneBeforeSavingRefusesTheCaseAndStaysListedWithTheReason() throws Exception {
        Path scan = Files.writeString(dataDir.resolve("欠条.pdf"), "欠条");
        IntakeViewModel vm = viewModel();
        dialogs.fileLists.add(List.of(scan));
        vm.addEvidence();
        fillCase(vm, 1, 600);
        Files.delete(scan);

        vm.register();

        assertEquals(IntakeViewModel.Mode.EDITING, vm.modeProperty().get());
        assertEquals(1, vm.evidence().size());
        assertTrue(vm.evidence().get(0).problemProperty().get().contains("欠条.pdf"),
            vm.evidence().get(0).problemProperty().get());
        assertEquals(0, services.overview().overview().totalCases(), "nothing was stored");
    }

    @Test
    void pickingAnEmployerOnFileFillsItsFieldsAndTheCaseSharesItsRecord() {
        IntakeViewModel first = viewModel();
        fillCase(first, 1, 700);
        first.legalRepresentativeProperty().set("张三");
        first.register();
        registeredNumber(first);

        IntakeViewModel vm = viewModel();
        vm.employerQueryProperty().set("东胜区某建筑");
        vm.searchEmployers();
        assertEquals(1, vm.employerMatches().size());
        Employer onFile = vm.employerMatches().get(0);
        vm.pickEmployer(onFile);
        assertEquals("鄂尔多斯市东胜区某建筑工程有限公司", vm.employerNameProperty().get());
        assertEquals("张三", vm.legalRepresentativeProperty().get());
        assertEquals(onFile.getId(), vm.form().employer().existingId());
        assertTrue(vm.employerMatches().isEmpty());

        vm.employerPhoneProperty().set("0477-8123456");
        assertEquals(onFile.getId(), vm.form().employer().existingId(), "a new phone keeps the link");
        vm.employerNameProperty().set("鄂尔多斯市东胜区另一家建筑公司");
        assertEquals(null, vm.form().employer().existingId(), "another name is another employer");
        assertTrue(vm.employerNoteProperty().get().contains("不再关联"), vm.employerNoteProperty().get());

        vm.pickEmployer(onFile);
        vm.clearEmployer();
        assertEquals(null, vm.pickedEmployerProperty().get());
        assertEquals("", vm.employerNameProperty().get());
        assertEquals("", vm.legalRepresentativeProperty().get());
    }

    @Test
    void aPickedEmployerAndTheChosenFilesSurviveInTheDraft() throws Exception {
        IntakeViewModel first = viewModel();
        fillCase(first, 1, 800);
        first.register();
        registeredNumber(first);
        Path scan = Files.writeString(dataDir.resolve("考勤表.pdf"), "abc");

        IntakeViewModel vm = viewModel();
        vm.employerQueryProperty().set("某建筑工程");
        vm.searchEmployers();
        vm.pickEmployer(vm.employerMatches().get(0));
        dialogs.fileLists.add(List.of(scan));
        vm.addEvidence();
        vm.evidence().get(0).descriptionProperty().set("2025年考勤");
        vm.flushDraft();

        IntakeViewModel reopened = viewModel();
        reopened.loadDraft();
        assertEquals(vm.pickedEmployerProperty().get(), reopened.pickedEmployerProperty().get());
        assertEquals(1, reopened.evidence().size());
        EvidenceRow row = reopened.evidence().get(0);
        assertEquals(scan, row.file());
        assertEquals("2025年考勤", row.descriptionProperty().get());
        assertEquals("ba7816bf8f01", reopened.shortHash(row), "the file is read again after the restore");
    }
}
