// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.DisputeCategory;
import org.qiao.domain.cases.LedgerRow;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.user.Role;
import org.qiao.service.CaseLedgerService.Due;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.FakeDialogService;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class LedgerViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void sixtyCasesAndAMediator() {
        context = TestDatabase.withMediator(dataDir.resolve("db"));
        services = context.services();
        services.auth().addAccountAsSystem("bater", "巴特尔", Role.MEDIATOR, "mediate-2026".toCharArray());
        services.auth().addAccountAsSystem("wulan", "乌兰", Role.SUPERVISOR, "oversee-2026".toCharArray());
        TestDatabase.signInMediator(context);
        services.demoData().generate(60, 7);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private LedgerViewModel viewModel() {
        LedgerViewModel vm = new LedgerViewModel(services.ledger(), services.drafts(), services.auth(),
            services.intake().regions(),
            "qiqige", services.auth().session().user().orElseThrow().getId(), context.messages(),
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs);
        vm.start();
        return vm;
    }

    @Test
    void showsFiftyCasesAPageAndTheExactCountThenTheRestOnTheNextPage() {
        LedgerViewModel vm = viewModel();
        assertEquals(LedgerViewModel.PAGE_SIZE, vm.rows().size());
        assertEquals("第 1 页，共 2 页（60 件）", vm.pageTextProperty().get());
        assertFalse(vm.hasPreviousProperty().get());
        assertTrue(vm.hasNextProperty().get());
        LedgerRow firstOfPageOne = vm.rows().get(0);

        vm.nextPage();
        assertEquals(10, vm.rows().size());
        assertEquals("第 2 页，共 2 页（60 件）", vm.pageTextProperty().get());
        assertTrue(vm.hasPreviousProperty().get());
        assertFalse(vm.hasNextProperty().get());
        vm.previousPage();
        assertEquals(firstOfPageOne, vm.rows().get(0));
    }

    @Test
    void sortingByAColumnAsksTheServiceForThatOrderAndStartsAtPageOne() {
        LedgerViewModel vm = viewModel();
        vm.nextPage();
        vm.sortBy(LedgerViewModel.Column.CLAIMED, true);
        assertEquals(LedgerSort.by(LedgerSort.Column.AMOUNT_CLAIMED, true), vm.sortProperty().get());
        assertEquals(50, vm.rows().size(), "back on page one");
        List<BigDecimal> amounts = vm.rows().stream().map(LedgerRow::claimed).toList();
        assertEquals(amounts.stream().sorted(Comparator.reverseOrder()).toList(), amounts);
        BigDecimal largest = services.ledger().page(org.qiao.domain.cases.LedgerFilter.ALL,
            LedgerSort.by(LedgerSort.Column.AMOUNT_CLAIMED, true), 0, 1).rows().get(0).claimed();
        assertEquals(largest, amounts.get(0), "the order covers every case, not only the page on screen");

        vm.sortBy(LedgerViewModel.Column.SOURCE, false);
        assertEquals(LedgerSort.NEWEST_FIRST, vm.sortProperty().get(), "a column the database cannot sort by");
    }

    @Test
    void theFilterAndSortComeBackForTheSameUserAfterARestart() {
        LedgerViewModel vm = viewModel();
        vm.statuses().addAll(Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION));
        vm.leagueProperty().set(vm.leagues().stream().filter(r -> r.code().equals("150600")).findFirst()
            .orElseThrow());
        vm.countyProperty().set(vm.counties().get(0));
        vm.categoryProperty().set(DisputeCategory.WAGES);
        vm.dueProperty().set(Due.WITHIN_3_WORKING_DAYS);
        vm.mediatorProperty().set(vm.mediators().get(0));
        vm.queryProperty().set("王");
        vm.search();
        vm.sortBy(LedgerViewModel.Column.CASE_NUMBER, false);

        LedgerViewModel again = viewModel();
        assertEquals(Set.of(CaseStatus.ACCEPTED, CaseStatus.IN_MEDIATION), Set.copyOf(again.statuses()));
        assertEquals("150600", again.leagueProperty().get().code());
        assertEquals(vm.countyProperty().get(), again.countyProperty().get());
        assertEquals(DisputeCategory.WAGES, again.categoryProperty().get());
        assertEquals(Due.WITHIN_3_WORKING_DAYS, again.dueProperty().get());
        assertEquals("我的案件", again.mediatorLabel(again.mediatorProperty().get()));
        assertEquals(services.auth().session().user().orElseThrow().getId(), again.filter().mediatorId());
        assertEquals("王", again.queryProperty().get());
        assertEquals(LedgerSort.by(LedgerSort.Column.CASE_NUMBER, false), again.sortProperty().get());
        assertEquals(vm.filter(), again.filter());
        assertTrue(services.drafts().load("qiqige").isEmpty(), "the intake draft of the same user is untouched");
    }

    @Test
    void theMediatorFilterOffersMyCasesThenEveryMediatorAndShowsOnlyTheChosenOnesCases() {
        LedgerViewModel vm = viewModel();
        assertEquals(List.of("我的案件", "巴特尔"), vm.mediators().stream().map(vm::mediatorLabel).toList(),
            "mediators only (no supervisor), the signed-in one as \"my cases\"");
        assertEquals("全部调解员", vm.mediatorLabel(null));
        int everyone = vm.rows().size();

        vm.mediatorProperty().set(vm.mediators().get(1));
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().size() < everyone);
        assertTrue(vm.rows().stream().allMatch(row -> "巴特尔".equals(row.mediatorName())), vm.rows().toString());

        vm.clearFilters();
        assertNull(vm.mediatorProperty().get());
        assertEquals(everyone, vm.rows().size());

        services.auth().login("wulan", "oversee-2026".toCharArray());
        LedgerViewModel supervisors = new LedgerViewModel(services.ledger(), services.drafts(), services.auth(),
            services.intake().regions(), "wulan", services.auth().session().user().orElseThrow().getId(),
            context.messages(), new SynchronousBackgroundTasks(), new ErrorText(context.messages()), dialogs);
        supervisors.start();
        assertEquals(List.of("巴特尔", "其其格"), supervisors.mediators().stream().map(supervisors::mediatorLabel)
            .toList(), "a supervisor has no cases of their own to offer");
    }

    @Test
    void aFilterKeptWithOnlyMyCasesStillMeansMyCases() {
        LedgerViewModel vm = viewModel();
        vm.restoreFilter("onlyMine=true\n");
        assertEquals(services.auth().session().user().orElseThrow().getId(), vm.filter().mediatorId());
        vm.restoreFilter("mediator=987654\n");
        assertEquals(987654L, vm.filter().mediatorId(), "an account no longer listed still filters");
        assertEquals("调解员（编号 987654）", vm.mediatorLabel(vm.mediatorProperty().get()));
    }

    @Test
    void aFilterWithNoMatchSaysSoInWords() {
        LedgerViewModel vm = viewModel();
        vm.queryProperty().set("没有这个人");
        vm.search();
        assertTrue(vm.rows().isEmpty());
        assertEquals("", vm.pageTextProperty().get());
        assertTrue(vm.emptyTextProperty().get().startsWith("没有符合条件的案件"));
    }

    @Test
    void exportsEveryMatchingCaseToAWorkbookWithMaskedIdsAndAmountsAsNumbers() throws Exception {
        LedgerViewModel vm = viewModel();
        Path file = dataDir.resolve("台账.xlsx");
        dialogs.saveFiles.add(file);
        vm.export();
        assertFalse(vm.exportingProperty().get());
        assertTrue(vm.exportTextProperty().get().startsWith("已导出 60 件"), vm.exportTextProperty().get());

        LedgerRow first = services.ledger().page(org.qiao.domain.cases.LedgerFilter.ALL, LedgerSort.NEWEST_FIRST,
            0, 1).rows().get(0);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("案件台账", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("案号", header.getCell(0).getStringCellValue());
            assertEquals("请求金额（元）", header.getCell(5).getStringCellValue());
            assertEquals(61, sheet.getPhysicalNumberOfRows(), "a header and every case, not just one page");
            Row row = sheet.getRow(1);
            assertEquals(first.caseNumber(), row.getCell(0).getStringCellValue());
            assertEquals(first.firstWorkerIdMasked(), row.getCell(6).getStringCellValue());
            assertTrue(row.getCell(6).getStringCellValue().contains("**********"));
            assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
            assertEquals(first.claimed().doubleValue(), row.getCell(5).getNumericCellValue(), 0.001);
            assertEquals("#,##0.00", row.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(first.receivedDate(), row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
        }
        assertFalse(Files.exists(dataDir.resolve("台账.xlsx.part")));
    }

    @Test
    void aCancelledSaveDialogExportsNothing() {
        LedgerViewModel vm = viewModel();
        vm.export();
        assertFalse(vm.exportingProperty().get());
        assertEquals("", vm.exportTextProperty().get());
    }

    @Test
    void aLongUserNameStillFitsTheDraftOwner() {
        String owner = LedgerViewModel.filterOwner("x".repeat(50));
        assertTrue(owner.length() <= 50, owner);
        assertEquals("ledger-filter:qiqige", LedgerViewModel.filterOwner("qiqige"));
    }
}
