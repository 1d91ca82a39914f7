// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "15d, 15, DAYS, 15d",
        "10wd, 10, WORKING_DAYS, 10wd",
        "3m, 3, MONTHS, 3m",
        "1y, 1, YEARS, 1y",
        "' 30D ', 30, DAYS, 30d",
        "7WD, 7, WORKING_DAYS, 7wd",
        "015d, 15, DAYS, 15d",
    })
    void readsAndWritesTheShortForm(String text, int amount, Period.Unit unit, String written) {
        Period period = Period.parse(text);
        assertEquals(new Period(amount, unit), period);
        assertEquals(written, period.toString());
    }

    @ParameterizedTest
    @CsvSource({"''", "15", "d", "0d", "-3d", "15 d", "15days", "1.5m", "3w", "12345d", "十五天"})
    void rejectsAnythingElse(String text) {
        QiaoException e = assertThrows(QiaoException.class, () -> Period.parse(text));
        assertEquals("calendar.period.invalid", e.messageKey());
    }

    @Test
    void rejectsNull() {
        assertEquals("calendar.period.invalid",
            assertThrows(QiaoException.class, () -> Period.parse(null)).messageKey());
    }

    @Test
    void factoriesMatchTheShortForm() {
        assertEquals(Period.parse("15d"), Period.days(15));
        assertEquals(Period.parse("2wd"), Period.workingDays(2));
        assertEquals(Period.parse("6m"), Period.months(6));
        assertEquals(Period.parse("1y"), Period.years(1));
        assertThrows(IllegalArgumentException.class, () -> Period.days(0));
    }
}
