// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.ui.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.app.AppContext;
import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.domain.user.Role;
import org.qiao.service.Services;
import org.qiao.store.DatabaseConfig;
import org.qiao.service.SessionService;
import org.qiao.ui.ErrorText;
import org.qiao.ui.SynchronousBackgroundTasks;
import org.qiao.ui.TestDatabase;

/** The 调解 section's week of a mediator or a room, over a real database. */
class WeekViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private Services services;
    private final List<String> opened = new ArrayList<>();
    private LocalDate monday;

    @BeforeEach
    void open() {
        context = TestDatabase.withMediator(dataDir);
        services = context.services();
        services.auth().addAccountAsSystem("saran", "萨仁图雅", Role.MEDIATOR, "mediate-2026".toCharArray());
        TestDatabase.signInMediator(context);
        services.demoData().generate(30, 5);
        // Past the sessions the demo books for the coming days (up to about two weeks ahead), so the weeks looked at
        // hold only what a test books.
        monday = SessionService.monday(LocalDate.now()).plusWeeks(4);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private WeekViewModel viewModel() {
        // "Today" is the Wednesday before the week the sessions are in.
        Clock wednesday = Clock.fixed(monday.minusDays(5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
        return new WeekViewModel(services.sessions(), services.auth(), opened::add, context.messages(),
            new SynchronousBackgroundTasks(), new ErrorText(context.messages()), wednesday);
    }

    private long caseId(int index) {
        String number = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
            LedgerSort.NEWEST_FIRST, 0, index + 1).rows().get(index).caseNumber();
        long id = services.mediationClock().caseId(number);
        services.caseStatus().change(id, CaseStatus.ACCEPTED, null);
        return id;
    }

    private long userId(String username) {
        return services.auth().mediators().stream().filter(m -> m.username().equals(username)).findFirst()
            .orElseThrow().id();
    }

    private SessionService.SessionView book(long caseId, DayOfWeek day, String start, String end, String room,
                                            String mediator) {
        return services.sessions().schedule(caseId, null, new SessionService.SessionPlan(new SessionSlot(
            monday.with(day), LocalTime.parse(start), LocalTime.parse(end), room, Set.of(userId(mediator))),
            SessionMode.FACE_TO_FACE, null));
    }

    @Test
    void showsTheSignedInMediatorsWeekAndMovesBetweenWeeks() {
        long caseId = caseId(0);
        SessionService.SessionView tuesday = book(caseId, DayOfWeek.TUESDAY, "14:00", "15:30", "一号室",
            TestDatabase.MEDIATOR);
        book(caseId, DayOfWeek.TUESDAY, "14:00", "15:30", "二号室", "saran");
        WeekViewModel vm = viewModel();
        vm.start();
        assertEquals(TestDatabase.MEDIATOR, vm.mediatorProperty().get().username());
        assertTrue(vm.blocks().isEmpty(), "this week has nothing");
        vm.nextWeek();
        assertEquals(1, vm.blocks().size());
        WeekViewModel.Block block = vm.blocks().get(0);
        assertEquals(tuesday.id(), block.sessionId());
        assertEquals(1, block.day());
        assertEquals(LocalTime.of(14, 0), block.start());
        assertTrue(block.text().startsWith(tuesday.caseNumber()), block.text());
        assertEquals("周二 " + monday.plusDays(1).getMonthValue() + "/" + monday.plusDays(1).getDayOfMonth(),
            vm.dayHeadings().get(1));
        vm.open(block);
        assertEquals(List.of(tuesday.caseNumber()), opened);
        vm.previousWeek();
        assertTrue(vm.blocks().isEmpty());
    }

    @Test
    void marksTheClashesOfARoom() throws Exception {
        long caseId = caseId(0);
        SessionService.SessionView a = book(caseId, DayOfWeek.THURSDAY, "09:00", "10:00", "调解室甲",
            TestDatabase.MEDIATOR);
        SessionService.SessionView b = book(caseId, DayOfWeek.THURSDAY, "09:00", "10:00", "调解室乙", "saran");
        // A clash the scheduling check would have refused, made behind it (e.g. by an import).
        DatabaseConfig config = DatabaseConfig.embedded(dataDir);
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             PreparedStatement update = c.prepareStatement(
                 "update mediation_session set room = ?, start_time = ?, end_time = ? where id = ?")) {
            update.setString(1, "调解室甲");
            update.setObject(2, LocalTime.of(9, 30));
            update.setObject(3, LocalTime.of(10, 30));
            update.setLong(4, b.id());
            assertEquals(1, update.executeUpdate());
        }
        WeekViewModel vm = viewModel();
        vm.start();
        vm.byProperty().set(WeekViewModel.By.ROOM);
        vm.roomProperty().set("调解室甲");
        vm.nextWeek();
        assertEquals(2, vm.blocks().size());
        assertTrue(vm.blocks().stream().allMatch(WeekViewModel.Block::clash));
        assertTrue(vm.blocks().get(0).text().startsWith("【冲突】"), vm.blocks().get(0).text());
        assertEquals("本周 2 场调解会议，其中 2 场时间冲突（红框标出）。", vm.messageProperty().get());
        assertEquals(a.id(), vm.blocks().get(0).sessionId());
    }
}
