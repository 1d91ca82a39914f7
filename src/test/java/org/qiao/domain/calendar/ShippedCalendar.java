// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.domain.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The holiday schedule shipped in {@code resources/calendar}, as Maven puts it on the test class path. */
public final class ShippedCalendar {

    private ShippedCalendar() {
    }

    static List<CalendarDay> days() {
        InputStream in = ShippedCalendar.class.getResourceAsStream("/qiao-data/calendar/holidays-cn.csv");
        if (in == null) {
            throw new IllegalStateException("holidays-cn.csv is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return HolidayCsv.parse(reader);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatutoryCalendar calendar() {
        return new StatutoryCalendar(days());
    }
}
