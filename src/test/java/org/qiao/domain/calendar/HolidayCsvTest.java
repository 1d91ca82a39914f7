// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qiao.domain.QiaoException;

class HolidayCsvTest {

    private static List<CalendarDay> parse(String text) {
        return HolidayCsv.parse(new StringReader(text));
    }

    @Test
    void readsTheShippedScheduleForThreeYears() {
        List<CalendarDay> days = ShippedCalendar.days();
        assertEquals(108, days.size());
        assertEquals(new CalendarDay(LocalDate.of(2024, 1, 1), DayKind.OFF, "元旦"), days.get(0));
        assertEquals(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节"), days.get(days.size() - 1));
    }

    @Test
    void skipsCommentsBlankLinesAndTheHeader() {
        List<CalendarDay> days = parse("\uFEFF# a comment\n\ndate,kind,name\n  # indented comment\n"
            + "2025-10-01,off,国庆节、中秋节\r\n2025-09-28 , WORKDAY , 国庆节\n");
        assertEquals(List.of(
            new CalendarDay(LocalDate.of(2025, 10, 1), DayKind.OFF, "国庆节、中秋节"),
            new CalendarDay(LocalDate.of(2025, 9, 28), DayKind.WORKDAY, "国庆节")), days);
    }

    @Test
    void acceptsAFileWithoutHeader() {
        assertEquals(1, parse("2025-01-01,off,元旦\n").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "date,kind,name\\n2025-02-30,off,春节; calendar.csv.date; 2|2025-02-30",
        "date,kind,name\\n2025/01/01,off,元旦; calendar.csv.date; 2|2025/01/01",
        "# c\\ndate,kind,name\\n2025-01-01,holiday,元旦; calendar.csv.kind; 3|holiday",
        "2025-01-01,off,元旦\\n\\n2025-01-01,workday,元旦; calendar.csv.duplicate; 3|2025-01-01|1",
        "date,kind,name\\n2025-01-01,off; data.csv.columns; 2|3|2",
        "date,kind,name\\n2025-01-01; data.csv.columns; 2|3|1",
    })
    void namesTheLineAndTheReasonOfABadRow(String text, String key, String args) {
        QiaoException e = assertThrows(QiaoException.class, () -> parse(text.replace("\\n", "\n")));
        assertEquals(key, e.messageKey());
        assertArrayEquals(args.split("\\|"), e.args());
    }
}
