// SPDX-License-Identifier: AGPL-3.0-or-later
package org.qiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.qiao.domain.QiaoException;
import org.qiao.domain.calendar.CalendarDay;
import org.qiao.domain.calendar.HolidayCsv;
import org.qiao.domain.calendar.StatutoryCalendar;
import org.qiao.domain.region.RegionCsv;
import org.qiao.domain.region.RegionDirectory;

/**
 * The reference data shipped inside the application jar (the top-level {@code resources/} folder, packaged under
 * {@code /qiao-data/}): the holiday schedule and the Inner Mongolia divisions. Used to seed a new database and by
 * commands that run without one. Each call reads the file again; callers keep what they need.
 */
public final class ReferenceData {

    public static final String HOLIDAYS = "/qiao-data/calendar/holidays-cn.csv";
    public static final String REGIONS = "/qiao-data/regions/inner-mongolia-divisions.csv";

    private ReferenceData() {
    }

    /**
     * The bundled holiday schedule.
     *
     * @throws QiaoException {@code data.resource.missing}, or a parse error naming the line
     */
    public static List<CalendarDay> holidays() {
        return read(HOLIDAYS, HolidayCsv::parse);
    }

    /** A calendar of the bundled holiday schedule. */
    public static StatutoryCalendar calendar() {
        return new StatutoryCalendar(holidays());
    }

    /**
     * The bundled region list.
     *
     * @throws QiaoException {@code data.resource.missing}, or a parse error naming the line
     */
    public static RegionDirectory regions() {
        return new RegionDirectory(read(REGIONS, RegionCsv::parse));
    }

    private static <T> T read(String resource, Function<Reader, T> parser) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new QiaoException("data.resource.missing", resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new QiaoException(e, "data.csv.read", String.valueOf(e.getMessage()));
        }
    }
}
