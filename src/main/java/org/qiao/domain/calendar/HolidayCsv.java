// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qiao.domain.DataCsv;
import org.qiao.domain.QiaoException;

/**
 * Reads a holiday schedule in the shipped {@code holidays-cn.csv} format: header {@code date,kind,name}, ISO dates,
 * kind {@code off} (statutory holiday) or {@code workday} (make-up working day), the holiday's name.
 */
public final class HolidayCsv {

    public static final String HEADER = "date,kind,name";

    private HolidayCsv() {
    }

    /**
     * The days in {@code reader}, in file order.
     *
     * @throws QiaoException naming the line: {@code data.csv.columns}, {@code calendar.csv.date},
     *     {@code calendar.csv.kind} or {@code calendar.csv.duplicate}
     */
    public static List<CalendarDay> parse(Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (DataCsv.Row row : DataCsv.read(reader, HEADER, 3)) {
            String line = String.valueOf(row.line());
            LocalDate date;
            try {
                date = LocalDate.parse(row.field(0));
            } catch (DateTimeParseException e) {
                throw new QiaoException(e, "calendar.csv.date", line, row.field(0));
            }
            DayKind kind = switch (row.field(1).toLowerCase(Locale.ROOT)) {
                case "off" -> DayKind.OFF;
                case "workday" -> DayKind.WORKDAY;
                default -> throw new QiaoException("calendar.csv.kind", line, row.field(1));
            };
            Integer earlier = seen.putIfAbsent(date, row.line());
            if (earlier != null) {
                throw new QiaoException("calendar.csv.duplicate", line, date.toString(), String.valueOf(earlier));
            }
            days.add(new CalendarDay(date, kind, row.field(2)));
        }
        return days;
    }
}
