// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.qiao.domain.cases.CaseStatus;
import org.qiao.domain.cases.LedgerFilter;
import org.qiao.domain.cases.LedgerSort;
import org.qiao.domain.mediation.SessionMode;
import org.qiao.domain.mediation.SessionSlot;
import org.qiao.service.Services;
import org.qiao.service.SessionService;
import org.qiao.ui.TestDatabase;

/** {@code qiao sessions week}: a mediator's or a room's week on the command line. */
class SessionsCommandTest {

    @TempDir
    Path dataDir;

    private String run(int expectedCode, String... args) {
        CliRun run = CliRun.in(dataDir, args);
        assertEquals(expectedCode, run.code(), run.err());
        return expectedCode == 0 ? run.out() : run.err();
    }

    @Test
    void printsTheWeekOfAMediatorAndOfARoom() {
        // Past the sessions the demo books for the coming two weeks.
        LocalDate monday = SessionService.monday(LocalDate.now()).plusWeeks(4);
        String caseNumber;
        try (AppContext context = TestDatabase.withMediator(dataDir)) {
            Services services = context.services();
            TestDatabase.signInMediator(context);
            services.demoData().generate(20, 5);
            caseNumber = services.ledger().page(LedgerFilter.ALL.withStatuses(Set.of(CaseStatus.INTAKE)),
                LedgerSort.NEWEST_FIRST, 0, 1).rows().get(0).caseNumber();
            long caseId = services.mediationClock().caseId(caseNumber);
            services.caseStatus().change(caseId, CaseStatus.ACCEPTED, null);
            long mediator = services.sessions().userId(TestDatabase.MEDIATOR);
            services.sessions().schedule(caseId, null, new SessionService.SessionPlan(new SessionSlot(
                monday.with(DayOfWeek.WEDNESDAY), LocalTime.of(14, 0), LocalTime.of(15, 0), "调解室一",
                Set.of(mediator)), SessionMode.VIDEO, null));
        }
        String week = run(0, "sessions", "week", "--mediator", TestDatabase.MEDIATOR, "--date",
            monday.plusDays(4).toString());
        assertTrue(week.startsWith(TestDatabase.MEDIATOR + "：" + monday + " 至 " + monday.plusDays(6)
            + "，1 场调解会议，0 场时间冲突。"), week);
        assertTrue(week.contains(monday.plusDays(2) + " 14:00–15:00  " + caseNumber + "  调解室一 · 视频 · 调解员：其其格"
            + " · 已安排"), week);
        String room = run(0, "--locale", "en", "sessions", "week", "--room", "调解室一", "--date", monday.toString());
        assertTrue(room.contains(caseNumber + "  调解室一 · Video"), room);
        String empty = run(0, "sessions", "week", "--room", "调解室一", "--date", monday.minusWeeks(1).toString());
        assertEquals(1, empty.strip().lines().count(), empty);
    }

    @Test
    void anUnknownMediatorIsOneLine() {
        String err = run(1, "sessions", "week", "--mediator", "nobody");
        assertEquals("没有用户名为“nobody”的账户。", err.strip());
    }

    @Test
    void neitherMediatorNorRoomIsABadArgument() {
        run(2, "sessions", "week");
    }
}
