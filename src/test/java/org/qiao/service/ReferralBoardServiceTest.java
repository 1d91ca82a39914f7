// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qiao.document.DeadlineSheetDocument;
import org.qiao.domain.court.CourtOutcome;
import org.qiao.domain.court.HandBackReason;
import org.qiao.domain.court.Referral;
import org.qiao.domain.court.ReferralStatus;
import org.qiao.domain.court.ReferralType;
import org.qiao.service.ReferralBoardService.Board;
import org.qiao.service.ReferralBoardService.BoardFilter;
import org.qiao.service.ReferralBoardService.BoardRow;
import org.qiao.service.ReferralBoardService.CourtCounts;
import org.qiao.service.ReferralBoardService.MonthCounts;
import org.qiao.store.Transactions;

/**
 * The referral board and the monthly counts over referrals registered on 2026-03-10: days left in working days of
 * the statutory calendar (weekends, 清明节 2026-04-04..06), overdue, filters, the most urgent first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralBoardServiceTest {

    private static final String OTHER_COURT = "内0102";

    private ReferralStudio studio;
    private Transactions tx;
    private CalendarService calendar;
    /** 委派 signed for 2026-03-09, due 04-08 (Wed). */
    private String delegated;
    /** 委托 signed for 2026-03-02, due 03-17 (Tue). */
    private String entrusted;
    /** 特邀 signed for 2026-03-02, handed back 03-06 after an agreement, confirmed 03-20. */
    private String invited;
    /** 委派 of 新城区人民法院, signed for 2026-02-10, due 03-12. */
    private String otherCourt;

    @BeforeAll
    void open() {
        studio = new ReferralStudio("qiao-board-");
        tx = studio.tx;
        calendar = studio.calendar;
        ReferralService referrals = studio.referrals;
        delegated = referrals.register(ReferralFixtures.form(tx, ReferralType.DELEGATED, LocalDate.of(2026, 3, 9), 3),
            null).caseNumber();
        entrusted = referrals.register(ReferralFixtures.form(tx, ReferralType.ENTRUSTED, LocalDate.of(2026, 3, 2), 1),
            null).caseNumber();
        ReferralService.Registration invitedCase = referrals.register(
            ReferralFixtures.form(tx, ReferralType.INVITED, LocalDate.of(2026, 3, 2), 1), null);
        invited = invitedCase.caseNumber();
        tx.run(r -> {
            Referral referral = r.referrals().findById(invitedCase.referralId()).orElseThrow();
            referral.handBack(HandBackReason.AGREEMENT_SIGNED, LocalDate.of(2026, 3, 6), null, "mediator.gerel");
            referral.recordOutcome(CourtOutcome.CONFIRMED, "（2026）内0602民特5号", LocalDate.of(2026, 3, 20), null,
                "mediator.gerel");
            r.referrals().save(referral);
        });
        ReferralForm base = ReferralFixtures.form(tx, ReferralType.DELEGATED, LocalDate.of(2026, 2, 10), 1);
        otherCourt = referrals.register(new ReferralForm(base.type(), ReferralFixtures.courtId(tx, OTHER_COURT),
            "（2026）" + OTHER_COURT + "民诉前调" + IntakeFixtures.next() + "号", base.judgeName(), base.judgeContact(),
            base.signedForDate(), false, base.materials(), null, base.regionCode(), base.employer(), base.workers(),
            base.facts(), base.requests(), null, null, null), null).caseNumber();
    }

    @AfterAll
    void close() {
        studio.close();
    }

    private ReferralBoardService boardOn(LocalDate today) {
        return new ReferralBoardService(tx, calendar, Clock.fixed(today.atTime(10, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private static BoardRow row(Board board, String caseNumber) {
        return board.rows().stream().filter(r -> r.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
    }

    @Test
    void daysLeftCountWorkingDaysSkippingWeekendsAndHolidays() {
        // From Thu 04-02 to Wed 04-08: Fri 3, (Sat 4 – Mon 6 清明节), Tue 7, Wed 8.
        BoardRow row = row(boardOn(LocalDate.of(2026, 4, 2)).board(BoardFilter.HELD), delegated);
        assertEquals(LocalDate.of(2026, 4, 8), row.mediationDue());
        assertEquals(3, row.workingDaysLeft());
        assertFalse(row.overdue());
        // From Fri 03-27: 30, 31, 1, 2, 3, 7, 8.
        assertEquals(7, row(boardOn(LocalDate.of(2026, 3, 27)).board(BoardFilter.HELD), delegated).workingDaysLeft());
        assertEquals(0, row(boardOn(LocalDate.of(2026, 4, 8)).board(BoardFilter.HELD), delegated).workingDaysLeft());
    }

    @Test
    void aPassedDeadlineIsOverdueByTheWorkingDaysSince() {
        // Due Tue 03-17; on Mon 03-23: 18, 19, 20, 23.
        BoardRow row = row(boardOn(LocalDate.of(2026, 3, 23)).board(BoardFilter.HELD), entrusted);
        assertTrue(row.overdue());
        assertEquals(-4, row.workingDaysLeft());
        assertEquals(ReferralStatus.RECEIVED, row.status());
        assertEquals("鄂尔多斯市东胜区人民法院", row.courtName());
        assertEquals(ReferralType.ENTRUSTED, row.type());
    }

    @Test
    void theBoardShowsHeldReferralsMostUrgentFirstAndAllOnRequest() {
        ReferralBoardService service = boardOn(LocalDate.of(2026, 3, 23));
        List<String> held = service.board(BoardFilter.HELD).rows().stream().map(BoardRow::caseNumber).toList();
        assertEquals(List.of(otherCourt, entrusted, delegated), held);
        Board all = service.board(new BoardFilter(null, null, true));
        assertEquals(List.of(otherCourt, entrusted, delegated, invited),
            all.rows().stream().map(BoardRow::caseNumber).toList());
        BoardRow handedBack = row(all, invited);
        assertEquals(ReferralStatus.OUTCOME_RECORDED, handedBack.status());
        assertNull(handedBack.workingDaysLeft());
        assertFalse(handedBack.overdue());
        assertEquals(2, all.overdueCount());
    }

    @Test
    void theBoardFiltersByCourtAndBySignedForMonth() {
        ReferralBoardService service = boardOn(LocalDate.of(2026, 3, 23));
        assertEquals(List.of(otherCourt), service.board(new BoardFilter(OTHER_COURT, null, false)).rows().stream()
            .map(BoardRow::caseNumber).toList());
        assertEquals(List.of(entrusted, delegated), service.board(new BoardFilter(null, YearMonth.of(2026, 3), false))
            .rows().stream().map(BoardRow::caseNumber).toList());
        assertEquals(List.of(invited), service.board(new BoardFilter(ReferralFixtures.COURT_CODE,
            YearMonth.of(2026, 3), true)).rows().stream().map(BoardRow::caseNumber)
            .filter(n -> n.equals(invited)).toList());
        assertTrue(service.board(new BoardFilter(null, YearMonth.of(2026, 1), true)).rows().isEmpty());
    }

    @Test
    void monthlyCountsPerCourtCountReceiptsHandBacksOutcomesAndWhatWasHeldAtMonthEnd() {
        MonthCounts march = boardOn(LocalDate.of(2026, 4, 2)).countsByCourtAndMonth(YearMonth.of(2026, 3));
        assertEquals(LocalDate.of(2026, 3, 31), march.asOf());
        CourtCounts dongsheng = march.courts().stream().filter(c -> c.courtCode().equals("内0602")).findFirst()
            .orElseThrow();
        assertEquals(1, dongsheng.received(ReferralType.DELEGATED));
        assertEquals(1, dongsheng.received(ReferralType.ENTRUSTED));
        assertEquals(1, dongsheng.received(ReferralType.INVITED));
        assertEquals(1, dongsheng.handedBackSuccess());
        assertEquals(0, dongsheng.handedBackFailure());
        assertEquals(1, dongsheng.outcomesRecorded());
        // Held on 03-31: the 委派 (due 04-08) and the 委托 (due 03-17, overdue).
        assertEquals(2, dongsheng.openAtMonthEnd());
        assertEquals(1, dongsheng.overdueAtMonthEnd());
        CourtCounts xincheng = march.courts().stream().filter(c -> c.courtCode().equals(OTHER_COURT)).findFirst()
            .orElseThrow();
        assertEquals(0, xincheng.receivedTotal());
        assertEquals(1, xincheng.openAtMonthEnd());
        assertEquals(1, xincheng.overdueAtMonthEnd());
        assertEquals(3, march.total().receivedTotal());
        assertEquals(3, march.total().openAtMonthEnd());
        MonthCounts february = boardOn(LocalDate.of(2026, 4, 2)).countsByCourtAndMonth(YearMonth.of(2026, 2));
        assertEquals(List.of(OTHER_COURT), february.courts().stream().map(CourtCounts::courtCode).toList());
        assertEquals(0, february.total().overdueAtMonthEnd());
    }

    @Test
    void theSheetListsTheBoardInChineseWithItsFilter() {
        DeadlineSheetDocument sheet = boardOn(LocalDate.of(2026, 3, 23)).deadlineSheet(
            new BoardFilter(ReferralFixtures.COURT_CODE, YearMonth.of(2026, 3), false));
        assertEquals("鄂尔多斯市东胜区人民法院", sheet.court());
        assertEquals("2026年3月", sheet.month());
        assertEquals(List.of(entrusted, delegated), sheet.lines().stream().map(DeadlineSheetDocument.Line::caseNumber)
            .toList());
        DeadlineSheetDocument.Line first = sheet.lines().get(0);
        assertEquals("委托", first.type());
        assertTrue(first.overdue());
        assertTrue(sheet.lines().get(1).parties().matches("工人.+等3人 / 某某.+建筑有限公司"), sheet.lines().get(1).parties());
    }
}
