// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.user.Role;
import org.qiao.service.CaseLedgerService;
import org.qiao.service.Services;
import org.qiao.ui.ErrorText;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

class DashboardViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void demoCasesOfTwoMediators() {
        context = TestDatabase.withMediator(dataDir.resolve("db"));
        services = context.services();
        services.auth().addAccountAsSystem("bater", "巴特尔", Role.MEDIATOR, "mediate-2026".toCharArray());
        services.demoData().generate(400, 3);
        TestDatabase.signInMediator(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private DashboardViewModel viewModel(boolean onlyMine) {
        DashboardViewModel vm = new DashboardViewModel(services.overview(), services.ledger(), onlyMine, opened::add,
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), context.messages());
        vm.refresh();
        return vm;
    }

    @Test
    void listsTheOverdueThenTheDueSoonCasesWithTheirCountsAndOpensOne() {
        DashboardViewModel vm = viewModel(false);
        CaseLedgerService.DeadlineWatch watch = services.ledger().deadlineWatch(false,
            DashboardViewModel.DEADLINE_ROWS);
        assertEquals(Long.toString(watch.overdueCount().matches()), vm.overdueCountProperty().get());
        assertEquals(Long.toString(watch.dueSoonCount().matches()), vm.dueSoonCountProperty().get());
        assertEquals(watch.overdue().size() + watch.dueSoon().size(), vm.deadlineRows().size());
        assertFalse(vm.deadlineRows().isEmpty(), "400 demo cases have some deadline to watch");
        for (int i = 0; i < vm.deadlineRows().size(); i++) {
            DashboardViewModel.DeadlineRow row = vm.deadlineRows().get(i);
            boolean overdue = i < watch.overdue().size();
            assertEquals(overdue, row.overdue());
            assertTrue(overdue ? row.left().matches("逾期 \\d+ 天") : row.left().matches("还剩 \\d+ 天|今天到期"),
                row.left());
        }
        assertTrue(vm.deadlineNoteProperty().get().startsWith("全部调解员承办的案件"));

        vm.open(vm.deadlineRows().get(0));
        assertEquals(List.of(vm.deadlineRows().get(0).caseNumber()), opened);
    }

    @Test
    void aMediatorSeesOnlyTheirOwnDeadlines() {
        DashboardViewModel vm = viewModel(true);
        assertTrue(vm.deadlineRows().stream().allMatch(row -> row.mediator().equals("其其格")),
            vm.deadlineRows().toString());
        assertTrue(vm.deadlineNoteProperty().get().startsWith("我承办的案件"));
        CaseLedgerService.DeadlineWatch everyone = services.ledger().deadlineWatch(false, 500);
        long mine = everyone.overdue().stream().filter(row -> "其其格".equals(row.mediatorName())).count();
        assertEquals(Long.toString(mine), vm.overdueCountProperty().get());
    }
}
