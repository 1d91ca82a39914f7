// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.DeadlineCalculator;
import org.qiao.domain.calendar.ShippedCalendar;
import org.qiao.domain.cases.CaseSource;

/**
 * The mediation clock on the shipped 2025 calendar: 国庆节、中秋节 off 2025-10-01..10-08, make-up working days Sunday
 * 09-28 and Saturday 10-11.
 */
class MediationClockTest {

    private static final Set<Consent> PARTIES = EnumSet.of(Consent.WORKER, Consent.EMPLOYER);

    private final DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.calendar());

    /**
     * Events written as {@code S<date>} suspension, {@code R<date>} resumption, {@code E<date>+n} n days added and
     * {@code N<date>+n} a new period of n days, both with the parties' consent; separated by {@code ;}.
     */
    private static List<ClockEvent> events(String text) {
        List<ClockEvent> events = new ArrayList<>();
        for (String token : text.split(";")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            String[] dateAndDays = t.substring(1).split("\\+");
            LocalDate date = LocalDate.parse(dateAndDays[0]);
            events.add(switch (t.charAt(0)) {
                case 'S' -> new Suspension(date, "等待工伤认定");
                case 'R' -> new Resumption(date);
                case 'E' -> Extension.addingDays(date, Integer.parseInt(dateAndDays[1]), PARTIES, "双方同意");
                case 'N' -> Extension.newPeriod(date, Integer.parseInt(dateAndDays[1]), PARTIES, "双方同意");
                default -> throw new IllegalArgumentException(t);
            });
        }
        return events;
    }

    private MediationClock clock(CaseSource source, boolean simple, LocalDate received, List<ClockEvent> events) {
        return MediationClock.of(calculator, source, simple, received, events);
    }

    private LocalDate dueOf(MediationClock clock) {
        return clock.due().orElseThrow().due();
    }

    @ParameterizedTest(name = "{0} simple={1} received {2} → {3}")
    @CsvSource({
        // 劳动争议调解仲裁法 art.14, 15 days: 10-05 is inside the National Day break, first working day 10-09
        "WALK_IN, false, 2025-09-20, 2025-10-09",
        "HOTLINE_12351, false, 2025-09-01, 2025-09-16",
        // the simple-procedure flag means nothing outside 委托
        "ONLINE, true, 2025-09-01, 2025-09-16",
        // ends on a plain Saturday: the Monday after
        "UNION_INITIATED, false, 2025-10-31, 2025-11-17",
        // 特邀调解规定 art.27: 委派 30 days; 10-01 and 10-06 roll to 10-09; 10-10 is a Friday
        "COURT_DELEGATED, false, 2025-09-01, 2025-10-09",
        "COURT_DELEGATED, false, 2025-09-06, 2025-10-09",
        "COURT_DELEGATED, false, 2025-09-10, 2025-10-10",
        // 委托 15 days: ends on the make-up Saturday 10-11, which is a working day
        "COURT_ENTRUSTED, false, 2025-09-26, 2025-10-11",
        // 委托 in simple procedure, 7 days: into the holiday, and onto the make-up Sunday 09-28
        "COURT_ENTRUSTED, true, 2025-09-24, 2025-10-09",
        "COURT_ENTRUSTED, true, 2025-09-21, 2025-09-28",
    })
    void baseDeadlineFollowsTheSource(CaseSource source, boolean simple, LocalDate received, LocalDate due) {
        MediationClock clock = clock(source, simple, received, List.of());
        assertEquals(due, dueOf(clock));
        assertTrue(clock.isRunning());
        assertEquals(Optional.empty(), clock.suspendedSince());
        assertFalse(clock.due().orElseThrow().hasWarnings());
    }

    @ParameterizedTest(name = "{0} received {1}, {2} → {3}")
    @CsvSource({
        // 10 days added with both parties' consent: 09-16 + 10
        "WALK_IN, 2025-09-01, E2025-09-10+10, 2025-09-26",
        // added to the counted last day 10-05, not to the rolled 10-09: 10-10, not 10-14
        "WALK_IN, 2025-09-20, E2025-09-30+5, 2025-10-10",
        // two extensions add up
        "WALK_IN, 2025-09-01, E2025-09-10+5; E2025-09-20+5, 2025-09-26",
        // 委派 with the parties' consent: counted last day 10-01 + 15
        "COURT_DELEGATED, 2025-09-01, E2025-09-20+15, 2025-10-16",
        // granted on the due day itself
        "COURT_DELEGATED, 2025-09-01, E2025-10-09+15, 2025-10-16",
        // a new period of 15 days from 11-07 (委托, simple): 11-22 is a Saturday
        "COURT_ENTRUSTED, 2025-11-03, N2025-11-07+15, 2025-11-24",
        // a new period granted while suspended runs from the day after resumption: 11-20 + 12
        "WALK_IN, 2025-11-03, S2025-11-10; N2025-11-12+12; R2025-11-20, 2025-12-02",
    })
    void extensionWithConsentMovesTheDueDate(CaseSource source, LocalDate received, String events, LocalDate due) {
        MediationClock clock = clock(source, true, received, events(events));
        assertEquals(due, dueOf(clock));
    }

    @Test
    void referringCourtsConsentAloneExtendsAReferral() {
        Extension byCourt = Extension.addingDays(LocalDate.of(2025, 9, 20), 15, Set.of(Consent.REFERRING_COURT),
            "法院同意延长");
        MediationClock clock = clock(CaseSource.COURT_DELEGATED, false, LocalDate.of(2025, 9, 1), List.of(byCourt));
        assertEquals(LocalDate.of(2025, 10, 16), dueOf(clock));
        assertEquals(List.of(byCourt), clock.events());
    }

    @ParameterizedTest(name = "{0} with {1} → {2}")
    @CsvSource({
        "WALK_IN, WORKER, mediation.extension.consent",
        "HOTLINE_12351, EMPLOYER, mediation.extension.consent",
        "WALK_IN, '', mediation.extension.consent",
        "ONLINE, WORKER|EMPLOYER|REFERRING_COURT, mediation.extension.noCourt",
        "ARBITRATION_REFERRAL, REFERRING_COURT, mediation.extension.noCourt",
        "COURT_DELEGATED, EMPLOYER, mediation.extension.consentReferral",
        "COURT_ENTRUSTED, '', mediation.extension.consentReferral",
        "COURT_ENTRUSTED, WORKER, mediation.extension.consentReferral",
    })
    void extensionWithoutTheRequiredConsentIsRefused(CaseSource source, String consent, String key) {
        Set<Consent> given = consent.isEmpty() ? Set.of()
            : Arrays.stream(consent.split("\\|")).map(Consent::valueOf).collect(Collectors.toSet());
        Extension extension = Extension.addingDays(LocalDate.of(2025, 9, 3), 10, given, "继续调解");
        QiaoException e = assertThrows(QiaoException.class,
            () -> clock(source, false, LocalDate.of(2025, 9, 1), List.of(extension)));
        assertEquals(key, e.messageKey());
    }

    @ParameterizedTest(name = "received {0}, {1}: base {2} → {3}")
    @CsvSource({
        // 7 days run (11-04..11-10), suspended 10 days (11-11..11-20), 8 left from 11-21: 11-28 = 11-18 + 10
        "2025-11-03, S2025-11-10; R2025-11-20, 2025-11-18, 2025-11-28",
        // suspended and resumed the same day: nothing moves
        "2025-11-03, S2025-11-10; R2025-11-10, 2025-11-18, 2025-11-18",
        // suspended on the day of receipt: no day has run, all 15 from the day after resumption
        "2025-11-03, S2025-11-03; R2025-11-06, 2025-11-18, 2025-11-21",
        // two suspensions: 3 + 4 days
        "2025-11-03, S2025-11-05; R2025-11-08; S2025-11-12; R2025-11-16, 2025-11-18, 2025-11-25",
        // the shift applies to the counted last day 10-05 + 5 = 10-10, never to the rolled 10-09 (10-14)
        "2025-09-20, S2025-09-25; R2025-09-30, 2025-10-09, 2025-10-10",
        // counted last day 09-25 + 10 = 10-05, a holiday: only this final day rolls, to 10-09
        "2025-09-10, S2025-09-12; R2025-09-22, 2025-09-25, 2025-10-09",
    })
    void suspensionShiftsTheDueDateByTheSuspendedDays(LocalDate received, String events, LocalDate base,
        LocalDate due) {
        assertEquals(base, dueOf(clock(CaseSource.WALK_IN, false, received, List.of())));
        MediationClock clock = clock(CaseSource.WALK_IN, false, received, events(events));
        assertEquals(due, dueOf(clock));
        assertTrue(clock.isRunning());
    }

    @Test
    void suspendedClockHasNoDueDateAndStandsStill() {
        MediationClock clock = clock(CaseSource.WALK_IN, false, LocalDate.of(2025, 11, 3),
            events("S2025-11-10"));
        assertFalse(clock.isRunning());
        assertEquals(Optional.of(LocalDate.of(2025, 11, 10)), clock.suspendedSince());
        assertEquals(Optional.empty(), clock.due());
        // 15 days, 7 of them run before the suspension: 8 left, the same a month later
        assertEquals(8, clock.daysLeft(LocalDate.of(2025, 11, 12)));
        assertEquals(8, clock.daysLeft(LocalDate.of(2025, 12, 31)));
        assertEquals(0, clock.daysOverdue(LocalDate.of(2025, 12, 31)));
        assertFalse(clock.isOverdue(LocalDate.of(2025, 12, 31)));
        assertFalse(clock.isDueWithin(3, LocalDate.of(2025, 11, 17)));
    }

    @Test
    void suspensionInTheRolledDaysLeavesNothingAfterResumption() {
        // counted last day 10-05 (a holiday), due 10-09; suspended on 10-08, nothing is left: due on resumption
        MediationClock clock = clock(CaseSource.WALK_IN, false, LocalDate.of(2025, 9, 20),
            events("S2025-10-08; R2025-10-13"));
        assertEquals(LocalDate.of(2025, 10, 13), dueOf(clock));
    }

    @ParameterizedTest(name = "as of {0}: {1} left, {2} overdue")
    @CsvSource({
        "2025-09-20, 19, 0",
        "2025-10-01, 8, 0",
        "2025-10-09, 0, 0",
        "2025-10-10, 0, 1",
        "2025-10-20, 0, 11",
    })
    void countsCalendarDaysLeftAndOverdue(LocalDate asOf, long left, long overdue) {
        MediationClock clock = clock(CaseSource.WALK_IN, false, LocalDate.of(2025, 9, 20), List.of());
        assertEquals(left, clock.daysLeft(asOf));
        assertEquals(overdue, clock.daysOverdue(asOf));
        assertEquals(overdue > 0, clock.isOverdue(asOf));
    }

    @ParameterizedTest(name = "received {0} (due {1}), as of {2}: within 3 working days = {3}")
    @CsvSource({
        // due Tuesday 09-16: Thursday sees Fri, Mon, Tue; Wednesday sees Thu, Fri, Mon
        "2025-09-01, 2025-09-16, 2025-09-10, false",
        "2025-09-01, 2025-09-16, 2025-09-11, true",
        "2025-09-01, 2025-09-16, 2025-09-13, true",
        "2025-09-01, 2025-09-16, 2025-09-16, true",
        // due 10-09 after the holiday; the make-up Sunday 09-28 counts: Friday 09-26 sees 09-28, 09-29, 09-30
        "2025-09-20, 2025-10-09, 2025-09-26, false",
        "2025-09-20, 2025-10-09, 2025-09-27, false",
        "2025-09-20, 2025-10-09, 2025-09-28, true",
        "2025-09-20, 2025-10-09, 2025-09-30, true",
        "2025-09-20, 2025-10-09, 2025-10-03, true",
        // overdue cases are listed apart
        "2025-09-20, 2025-10-09, 2025-10-10, false",
    })
    void dueWithinThreeWorkingDays(LocalDate received, LocalDate due, LocalDate asOf, boolean within) {
        MediationClock clock = clock(CaseSource.WALK_IN, false, received, List.of());
        assertEquals(due, dueOf(clock));
        assertEquals(within, clock.isDueWithin(3, asOf));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "R2025-11-10, mediation.resumption.notSuspended",
        "S2025-11-05; R2025-11-07; R2025-11-08, mediation.resumption.notSuspended",
        "S2025-11-02, mediation.event.beforeReceipt",
        "E2025-10-31+5, mediation.event.beforeReceipt",
        "S2025-11-05; S2025-11-07, mediation.suspension.alreadySuspended",
        "S2025-11-10; R2025-11-08, mediation.event.outOfOrder",
        "E2025-11-10+5; S2025-11-05, mediation.event.outOfOrder",
        // due 11-18: a period that has run out is not suspended or extended
        "S2025-11-19, mediation.event.afterDue",
        "E2025-11-20+5, mediation.event.afterDue",
        "S2025-11-05; R2025-11-07; E2025-11-21+5, mediation.event.afterDue",
        // a new period that ends no later than the current one (11-18)
        "N2025-11-05+10, mediation.extension.notLonger",
        "N2025-11-08+10, mediation.extension.notLonger",
        "S2025-11-10; N2025-11-12+8, mediation.extension.notLongerDays",
    })
    void refusesEventsThatCannotHappenInThatOrder(String events, String key) {
        List<ClockEvent> history = events(events);
        QiaoException e = assertThrows(QiaoException.class,
            () -> clock(CaseSource.WALK_IN, false, LocalDate.of(2025, 11, 3), history));
        assertEquals(key, e.messageKey());
    }

    @Test
    void refusesAnExtensionOfNoDaysAndEventsWithoutAReason() {
        LocalDate day = LocalDate.of(2025, 11, 5);
        assertEquals("mediation.extension.length", assertThrows(QiaoException.class,
            () -> Extension.addingDays(day, 0, PARTIES, "双方同意")).messageKey());
        assertEquals("mediation.reason.missing", assertThrows(QiaoException.class,
            () -> Extension.newPeriod(day, 5, PARTIES, " ")).messageKey());
        assertEquals("mediation.reason.missing", assertThrows(QiaoException.class,
            () -> new Suspension(day, null)).messageKey());
        assertEquals("劳动能力鉴定", new Suspension(day, " 劳动能力鉴定 ").reason());
    }
}
