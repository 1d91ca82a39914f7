// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class StatutoryCalendarTest {

    private final StatutoryCalendar calendar = ShippedCalendar.calendar();

    @ParameterizedTest(name = "{0} working={1}")
    @CsvSource({
        "2025-09-29, true",   // plain Monday
        "2025-09-27, false",  // plain Saturday
        "2025-09-28, true",   // Sunday made a working day before National Day
        "2025-10-11, true",   // Saturday made a working day after National Day
        "2025-10-01, false",  // National Day, a Wednesday
        "2025-10-08, false",  // last day of the 2025 break, a Wednesday
        "2025-10-09, true",
        "2024-02-18, true",   // Sunday working day after Spring Festival 2024
        "2026-01-02, false",  // New Year 2026, a Friday
        "2026-01-04, true",   // Sunday working day
        "2027-01-01, true",   // a Friday in a year without a schedule: only weekends are known
        "2027-01-02, false",
    })
    void tellsWorkingDaysFromRestDays(LocalDate date, boolean working) {
        assertEquals(working, calendar.isWorkingDay(date));
        assertEquals(!working, calendar.isRestDay(date));
    }

    @ParameterizedTest
    @CsvSource({"2023, false", "2024, true", "2025, true", "2026, true", "2027, false"})
    void knowsWhichYearsArePublished(int year, boolean published) {
        assertEquals(published, calendar.hasSchedule(year));
    }

    @Test
    void namesHolidaysButNotMakeUpDays() {
        assertEquals(Optional.of("国庆节、中秋节"), calendar.holidayName(LocalDate.of(2025, 10, 1)));
        assertEquals(Optional.of("端午节"), calendar.holidayName(LocalDate.of(2026, 6, 19)));
        assertEquals(Optional.empty(), calendar.holidayName(LocalDate.of(2025, 9, 28)));
        assertEquals(Optional.empty(), calendar.holidayName(LocalDate.of(2025, 9, 29)));
        assertEquals(DayKind.WORKDAY, calendar.entry(LocalDate.of(2025, 9, 28)).orElseThrow().kind());
    }

    @Test
    void replacesOneYearsSchedule() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        StatutoryCalendar with2027 = calendar.withYear(2027, List.of(new CalendarDay(newYear, DayKind.OFF, "元旦")));
        assertTrue(with2027.hasSchedule(2027));
        assertTrue(with2027.isRestDay(newYear));
        assertFalse(calendar.hasSchedule(2027));
        assertTrue(calendar.isWorkingDay(newYear));

        StatutoryCalendar revised = calendar.withYear(2025, List.of());
        assertFalse(revised.hasSchedule(2025));
        assertTrue(revised.isWorkingDay(LocalDate.of(2025, 10, 1)));
        assertTrue(revised.isRestDay(LocalDate.of(2024, 10, 1)));
        assertEquals(calendar.days().size() - 33, revised.days().size());
    }

    @Test
    void refusesEntriesOutsideTheYearBeingReplaced() {
        List<CalendarDay> wrong = List.of(new CalendarDay(LocalDate.of(2028, 1, 1), DayKind.OFF, "元旦"));
        QiaoException e = assertThrows(QiaoException.class, () -> calendar.withYear(2027, wrong));
        assertEquals("calendar.wrongYear", e.messageKey());
    }

    @Test
    void refusesTheSameDateTwice() {
        CalendarDay day = new CalendarDay(LocalDate.of(2025, 1, 1), DayKind.OFF, "元旦");
        QiaoException e = assertThrows(QiaoException.class, () -> new StatutoryCalendar(List.of(day, day)));
        assertEquals("calendar.duplicate", e.messageKey());
    }

    @Test
    void withoutScheduleOnlyWeekendsRest() {
        StatutoryCalendar bare = StatutoryCalendar.weekendsOnly();
        assertTrue(bare.isWorkingDay(LocalDate.of(2025, 10, 1)));
        assertTrue(bare.isRestDay(LocalDate.of(2025, 9, 28)));
        assertTrue(bare.publishedYears().isEmpty());
    }
}
