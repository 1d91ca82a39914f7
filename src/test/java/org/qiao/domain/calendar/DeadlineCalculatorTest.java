// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator(ShippedCalendar.calendar());

    @ParameterizedTest(name = "{0} + {1} → {2} {3}")
    @CsvSource({
        // 劳动争议调解仲裁法 art.14, the known check: 10-05 is inside the National Day break (10-01..10-08)
        "2025-09-20, 15d, 2025-10-09, ''",
        // ends on a working day: unchanged
        "2025-09-01, 15d, 2025-09-16, ''",
        // ends on a make-up working Sunday / Saturday: stays
        "2025-09-13, 15d, 2025-09-28, ''",
        "2025-09-26, 15d, 2025-10-11, ''",
        "2024-09-27, 15d, 2024-10-12, ''",
        "2026-02-13, 15d, 2026-02-28, ''",
        // ends on a plain Saturday: the Monday after
        "2025-10-31, 15d, 2025-11-17, ''",
        // ends inside Spring Festival: first working day after; 2024's ends on a make-up Sunday
        "2026-02-01, 15d, 2026-02-24, ''",
        "2024-01-31, 15d, 2024-02-18, ''",
        "2025-01-01, 30d, 2025-02-05, ''",
        // ends on 端午 (a Friday) and the weekend after it
        "2026-06-04, 15d, 2026-06-22, ''",
        // starts on a holiday: holidays inside the period are not deducted
        "2025-10-01, 15d, 2025-10-16, ''",
        // New Year 2026 holiday, then a make-up Sunday
        "2025-12-31, 1d, 2026-01-04, ''",
        // 2027 has no published schedule: weekends only, with a warning
        "2026-12-25, 15d, 2027-01-11, 2027",
        "2026-12-17, 15d, 2027-01-01, 2027",
        "2026-12-20, 15d, 2027-01-04, 2027",
        // legal aid decision, 法律援助法 art.43
        "2025-04-28, 7d, 2025-05-06, ''",
        // working days skip weekends and holidays but count make-up days
        "2025-09-26, 5wd, 2025-10-10, ''",
        "2026-02-12, 3wd, 2026-02-24, ''",
        "2025-09-19, 1wd, 2025-09-22, ''",
        "2026-12-30, 3wd, 2027-01-04, 2027",
        // months: same day number, clamped to month end, then rolled
        "2025-01-31, 1m, 2025-02-28, ''",
        "2024-01-31, 1m, 2024-02-29, ''",
        "2025-08-31, 1m, 2025-09-30, ''",
        "2025-07-01, 3m, 2025-10-09, ''",
        "2025-11-15, 1m, 2025-12-15, ''",
        // years (劳动争议调解仲裁法 art.27 limitation)
        "2024-02-29, 1y, 2025-02-28, ''",
        "2025-05-01, 1y, 2026-05-06, ''",
        "2026-03-10, 1y, 2027-03-10, 2027",
        "2025-03-10, 2y, 2027-03-10, 2027",
    })
    void computesTheLastDay(LocalDate start, String period, LocalDate due, String unscheduled) {
        Deadline deadline = calculator.due(start, Period.parse(period));
        assertEquals(due, deadline.due());
        List<Integer> years = unscheduled.isEmpty() ? List.of()
            : Arrays.stream(unscheduled.split("\\|")).map(Integer::valueOf).toList();
        assertEquals(years, deadline.unscheduledYears());
        assertEquals(!years.isEmpty(), deadline.hasWarnings());
    }

    @Test
    void warnsOncePerUnscheduledYearWithTheYearAsText() {
        Deadline deadline = calculator.due(LocalDate.of(2026, 12, 25), Period.days(15));
        assertEquals(List.of(new Deadline.Warning(Deadline.NO_SCHEDULE_WARNING, List.of("2027"))),
            deadline.warnings());
    }

    @Test
    void publishingTheYearRemovesTheWarningAndMovesTheDate() {
        StatutoryCalendar with2027 = ShippedCalendar.calendar().withYear(2027, List.of(
            new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.OFF, "元旦")));
        Deadline deadline = new DeadlineCalculator(with2027).due(LocalDate.of(2026, 12, 17), Period.days(15));
        assertEquals(LocalDate.of(2027, 1, 4), deadline.due());
        assertFalse(deadline.hasWarnings());
    }

    @Test
    void withNoScheduleAtAllEveryTouchedYearIsReported() {
        Deadline deadline = new DeadlineCalculator(StatutoryCalendar.weekendsOnly())
            .due(LocalDate.of(2025, 9, 20), Period.days(15));
        assertEquals(LocalDate.of(2025, 10, 6), deadline.due());
        assertEquals(List.of(2025), deadline.unscheduledYears());
        assertTrue(deadline.hasWarnings());
    }
}
